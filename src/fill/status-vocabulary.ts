/**
 * The words a customer's status column uses (○/×, はい/いいえ, 対応済/未対応, Yes/No, 可/不可,
 * 有/無), so that kotae's proposal reads as if the customer's own staff had typed it.
 */
import { parseStatus } from '../knowledge/cells.js';
import type { ItemStatus } from '../knowledge/types.js';

type Mark = Exclude<ItemStatus, ''>;

/** What to write for each status; a status without a word gets nothing written. */
export interface StatusVocabulary {
  readonly name: string;
  readonly words: Readonly<Partial<Record<Mark, string>>>;
}

interface Family {
  readonly name: string;
  /** Values (NFKC, no spaces) that belong to this family. */
  readonly values: RegExp;
  /** Header text that asks for this family when the column has no values yet. */
  readonly header: RegExp;
  /** Every word here reads back through `parseStatus` as its key, so a filled file can become knowledge. */
  readonly words: Readonly<Record<Mark, string>>;
}

const FAMILIES: readonly Family[] = [
  {
    name: 'はい/いいえ',
    values: /^(?:はい|いいえ)$/,
    header: /はい|いいえ/,
    words: { '○': 'はい', '×': 'いいえ', '△': '一部', '−': '該当なし' },
  },
  {
    name: 'Yes/No',
    values: /^(?:yes|no|y|n)$/i,
    header: /yes[/／・]?no|y[/／・]n/i,
    words: { '○': 'Yes', '×': 'No', '△': 'Partial', '−': 'N/A' },
  },
  {
    name: '対応済/未対応',
    values: /^(?:対応済み?|未対応|非対応|対応不可|一部対応)$/,
    header: /対応済|未対応/,
    words: { '○': '対応済', '×': '未対応', '△': '一部対応', '−': '対象外' },
  },
  {
    name: '実施済/未実施',
    values: /^(?:実施済み?|未実施|実施)$/,
    header: /実施済|未実施/,
    words: { '○': '実施済', '×': '未実施', '△': '一部', '−': '対象外' },
  },
  {
    name: '可/不可',
    values: /^(?:可|不可|対応可能?)$/,
    header: /可否|不可/,
    words: { '○': '可', '×': '不可', '△': '条件付き', '−': '対象外' },
  },
  {
    name: '有/無',
    values: /^(?:有|無|あり|なし)$/,
    header: /有無|有[/／・]無|あり[/／・]なし/,
    words: { '○': '有', '×': '無', '△': '一部', '−': '該当なし' },
  },
  {
    name: '○/×',
    values: /^[○〇◯●◎×✕✖✗☓xX△▲−\-ー―‐－]$/,
    header: /[○〇◯●◎][/／・]?[×✕✖✗☓]/,
    words: { '○': '○', '×': '×', '△': '△', '−': '−' },
  },
];

const MARKS: readonly Mark[] = ['○', '×', '△', '−'];

/**
 * True when a header cell names a status vocabulary (`はい/いいえ`, `回答(○/×)`, `Yes/No`): such a
 * column is a status column even when the layout detector, which trusts content, saw it empty.
 */
export function namesStatusVocabulary(header: string): boolean {
  const text = compact(header);
  return FAMILIES.some((family) => family.header.test(text));
}

/**
 * The vocabulary of a status column: the family most of its filled cells use, else the one its
 * header names, else Yes/No on an English sheet and ○/× on others. Words the customer already
 * wrote are kept as written (`〇`, `対応済み`).
 *
 * @param header - The column's header cell, `''` when there is none.
 * @param values - The column's non-empty cells below the header.
 * @param english - True when the sheet's questions are in English.
 */
export function vocabularyOf(header: string, values: readonly string[], english = false): StatusVocabulary {
  const tally = new Map<Family, number>();
  const spelled = new Map<Mark, Map<string, number>>();
  for (const raw of values) {
    const value = raw.trim();
    const status = parseStatus(value);
    if (!status) continue;
    const family = FAMILIES.find((f) => f.values.test(compact(value)));
    if (family) tally.set(family, (tally.get(family) ?? 0) + 1);
    const counts = spelled.get(status) ?? new Map<string, number>();
    counts.set(value, (counts.get(value) ?? 0) + 1);
    spelled.set(status, counts);
  }
  const byValues = [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  const fallback = english ? FAMILIES.find((f) => f.name === 'Yes/No')! : FAMILIES[FAMILIES.length - 1]!;
  const family = byValues ?? FAMILIES.find((f) => f.header.test(compact(header))) ?? fallback;
  const base = family.name === 'Yes/No' ? englishWords(values) : family.words;
  const words = Object.fromEntries(MARKS.map((mark) => [mark, mostCommon(spelled.get(mark)) ?? base[mark]])) as Record<Mark, string>;
  return { name: family.name, words };
}

/** Words of drop-down lists that `parseStatus` does not read (it reads cells of prepared answers). */
const LIST_WORDS: ReadonlyArray<[Mark, RegExp]> = [
  ['−', /^(?:notapplicable|n\.a\.?|nonapplicable|該当しない|適用外)$/i],
  ['△', /^(?:partially(?:implemented|compliant)?|inprogress|planned|一部実施|一部対応済み?|検討中)$/i],
];

/**
 * The vocabulary of a drop-down list (a data validation): each status written as the list's own
 * value for it. Null when fewer than two of the list's values are statuses (a list of
 * departments, of maturity levels 1–5): such a list is not an answer to kotae's items.
 */
export function vocabularyOfList(values: readonly string[]): StatusVocabulary | null {
  const words: Partial<Record<Mark, string>> = {};
  for (const raw of values) {
    const value = raw.trim();
    const folded = compact(value);
    const mark = parseStatus(value) ?? LIST_WORDS.find(([, pattern]) => pattern.test(folded))?.[0] ?? null;
    if (mark && !words[mark]) words[mark] = value;
  }
  if (Object.keys(words).length < 2) return null;
  return { name: values.map((v) => v.trim()).join('/'), words };
}

/** The word for an answer's status (`○`, `×`, `△`, `−`), or null when it states none or the vocabulary has no word for it. */
export function statusWord(vocabulary: StatusVocabulary, status: string): string | null {
  return isMark(status) ? (vocabulary.words[status] ?? null) : null;
}

function isMark(status: string): status is Mark {
  return (MARKS as readonly string[]).includes(status);
}

/** Yes/No in the customer's style: `Y`/`N` if they abbreviate, their letter case otherwise. */
function englishWords(values: readonly string[]): Record<Mark, string> {
  const seen = values.map((v) => v.trim()).filter((v) => /^(?:yes|no|y|n)$/i.test(v));
  const short = seen.length > 0 && seen.every((v) => v.length === 1);
  const words: Record<Mark, string> = short
    ? { '○': 'Y', '×': 'N', '△': 'Partial', '−': 'N/A' }
    : { '○': 'Yes', '×': 'No', '△': 'Partial', '−': 'N/A' };
  const cased = (fn: (s: string) => string) => Object.fromEntries(MARKS.map((m) => [m, fn(words[m])])) as Record<Mark, string>;
  if (seen.length > 0 && seen.every((v) => v === v.toUpperCase())) return cased((s) => s.toUpperCase());
  if (seen.length > 0 && seen.every((v) => v === v.toLowerCase())) return cased((s) => (s === 'N/A' ? 'n/a' : s.toLowerCase()));
  return words;
}

function mostCommon(counts: Map<string, number> | undefined): string | undefined {
  if (!counts) return undefined;
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function compact(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
