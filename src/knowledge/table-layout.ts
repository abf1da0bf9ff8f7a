/**
 * Table layout: where a grid's table is and what each column holds, from header words where they
 * are usable and from the cells' content (item numbers, status marks, question-like or answer-like
 * sentences) where they are missing or garbled.
 */
import { isItemNumber, parseStatus } from './cells.js';
import { type ColumnRole, headerRole, headerRoles } from './header-roles.js';
import { type RowView, viewRow } from './row-view.js';
import type { Grid } from './types.js';

const QUESTION_ENDING = /(?:こと|か|ですか|ますか|ください|下さい|[?？]|か\s*[?？]|いるか|あるか|すること)[。．.\s]*$/;
const ANSWER_ENDING = /(?:ます|ました|ません|です|おります|ている|ていない|済み?|した|ある|ない|予定)[。．.)）\s]*$/;

/** What the columns of one table hold. */
export interface Layout {
  /** Role of each column; a header's remarks column is the answer when there is no answer column. */
  readonly roles: ReadonlyArray<ColumnRole | undefined>;
  /** Columns the table has: a row reaching beyond them is read by order, not by position. */
  readonly width: number;
}

/** Where a grid's table is and what its columns hold. */
export interface TableLayout {
  /** Index in `grid.rows` of the header row, or null when the columns were read from content. */
  readonly headerIndex: number | null;
  /** Role of each column by position; undefined for columns with no role. */
  readonly roles: ReadonlyArray<ColumnRole | undefined>;
}

/**
 * The layout of the first table in a grid, found the same way as for knowledge files: header words
 * first, content where they are missing. Used to read customers' questionnaires, which have a
 * question column but usually no answers yet. Null when no question column can be found.
 */
export function detectTableLayout(grid: Grid): TableLayout | null {
  const rows = grid.rows.map(viewRow);
  const headerIndex = rows.findIndex((row) => row.filled > 0 && headerRoles(row) !== null);
  if (headerIndex >= 0) {
    const layout = inferLayout(
      rows.slice(headerIndex + 1).filter((row) => row.filled > 0),
      headerRoles(rows[headerIndex]!),
    );
    return layout ? { headerIndex, roles: layout.roles } : null;
  }
  // A questionnaire may be one column of questions under a single header word (`質問`).
  const single = rows.findIndex((row) => row.filled === 1 && headerRole(row.cells.find(Boolean)!) === 'question');
  if (single >= 0) {
    const roles = rows[single]!.cells.map((cell) => (cell ? ('question' as const) : undefined));
    return { headerIndex: single, roles };
  }
  const layout = inferLayout(
    rows.filter((row) => row.filled > 0),
    null,
  );
  return layout ? { headerIndex: null, roles: layout.roles } : null;
}

interface ColumnStats {
  filled: number;
  numbers: number;
  statuses: number;
  totalLength: number;
  questionLike: number;
  answerLike: number;
}

/**
 * Completes a header's roles (or makes them up when there is no usable header) from what the
 * columns hold: item numbers, status marks, question-like or answer-like sentences.
 */
export function inferLayout(rows: readonly RowView[], header: ReadonlyArray<ColumnRole | undefined> | null): Layout | null {
  const dataRows = rows.filter((row) => row.filled >= 2 && row.longest >= 15);
  // A header fixes the width: rows with extra cells are read by order, not by inventing columns.
  const width = header ? header.length : Math.max(0, ...dataRows.map((row) => row.cells.length));
  if (!header && dataRows.length < 2) return null;
  const stats: ColumnStats[] = Array.from({ length: width }, () => ({
    filled: 0,
    numbers: 0,
    statuses: 0,
    totalLength: 0,
    questionLike: 0,
    answerLike: 0,
  }));
  for (const row of dataRows) {
    row.cells.forEach((cell, column) => {
      if (!cell || column >= width) return;
      const s = stats[column]!;
      s.filled++;
      s.totalLength += cell.length;
      if (isItemNumber(cell) || /^[a-z]$/i.test(cell)) s.numbers++;
      if (parseStatus(cell) !== null) s.statuses++;
      if (QUESTION_ENDING.test(cell)) s.questionLike++;
      if (ANSWER_ENDING.test(cell)) s.answerLike++;
    });
  }
  const roles: Array<ColumnRole | undefined> = Array.from({ length: width }, (_, i) => header?.[i]);
  const share = (s: ColumnStats, n: number) => (s.filled ? n / s.filled : 0);
  const avg = (s: ColumnStats) => (s.filled ? s.totalLength / s.filled : 0);
  // A header may call a ○× column 回答: trust the content.
  roles.forEach((role, i) => {
    const s = stats[i]!;
    if ((role === 'answer' || role === 'remarks') && s.filled >= 3 && share(s, s.statuses) >= 0.7 && avg(s) <= 4) roles[i] = 'status';
  });
  const free = (i: number) => roles[i] === undefined && stats[i]!.filled > 0;
  if (!roles.includes('number')) {
    const i = stats.findIndex((s, c) => free(c) && share(s, s.numbers) >= 0.6 && avg(s) <= 8);
    if (i >= 0) roles[i] = 'number';
  }
  if (!roles.includes('status')) {
    const i = stats.findIndex((s, c) => free(c) && share(s, s.statuses) >= 0.5 && avg(s) <= 6);
    if (i >= 0) roles[i] = 'status';
  }
  const longColumns = stats.map((s, i) => ({ s, i })).filter(({ s, i }) => free(i) && avg(s) >= 12);
  if (!roles.includes('question') && longColumns.length) {
    const best = [...longColumns].sort(
      (a, b) => share(b.s, b.s.questionLike - b.s.answerLike) - share(a.s, a.s.questionLike - a.s.answerLike) || a.i - b.i,
    )[0]!;
    roles[best.i] = 'question';
  }
  const questionAt = roles.indexOf('question');
  if (!roles.includes('answer')) {
    const remarksAt = roles.indexOf('remarks');
    const candidates = longColumns.filter(({ i }) => roles[i] === undefined && i > questionAt);
    if (candidates.length) roles[candidates[0]!.i] = 'answer';
    else if (remarksAt >= 0) roles[remarksAt] = 'answer';
  }
  for (let i = 0; i < width; i++) {
    if (roles[i] === undefined && stats[i]!.filled > 0 && (questionAt < 0 || i < questionAt)) roles[i] = 'category';
    else if (roles[i] === undefined && stats[i]!.filled > 0 && avg(stats[i]!) >= 12) roles[i] = 'remarks';
  }
  if (!roles.includes('question')) return null;
  // Under a header, a column of a kind kotae does not use (`担当部署`, `版数`) keeps its place, so
  // that rows filling it are still read by position.
  return { roles: header ? roles.map((role) => role ?? 'other') : roles, width };
}
