/**
 * Synonym groups (built-in security glossary plus the admin's `synonyms.txt`) and how a question
 * is matched against them. Expansion happens at query time only, as Elastic recommends: the
 * index stays as the files say, and a new synonym takes effect on the next reload.
 */
import { z } from 'zod';
import { SECURITY_GLOSSARY } from './glossary-data.js';
import { normalizeText, stemEnglish } from './normalize.js';
import type { LoadWarning } from '../knowledge/types.js';

/** A place in the question where a glossary term stands, and the group it belongs to. */
export interface GlossaryMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Normalised terms of every group matched at this span (the matched term included). */
  readonly terms: readonly string[];
}

export interface Glossary {
  /** Non-overlapping matches in `normalized` (output of `normalizeText`), longest first wins. */
  match(normalized: string): GlossaryMatch[];
  readonly groupCount: number;
}

const ASCII_ONLY = /^[\x20-\x7e]+$/;

/** English words compare without case, hyphens or a plural ending: `Sign-ons` meets `sign on`. */
function englishKey(words: readonly string[]): string {
  return words.map(stemEnglish).join(' ');
}

/** Builds a glossary from groups of equivalent terms (any case or width: they are normalised). */
export function createGlossary(groups: ReadonlyArray<readonly string[]>): Glossary {
  const normalizedGroups = groups.map((group) => [...new Set(group.map((term) => normalizeText(term).trim()).filter(Boolean))]);
  // Japanese terms are found by substring, indexed by first character; English terms match
  // whole words only (`ip` must not fire inside `ship`), looked up by word sequence.
  const japanese = new Map<string, Array<{ term: string; group: number }>>();
  const english = new Map<string, number[]>();
  let longestEnglish = 1;
  normalizedGroups.forEach((group, index) => {
    for (const term of group) {
      if (ASCII_ONLY.test(term)) {
        const words = term.split(/[\s-]+/).filter(Boolean);
        longestEnglish = Math.max(longestEnglish, words.length);
        const key = englishKey(words);
        english.set(key, [...(english.get(key) ?? []), index]);
      } else {
        const first = term[0]!;
        japanese.set(first, [...(japanese.get(first) ?? []), { term, group: index }]);
      }
    }
  });
  return {
    groupCount: normalizedGroups.length,
    match(normalized) {
      const found: Array<{ start: number; end: number; group: number }> = [];
      for (let at = 0; at < normalized.length; at++) {
        for (const { term, group } of japanese.get(normalized[at]!) ?? []) {
          if (normalized.startsWith(term, at)) found.push({ start: at, end: at + term.length, group });
        }
      }
      const words = [...normalized.matchAll(/[a-z0-9][a-z0-9.+#]*/g)].map((m) => ({ text: m[0].replace(/\.$/, ''), start: m.index }));
      for (let i = 0; i < words.length; i++) {
        for (let n = 1; n <= longestEnglish && i + n <= words.length; n++) {
          const span = words.slice(i, i + n);
          for (const group of english.get(englishKey(span.map((w) => w.text))) ?? []) {
            const last = span[n - 1]!;
            found.push({ start: span[0]!.start, end: last.start + last.text.length, group });
          }
        }
      }
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: Array<{ start: number; end: number; groups: Set<number> }> = [];
      for (const f of found) {
        const same = kept.find((k) => k.start === f.start && k.end === f.end);
        if (same) same.groups.add(f.group);
        else if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push({ start: f.start, end: f.end, groups: new Set([f.group]) });
      }
      return kept
        .sort((a, b) => a.start - b.start)
        .map((k) => ({
          start: k.start,
          end: k.end,
          text: normalized.slice(k.start, k.end),
          terms: [...new Set([...k.groups].flatMap((g) => normalizedGroups[g]!))],
        }));
    },
  };
}

const termSchema = z
  .string()
  .trim()
  .min(1, 'an empty term (two commas in a row?)')
  .max(60, 'a term longer than 60 characters: synonyms are words or short phrases');
const groupSchema = z.array(termSchema).min(2, 'a group needs at least two terms separated by commas');

export interface ParsedSynonyms {
  readonly groups: string[][];
  readonly warnings: LoadWarning[];
}

/**
 * Parses the admin's synonyms file: one group per line, terms separated by `,` or `、`. A `#` at
 * the start of a line or after white space starts a comment; inside a term (`C#`) it is the term's.
 * A bad line is a warning naming the file and line; the other lines are used.
 */
export function parseSynonyms(text: string, file: string): ParsedSynonyms {
  const groups: string[][] = [];
  const warnings: LoadWarning[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(?:^|\s)#.*$/, '').trim();
    if (!line) return;
    const parsed = groupSchema.safeParse(line.split(/[,、，]/).map((term) => term.trim()));
    if (parsed.success) groups.push(parsed.data);
    else warnings.push({ file, message: `line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'not a synonym group'}; this line is ignored. Write terms separated by commas, e.g. "MFA, 多要素認証, 二段階認証".` });
  });
  return { groups, warnings };
}

/** The built-in security glossary together with the admin's groups. */
export function buildGlossary(extraGroups: ReadonlyArray<readonly string[]> = []): Glossary {
  return createGlossary([...SECURITY_GLOSSARY, ...extraGroups]);
}
