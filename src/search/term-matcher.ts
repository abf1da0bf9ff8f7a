/**
 * Finds known terms in normalised text, the way both the glossary and the control catalogue need
 * it: Japanese terms as substrings, English terms as whole words (spaces and hyphens optional,
 * light stemming), longest match first and no overlaps, so that `通信の暗号化` is one match and
 * not also `暗号化`.
 *
 * The catalogue holds thousands of terms and every start builds its matcher (a question is tagged
 * with it), so building must cost little: Japanese terms sit in a map by text with, per first
 * character, the lengths terms starting with it have; English ones in a map by stemmed word sequence.
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

/**
 * Terms {@link normalizeText} leaves as they are: kana and kanji that NFKC keeps, with no space; or
 * lower-case ASCII words. Most catalogue terms are written so, and every start reads thousands.
 */
const ALREADY_NORMAL = /^(?:[\u3041-\u3096\u30a1-\u30fa\u30fc\u3005\u4e00-\u9fff]+|[a-z0-9.+#/](?:[a-z0-9 .+#/-]*[a-z0-9.+#/])?)$/;

/** The normalised form a term is matched in (what glossary and catalogue data are written as). */
export function normalizeTerm(term: string): string {
  return ALREADY_NORMAL.test(term) ? term : normalizeText(term).trim();
}

/** A matcher remembers this many stemmed words at most (then starts over). */
const MAX_REMEMBERED_STEMS = 50_000;

/** Builds a matcher; terms may be in any case or width (they are normalised). */
export function createTermMatcher<K>(entries: Iterable<{ readonly term: string; readonly key: K }>): TermMatcher<K> {
  // Japanese terms are found by substring; English terms match whole words only (`ip` must not
  // fire inside `ship`), looked up by word sequence.
  const japanese = new Map<string, K[]>();
  // By first character (a UTF-16 code unit): the lengths of the terms starting with it.
  const lengthsByFirst = new Map<number, number[]>();
  // Most characters of a text start no term: one look in this table skips them.
  const startsTerm = new Uint8Array(0x10000);
  // English words compare without case, hyphens or a plural ending (`Sign-ons` meets `sign on`);
  // texts repeat their words, so each is stemmed once.
  const stems = new Map<string, string>();
  const stem = (word: string) => {
    let stemmed = stems.get(word);
    if (stemmed === undefined) {
      if (stems.size >= MAX_REMEMBERED_STEMS) stems.clear();
      stemmed = stemEnglish(word);
      stems.set(word, stemmed);
    }
    return stemmed;
  };
  const english = new Map<string, K[]>();
  let longestEnglish = 1;
  for (const entry of entries) {
    const term = normalizeTerm(entry.term);
    if (!term) continue;
    if (ASCII_ONLY.test(term)) {
      const words = term.split(/[\s-]+/).filter(Boolean);
      longestEnglish = Math.max(longestEnglish, words.length);
      const key = words.map(stem).join(' ');
      const keys = english.get(key);
      if (keys) keys.push(entry.key);
      else english.set(key, [entry.key]);
    } else {
      const keys = japanese.get(term);
      if (keys) keys.push(entry.key);
      else {
        japanese.set(term, [entry.key]);
        startsTerm[term.charCodeAt(0)] = 1;
        const lengths = lengthsByFirst.get(term.charCodeAt(0));
        if (!lengths) lengthsByFirst.set(term.charCodeAt(0), [term.length]);
        else if (!lengths.includes(term.length)) lengths.push(term.length);
      }
    }
  }
  return {
    match(normalized) {
      const found: Array<{ start: number; end: number; keys: readonly K[] }> = [];
      for (let at = 0; at < normalized.length; at++) {
        if (!startsTerm[normalized.charCodeAt(at)]) continue;
        for (const length of lengthsByFirst.get(normalized.charCodeAt(at))!) {
          const keys = at + length <= normalized.length ? japanese.get(normalized.slice(at, at + length)) : undefined;
          if (keys) found.push({ start: at, end: at + length, keys });
        }
      }
      const words = [...normalized.matchAll(/[a-z0-9][a-z0-9.+#]*/g)].map((m) => {
        const text = m[0].replace(/\.$/, '');
        return { text, stem: stem(text), start: m.index };
      });
      for (let i = 0; i < words.length; i++) {
        let key = '';
        for (let n = 1; n <= longestEnglish && i + n <= words.length; n++) {
          const last = words[i + n - 1]!;
          key = n === 1 ? last.stem : `${key} ${last.stem}`;
          const keys = english.get(key);
          if (keys) found.push({ start: words[i]!.start, end: last.start + last.text.length, keys });
        }
      }
      // Longest first, then leftmost; a match overlapping one already kept is dropped. Each span
      // is found once (a Japanese term or an English key holds every entry of its term).
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const taken = new Uint8Array(normalized.length);
      const kept: Array<{ start: number; end: number; keys: readonly K[] }> = [];
      for (const f of found) {
        if (taken.subarray(f.start, f.end).includes(1)) continue;
        taken.fill(1, f.start, f.end);
        kept.push(f);
      }
      return kept
        .sort((a, b) => a.start - b.start)
        .map((k) => ({ start: k.start, end: k.end, text: normalized.slice(k.start, k.end), keys: [...new Set(k.keys)] }));
    },
  };
}
