/**
 * Public shapes of questionnaire filling: what the web console, the chat bots and the CLI pass in
 * and get back. Nothing here touches the file system.
 */
import type { AskResult } from '../core/types.js';
import type { SheetKind } from './classify.js';

export type { SheetKind };

/**
 * Answers one question. Callers bind the knowledge snapshot and ask options, e.g.
 * `(q) => answerQuestion(snapshot, q, { top: 3 })`. Only the first three results are used.
 */
export type AnswerFunction = (question: string) => AskResult;

export interface FillOptions {
  /** Refuse questionnaires with more question rows than this, before answering any (default 10 000). */
  readonly maxRows?: number;
  /** Called after each answered row, and once with `done === 0` before the first. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Stops between rows; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/** A text for people, in both languages kotae speaks. */
export interface Bilingual {
  readonly ja: string;
  readonly en: string;
}

/** One of the customer's own answer cells that kotae filled in. */
export interface WrittenCell {
  /** `C12`: column letters and the row (the line, for .csv/.tsv). */
  readonly address: string;
  /** The choice cell (Yes/No, ○/×, 実施状況) or the free-text cell (Additional Information, 備考). */
  readonly role: 'choice' | 'text';
  readonly value: string;
  /** The column's header cell (`回答`, `Yes/No`); absent when the table has no header row. */
  readonly header?: string;
}

/** One question row of the customer's file and what kotae wrote for it. */
export interface FilledRow {
  /** Worksheet name for .xlsx, null for .csv/.tsv. */
  readonly sheet: string | null;
  /** 1-based row of the sheet, or line of the text file where the row starts. */
  readonly line: number;
  /** The question as read from the customer's question cell (a formula's shown value). */
  readonly question: string;
  /** True when no answer reached the confidence threshold: the row is marked `要確認`. */
  readonly toCheck: boolean;
  /** Text written to `kotae回答`: the best answer, or `要確認`. */
  readonly answer: string;
  /** Text written to `kotae出典`: the best answer's citation, `''` for rows to check. */
  readonly citation: string;
  /** Written to `kotae信頼度`: the first result's confidence (0 when there was none). */
  readonly confidence: number;
  /** Text written to `kotae候補`: up to two more candidates, one per line. */
  readonly candidates: string;
  /** The value written into the customer's empty choice cell, in the list's or column's own words; null when none. */
  readonly status: string | null;
  /** The customer's cells kotae wrote on this row (choice, free text), in column order. */
  readonly cells: readonly WrittenCell[];
  /** True when the question is in English and the answer drafted for it is in Japanese. */
  readonly japaneseForEnglish: boolean;
  /** The full answer, for callers that show more than the file holds (the console's review list). */
  readonly result: AskResult;
}

export interface SheetSummary {
  /** Worksheet name; null for .csv/.tsv. */
  readonly sheet: string | null;
  /** What the sheet is; only `questionnaire` sheets are filled. */
  readonly kind: SheetKind;
  /** What kotae did with the sheet and why (「記入要領のシート：回答欄がないため対象外」). */
  readonly note: Bilingual;
  readonly rows: number;
  readonly answered: number;
  readonly toCheck: number;
  /** The customer's answer cells kotae filled in. */
  readonly cellsWritten: number;
  /** The customer's answer cells on question rows that already held a value: left as they were. */
  readonly kept: number;
  /** Where kotae's own columns are (`F:I`), or the name of kotae's own sheet; null for sheets not filled. */
  readonly kotaeColumns: string | null;
}

export interface FillSummary {
  /** Question rows found (section headings, blank and header rows are not counted). */
  readonly rows: number;
  readonly answered: number;
  readonly toCheck: number;
  /** Choice cells kotae filled in (the customer's Yes/No, ○/× or status column, empty cell, confident answer). */
  readonly statusProposed: number;
  /** All of the customer's answer cells kotae filled in (choice and free text). */
  readonly cellsWritten: number;
  /** Every sheet in workbook order, filled or not, with why; one entry with `sheet: null` for .csv/.tsv. */
  readonly sheets: readonly SheetSummary[];
  /** Rows whose English question got a Japanese answer. */
  readonly japaneseForEnglish: number;
  /** Said when some English questions were answered in Japanese (「英語の設問に日本語の回答を記入しました」); null otherwise. */
  readonly languageNote: Bilingual | null;
}

export interface FillResult {
  /** The customer's file with kotae's cells written, same format (and encoding) as the input. */
  readonly bytes: Uint8Array;
  /** Suggested name for the filled file: `<name>.kotae.<ext>`. */
  readonly fileName: string;
  readonly summary: FillSummary;
  readonly rows: readonly FilledRow[];
}
