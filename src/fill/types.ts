/**
 * Public shapes of questionnaire filling: what the web console, the Slack bot and the CLI pass in
 * and get back. Nothing here touches the file system.
 */
import type { AskResult } from '../core/types.js';

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

/** One question row of the customer's file and what kotae wrote for it. */
export interface FilledRow {
  /** Worksheet name for .xlsx, null for .csv/.tsv. */
  readonly sheet: string | null;
  /** 1-based row of the sheet, or line of the text file where the row starts. */
  readonly line: number;
  /** The question as read from the customer's question cell. */
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
  /** The value written into the customer's empty status cell, in their vocabulary; null when none. */
  readonly status: string | null;
  /** The full answer, for callers that show more than the file holds (the console's review list). */
  readonly result: AskResult;
}

export interface SheetSummary {
  readonly sheet: string | null;
  readonly rows: number;
  readonly answered: number;
  readonly toCheck: number;
}

export interface FillSummary {
  /** Question rows found (section headings, blank and header rows are not counted). */
  readonly rows: number;
  readonly answered: number;
  readonly toCheck: number;
  /** Status cells kotae filled in (customer's status column, empty cell, confident answer). */
  readonly statusProposed: number;
  /** Per filled sheet, in workbook order; one entry with `sheet: null` for .csv/.tsv. */
  readonly sheets: readonly SheetSummary[];
}

export interface FillResult {
  /** The customer's file with kotae's columns added, same format (and encoding) as the input. */
  readonly bytes: Uint8Array;
  /** Suggested name for the filled file: `<name>.kotae.<ext>`. */
  readonly fileName: string;
  readonly summary: FillSummary;
  readonly rows: readonly FilledRow[];
}
