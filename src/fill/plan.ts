/**
 * Where a customer's questionnaire sheet has its questions: the table layout from the same
 * detector the knowledge loaders use, then which rows below its header are questions and which
 * column, if any, wants a status mark.
 */
import { isItemNumber, parseStatus } from '../knowledge/cells.js';
import { detectTableLayout, type TableLayout } from '../knowledge/structure.js';
import type { Grid, GridRow } from '../knowledge/types.js';
import { namesStatusVocabulary, vocabularyOf, type StatusVocabulary } from './status-vocabulary.js';

/** A row of the customer's table that asks something. */
export interface QuestionRow {
  /** The grid row's `line`: sheet row, or text line where the record starts. */
  readonly line: number;
  /** The question cell, whitespace folded to single spaces. */
  readonly question: string;
  /** The customer's status cell as written (`''` when empty or when there is no status column). */
  readonly status: string;
}

/** What filling needs to know about one grid. */
export interface SheetPlan {
  readonly sheet: string | null;
  readonly layout: TableLayout;
  /** 0-based column of the questions. */
  readonly questionColumn: number;
  /** 0-based column of the customer's status marks, null when the table has none. */
  readonly statusColumn: number | null;
  /** The status column's vocabulary; null when there is no status column. */
  readonly vocabulary: StatusVocabulary | null;
  /** The header row's line, where kotae puts its column labels; else the row above the first question, if any. */
  readonly labelLine: number | null;
  /**
   * Columns used by the header and question rows (merged cells included): kotae's columns go at
   * or after this 0-based index. Notes beside or below the table do not count, so they cannot push
   * kotae's columns away from it; kotae writes on the table's rows only, so nothing is overwritten.
   */
  readonly width: number;
  readonly rows: readonly QuestionRow[];
}

/** A question's usual endings, in Japanese and English: such a cell is never a section heading. */
const QUESTION_LIKE = /(?:[?？]|か|こと|ください|下さい|教えて)[。．.)）\s]*$/;

/** Notes to the person filling in (`※ 記入例`, `注: ...`), which often end like a request. */
const NOTE = /^(?:※|＊|\*|注[:：）)]|[(（]注[)）])/;

/** Longer than this, a lone cell is a sentence (a question without a question mark), not a heading. */
const HEADING_MAX_CHARS = 40;

/**
 * Plans one grid, or returns null when it has no question column or no questions under it (a
 * cover sheet, a revision history).
 */
export function planSheet(grid: Grid): SheetPlan | null {
  const layout = detectTableLayout(grid);
  if (!layout) return null;
  const questionColumn = layout.roles.indexOf('question');
  if (questionColumn < 0) return null;
  const header = layout.headerIndex === null ? null : grid.rows[layout.headerIndex]!;
  const body = grid.rows.slice(layout.headerIndex === null ? 0 : layout.headerIndex + 1);
  const headerQuestion = fold(header?.cells[questionColumn] ?? '');
  const numberColumn = layout.roles.indexOf('number');
  const questionRows = body.filter((row) => {
    const question = fold(row.cells[questionColumn] ?? '');
    return question !== '' && question !== headerQuestion && isQuestionRow(row, question, numberColumn);
  });
  if (questionRows.length === 0) return null;
  const statusColumn = findStatusColumn(layout, header, questionRows, questionColumn);
  const statusOf = (row: GridRow) => (statusColumn === null ? '' : (row.cells[statusColumn] ?? '').trim());
  const rows = questionRows.map((row): QuestionRow => ({ line: row.line, question: fold(row.cells[questionColumn]!), status: statusOf(row) }));
  const firstLine = rows[0]!.line;
  const vocabulary = statusColumn === null ? null : vocabularyOf(header?.cells[statusColumn] ?? '', rows.map((row) => row.status).filter(Boolean));
  return {
    sheet: grid.sheet,
    layout,
    questionColumn,
    statusColumn,
    vocabulary,
    labelLine: header ? header.line : firstLine > 1 ? firstLine - 1 : null,
    width: Math.max(header?.cells.length ?? 0, ...questionRows.map((row) => row.cells.length)),
    rows,
  };
}

/**
 * A row with a question cell is a question unless it looks like something else without an item
 * number: text merged across the row (a heading or a note), a `※` note, or a short label alone on
 * its row (a section heading).
 */
function isQuestionRow(row: GridRow, question: string, numberColumn: number): boolean {
  if (numberColumn >= 0 && isItemNumber(row.cells[numberColumn] ?? '')) return true;
  const filled = row.cells.map(fold).filter(Boolean);
  const distinct = new Set(filled);
  if (filled.length > 1 && distinct.size === 1) return false;
  if (NOTE.test(question)) return false;
  return QUESTION_LIKE.test(question) || question.length > HEADING_MAX_CHARS || distinct.size > 1;
}

/**
 * The layout's status column; else a column whose header names a status vocabulary (`はい/いいえ`,
 * `回答(○/×)`) and whose filled cells, if any, are all status marks. The layout detector judges by
 * content, which a customer's blank questionnaire does not have yet.
 */
function findStatusColumn(layout: TableLayout, header: GridRow | null, questionRows: readonly GridRow[], questionColumn: number): number | null {
  const detected = layout.roles.indexOf('status');
  if (detected >= 0 && detected !== questionColumn) return detected;
  if (!header) return null;
  const column = header.cells.findIndex((cell, i) => {
    const role = layout.roles[i];
    if (i === questionColumn || (role !== undefined && role !== 'answer') || !namesStatusVocabulary(cell)) return false;
    return questionRows.every((row) => !(row.cells[i] ?? '').trim() || parseStatus(row.cells[i]!) !== null);
  });
  return column >= 0 ? column : null;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
