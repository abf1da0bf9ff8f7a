/**
 * Synonym groups (built-in security glossary plus the admin's `synonyms.txt`) and how a question
 * is matched against them. Expansion happens at query time only, as Elastic recommends: the
 * index stays as the files say, and a new synonym takes effect on the next reload.
 */
import { z } from 'zod';
import { SECURITY_GLOSSARY } from './glossary-data.js';
import { createTermMatcher, normalizeTerm } from './term-matcher.js';
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

/** Builds a glossary from groups of equivalent terms (any case or width: they are normalised). */
export function createGlossary(groups: ReadonlyArray<readonly string[]>): Glossary {
  const normalizedGroups = groups.map((group) => [...new Set(group.map(normalizeTerm).filter(Boolean))]);
  const matcher = createTermMatcher(normalizedGroups.flatMap((group, index) => group.map((term) => ({ term, key: index }))));
  return {
    groupCount: normalizedGroups.length,
    match(normalized) {
      return matcher.match(normalized).map((m) => ({
        start: m.start,
        end: m.end,
        text: m.text,
        terms: [...new Set(m.keys.flatMap((g) => normalizedGroups[g]!))],
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
    else
      warnings.push({
        file,
        message: `line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'not a synonym group'}; this line is ignored. Write terms separated by commas, e.g. "MFA, 多要素認証, 二段階認証".`,
      });
  });
  return { groups, warnings };
}

/** The built-in security glossary together with the admin's groups. */
export function buildGlossary(extraGroups: ReadonlyArray<readonly string[]> = []): Glossary {
  return createGlossary([...SECURITY_GLOSSARY, ...extraGroups]);
}
