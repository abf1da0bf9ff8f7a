/**
 * Finds known terms in normalised text, the way both the glossary and the control catalogue need
 * it: Japanese terms as substrings, English terms as whole words (spaces and hyphens optional,
 * light stemming), longest match first and no overlaps, so that `通信の暗号化` is one match and
 * not also `暗号化`.
 */
import { normalizeText, stemEnglish } from './normalize.js';

/** A place where one or more entries' term stands, with the keys of every entry found there. */
export interface TermMatch<K> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly keys: readonly K[];
}

export interface TermMatcher<K> {
  /** Non-overlapping matches in `normalized` (output of `normalizeText`), in text order. */
  match(normalized: string): Array<TermMatch<K>>;
}

const ASCII_ONLY = /^[\x20-\x7e]+$/;

/** English words compare without case, hyphens or a plural ending: `Sign-ons` meets `sign on`. */
function englishKey(words: readonly string[]): string {
  return words.map(stemEnglish).join(' ');
}

/** The normalised form a term is matched in (what glossary and catalogue data are written as). */
export function normalizeTerm(term: string): string {
  return normalizeText(term).trim();
}

/** Builds a matcher; terms may be in any case or width (they are normalised). */
export function createTermMatcher<K>(entries: Iterable<{ readonly term: string; readonly key: K }>): TermMatcher<K> {
  // Japanese terms are found by substring, indexed by first character; English terms match
  // whole words only (`ip` must not fire inside `ship`), looked up by word sequence.
  const japanese = new Map<string, Array<{ term: string; key: K }>>();
  const english = new Map<string, K[]>();
  let longestEnglish = 1;
  for (const entry of entries) {
    const term = normalizeTerm(entry.term);
    if (!term) continue;
    if (ASCII_ONLY.test(term)) {
      const words = term.split(/[\s-]+/).filter(Boolean);
      longestEnglish = Math.max(longestEnglish, words.length);
      const key = englishKey(words);
      english.set(key, [...(english.get(key) ?? []), entry.key]);
    } else {
      const first = term[0]!;
      japanese.set(first, [...(japanese.get(first) ?? []), { term, key: entry.key }]);
    }
  }
  return {
    match(normalized) {
      const found: Array<{ start: number; end: number; key: K }> = [];
      for (let at = 0; at < normalized.length; at++) {
        for (const { term, key } of japanese.get(normalized[at]!) ?? []) {
          if (normalized.startsWith(term, at)) found.push({ start: at, end: at + term.length, key });
        }
      }
      const words = [...normalized.matchAll(/[a-z0-9][a-z0-9.+#]*/g)].map((m) => ({ text: m[0].replace(/\.$/, ''), start: m.index }));
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= longestEnglish && i + n <= words.length; n++) {
          const span = words.slice(i, i + n);
          for (const key of english.get(englishKey(span.map((w) => w.text))) ?? []) {
            const last = span[n - 1]!;
            found.push({ start: span[0]!.start, end: last.start + last.text.length, key });
          }
        }
      }
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Array<{ start: number; end: number; keys: Set<K> }> = [];
      for (const f of found) {
        const same = kept.find((k) => k.start === f.start && k.end === f.end);
        if (same) same.keys.add(f.key);
        else if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push({ start: f.start, end: f.end, keys: new Set([f.key]) });
      }
      return kept
        .sort((a, b) => a.start - b.start)
        .map((k) => ({ start: k.start, end: k.end, text: normalized.slice(k.start, k.end), keys: [...k.keys] }));
    },
  };
}
