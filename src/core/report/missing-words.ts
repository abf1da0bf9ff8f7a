/**
 * Missing words: the words of unanswered questions that match no item even through the glossary
 * and `synonyms.txt` — suggestions for a synonym line, a `controls.txt` term, or a new answer
 * (what Japanese FAQ teams find by reviewing 「0件ヒット」 searches).
 */
import type { Analyzer, Word } from '../../search/analyzer.js';
import { normalizeText } from '../../search/normalize.js';
import { isAskingWord } from '../../search/query.js';
import type { SearchIndex } from '../../search/search-index.js';
import type { UnansweredEntry } from '../question-log.js';
import type { ReportMissingWord } from './types.js';
import { yieldToEventLoop } from './library.js';

/** Words looked up per slice before the event loop gets a turn. */
const SLICE = 50;
/** At most this many distinct words are looked up (the most frequent): each is one search. */
const MAX_WORDS = 2000;

/**
 * The words of `unanswered` questions that no item matches, most frequent first. A word matches an
 * item when searching it alone finds an item covering it — the same test the ranking applies.
 * Missing words standing together are one word to an admin (kuromoji splits ゼロトラスト into
 * ゼロ and トラスト), so they are counted as the run they form.
 */
export async function findMissingWords(
  unanswered: readonly UnansweredEntry[],
  index: SearchIndex,
  analyzer: Analyzer,
): Promise<ReportMissingWord[]> {
  const questions = unanswered.map((entry) => {
    const text = normalizeText(entry.question);
    return { text, words: contentWords(analyzer, text) };
  });
  const frequency = new Map<string, { surface: string; count: number }>();
  for (const { words } of questions) {
    for (const word of new Map(words.map((w) => [w.term, w])).values()) {
      const counted = frequency.get(word.term);
      if (counted) counted.count++;
      else frequency.set(word.term, { surface: word.surface, count: 1 });
    }
  }
  const looked = [...frequency].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, MAX_WORDS);
  const missing = new Set<string>();
  for (let start = 0; start < looked.length; start += SLICE) {
    for (const [term, { surface }] of looked.slice(start, start + SLICE)) {
      const { hits } = index.search(surface, { top: 3 });
      if (!hits.some((hit) => hit.matched.length > 0)) missing.add(term);
    }
    await yieldToEventLoop();
  }
  const counts = new Map<string, number>();
  for (const { text, words } of questions) {
    const phrases = new Set<string>();
    // The span of missing words standing together (a compound overlaps its parts: 暗号, 暗号化).
    let run: { start: number; end: number } | null = null;
    for (const word of words) {
      if (run && (!missing.has(word.term) || word.start > run.end)) {
        phrases.add(text.slice(run.start, run.end));
        run = null;
      }
      if (!missing.has(word.term)) continue;
      run = run ? { start: run.start, end: Math.max(run.end, word.end) } : { start: word.start, end: word.end };
    }
    if (run) phrases.add(text.slice(run.start, run.end));
    for (const phrase of phrases) counts.set(phrase, (counts.get(phrase) ?? 0) + 1);
  }
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
}

/** The content words of a question: what it asks about, not how it asks (教えて, お客様). */
function contentWords(analyzer: Analyzer, normalized: string): Word[] {
  return analyzer.words(normalized).filter((word) => !isAskingWord(word) && /\p{L}/u.test(word.term));
}
