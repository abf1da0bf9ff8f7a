/**
 * Where a customer's questionnaire sheet has its questions and where it wants the vendor's
 * answers: the header row, the question column, a choice column (a drop-down list, or a header
 * such as 回答, 実施状況, Vendor Answers, Yes/No) and a free-text column (Additional Information,
 * 備考, 補足, Comments), and which rows below the header are questions.
 */
import { parseStatus } from '../knowledge/cells.js';
import { detectTableLayout } from '../knowledge/table-layout.js';
import type { Grid, GridRow } from '../knowledge/types.js';
import { headerRole, isAnswerRole, isQuestionId, MAX_HEADER_CHARS, type HeaderRole } from './headers.js';
import { isEnglish } from './language.js';
import { vocabularyOf, vocabularyOfList, type StatusVocabulary } from './status-vocabulary.js';

/** What the file format knows beyond cell text: formulas, drop-down lists, merged cells. */
export interface SheetFacts {
  /** The formula of a cell (0-based column), `''` for a shared-formula cell; null for constants and empty cells. */
  formula(line: number, column: number): string | null;
  /** Drop-down lists by 0-based column. */
  readonly lists: ReadonlyMap<number, ListColumn>;
  /** True for a cell inside a merged range other than its top-left one: it shows nothing of its own. */
  mergedAway(line: number, column: number): boolean;
}

export interface ListColumn {
  /** The list's values; null when they could not be resolved (`INDIRECT(...)`, a broken name). */
  readonly values: readonly string[] | null;
  readonly top: number;
  readonly bottom: number;
}

/** Text only: a CSV or TSV, or a sheet without cells. */
export const NO_FACTS: SheetFacts = { formula: () => null, lists: new Map(), mergedAway: () => false };

export interface AnswerColumn {
  /** 0-based. */
  readonly column: number;
  /** Its header cell, `''` when the table has no header row. */
  readonly header: string;
  /** For a choice column, the words to write; null for free text. */
  readonly vocabulary: StatusVocabulary | null;
  /** True when the words are the drop-down list's own values. */
  readonly fromList: boolean;
}

/** One of the customer's answer cells on a question row. */
export interface AnswerCell {
  /** 0-based. */
  readonly column: number;
  /** What it holds already (`''` when empty). */
  readonly value: string;
  /** Empty, not a formula, not hidden under a merged cell: kotae may write here. */
  readonly writable: boolean;
}

/** A row of the customer's table that asks something. */
export interface QuestionRow {
  /** The grid row's `line`: sheet row, or text line where the record starts. */
  readonly line: number;
  /** The question cell, whitespace folded to single spaces. */
  readonly question: string;
  readonly choice: AnswerCell | null;
  readonly text: AnswerCell | null;
}

/** What filling needs to know about one grid. */
export interface SheetPlan {
  readonly sheet: string | null;
  /** 0-based column of the questions. */
  readonly questionColumn: number;
  /** The customer's choice column (Yes/No, ○/×, 実施状況), null when the table has none. */
  readonly choice: AnswerColumn | null;
  /** The customer's free-text answer column (Additional Information, 備考), null when none. */
  readonly text: AnswerColumn | null;
  /** The header row's line, where kotae puts its column labels; else the row above the first question, if any. */
  readonly labelLine: number | null;
  /** True when `labelLine` is the table's header row (kotae's labels then take its style). */
  readonly hasHeaderRow: boolean;
  /**
   * Columns used by the header and question rows (merged cells included): kotae's columns go at
   * or after this 0-based index. Notes beside or below the table do not count, so they cannot push
   * kotae's columns away from it; kotae writes on the table's rows only, so nothing is overwritten.
   */
  readonly width: number;
  readonly rows: readonly QuestionRow[];
  /** True when the header names the column as questions (質問, 設問, Question), not only by position. */
  readonly namedQuestionColumn: boolean;
}

/** A question's usual endings, in Japanese and English: such a cell is never a section heading. */
export const QUESTION_LIKE = /(?:[?？]|か|こと|ください|下さい|教えて)[。．.)）\s]*$/;

/** Notes to the person filling in (`※ 記入例`, `注: ...`), which often end like a request. */
const NOTE = /^(?:※|＊|\*|注[:：）)]|[(（]注[)）])/;

/** Longer than this, a lone cell is a sentence (a question without a question mark), not a heading. */
const HEADING_MAX_CHARS = 40;

/** Rows looked at below a header to judge its columns' content. */
const SAMPLE_ROWS = 200;

interface Table {
  /** Index in `grid.rows` of the header row, null when the table has none. */
  readonly headerIndex: number | null;
  readonly roles: ReadonlyArray<HeaderRole | null>;
  /** Each column's label: the header cell, or the sub-header's under a merged answer label. */
  readonly labels: readonly string[];
  readonly questionColumn: number;
  /** A status column the knowledge layout found by content (○/× already written). */
  readonly statusColumn: number | null;
}

/**
 * Plans one grid, or returns null when it has no question column or no questions under it (a
 * cover sheet, a revision history).
 */
export function planSheet(grid: Grid, facts: SheetFacts = NO_FACTS): SheetPlan | null {
  const table = findTable(grid, facts);
  if (!table) return null;
  const header = table.headerIndex === null ? null : grid.rows[table.headerIndex]!;
  const body = grid.rows.slice(table.headerIndex === null ? 0 : table.headerIndex + 1);
  const { questionColumn } = table;
  const idColumn = findIdColumn(table, body);
  const headerQuestion = fold(header?.cells[questionColumn] ?? '');
  const candidates = body.filter((row) => {
    const question = fold(row.cells[questionColumn] ?? '');
    return question !== '' && question !== headerQuestion && !isHeaderRepeat(row, header) && !facts.mergedAway(row.line, questionColumn);
  });
  const withIds = idColumn === null ? 0 : candidates.filter((row) => isQuestionId(row.cells[idColumn] ?? '')).length;
  const idsRule = idColumn !== null && withIds * 2 >= candidates.length;
  const questionRows = candidates.filter((row) => isQuestionRow(row, fold(row.cells[questionColumn]!), idColumn, idsRule));
  if (questionRows.length === 0) return null;
  // At least half of the questions in English: a choice column's words default to Yes/No.
  const english = questionRows.filter((row) => isEnglish(row.cells[questionColumn]!)).length * 2 >= questionRows.length;
  const { choice, text } = findAnswerColumns(table, questionRows, idColumn, facts, english);
  const cellOf = (row: GridRow, column: AnswerColumn | null): AnswerCell | null => {
    if (!column) return null;
    // A cell under a merged range shows its master's value, which is not an answer of its own.
    if (facts.mergedAway(row.line, column.column)) return { column: column.column, value: '', writable: false };
    const value = (row.cells[column.column] ?? '').trim();
    return { column: column.column, value, writable: value === '' && facts.formula(row.line, column.column) === null };
  };
  const rows = questionRows.map(
    (row): QuestionRow => ({
      line: row.line,
      question: fold(row.cells[questionColumn]!),
      choice: cellOf(row, choice),
      text: cellOf(row, text),
    }),
  );
  const firstLine = rows[0]!.line;
  return {
    sheet: grid.sheet,
    questionColumn,
    choice,
    text,
    labelLine: header ? header.line : firstLine > 1 ? firstLine - 1 : null,
    hasHeaderRow: header !== null,
    width: Math.max(header?.cells.length ?? 0, ...questionRows.map((row) => row.cells.length)),
    rows,
    namedQuestionColumn: table.roles[questionColumn] === 'question',
  };
}

/**
 * The table: a header row that names an answer column (with the question column beside it), else
 * the knowledge loaders' layout detector, else a drop-down column of statuses without a header.
 */
function findTable(grid: Grid, facts: SheetFacts): Table | null {
  for (let index = 0; index < grid.rows.length; index++) {
    const row = grid.rows[index]!;
    const filled = row.cells.filter((cell) => cell.trim() !== '');
    if (filled.length < 2 || filled.some((cell) => cell.length > MAX_HEADER_CHARS || QUESTION_LIKE.test(cell))) continue;
    // One text over the whole row: a title merged across the table, not a header.
    if (new Set(filled.map(fold)).size === 1) continue;
    const { roles, labels } = withSubHeader(row.cells, grid.rows[index + 1]);
    const labelled = (column: number) => (row.cells[column] ?? '').trim() !== '' && roles[column] !== 'other';
    const firstAnswer = roles.findIndex(
      (role, column) => isAnswerRole(role) || (labelled(column) && listHasStatuses(facts.lists.get(column))),
    );
    if (firstAnswer < 0) continue;
    const below = grid.rows.slice(index + 1, index + 1 + SAMPLE_ROWS);
    const questionColumn = pickQuestionColumn(roles, below, firstAnswer);
    if (questionColumn !== null) return { headerIndex: index, roles, labels, questionColumn, statusColumn: null };
  }
  const layout = detectTableLayout(grid);
  const layoutQuestion = layout?.roles.indexOf('question') ?? -1;
  if (layout && layoutQuestion >= 0) {
    const header = layout.headerIndex === null ? null : grid.rows[layout.headerIndex]!;
    const roles = layout.roles.map((_, column) => (header ? headerRole(header.cells[column] ?? '') : null));
    const status = layout.roles.indexOf('status');
    return {
      headerIndex: layout.headerIndex,
      roles,
      labels: header?.cells ?? [],
      questionColumn: layoutQuestion,
      statusColumn: status >= 0 && status !== layoutQuestion ? status : null,
    };
  }
  for (const [column, list] of facts.lists) {
    if (!listHasStatuses(list)) continue;
    const covered = grid.rows.filter((row) => row.line >= list.top && row.line <= list.bottom);
    const roles: Array<HeaderRole | null> = [];
    roles[column] = 'choice';
    const questionColumn = pickQuestionColumn(roles, covered, column);
    if (questionColumn !== null) return { headerIndex: null, roles, labels: [], questionColumn, statusColumn: null };
  }
  return null;
}

/**
 * A header whose answer column is split under one merged label (`回答欄` over `選択 | 詳細`):
 * the row below names the parts. It is a sub-header when the header has a generic answer label,
 * and the row below names an answer column and holds no sentence.
 */
function withSubHeader(cells: readonly string[], next: GridRow | undefined): { roles: Array<HeaderRole | null>; labels: string[] } {
  const roles = cells.map((cell) => headerRole(cell));
  const labels = cells.map((cell) => cell.trim());
  if (!next || !roles.includes('answer')) return { roles, labels };
  const filled = next.cells.filter((cell) => cell.trim() !== '');
  const subRoles = next.cells.map((cell) => headerRole(cell));
  if (
    filled.length === 0 ||
    filled.some((cell) => cell.length > MAX_HEADER_CHARS || QUESTION_LIKE.test(cell)) ||
    !subRoles.some(isAnswerRole)
  )
    return { roles, labels };
  subRoles.forEach((role, column) => {
    if (!role || (roles[column] && roles[column] !== 'answer')) return;
    roles[column] = role;
    labels[column] = next.cells[column]!.trim();
  });
  return { roles, labels };
}

function listHasStatuses(list: ListColumn | undefined): boolean {
  return list?.values ? vocabularyOfList(list.values) !== null : false;
}

/**
 * The header's question column; failing one, the column with the longest text below it among the
 * unlabelled columns left of the first answer column (a section name such as `Documentation` heads
 * the questions of its section), then among any unlabelled columns.
 */
function pickQuestionColumn(
  roles: ReadonlyArray<HeaderRole | null | undefined>,
  below: readonly GridRow[],
  firstAnswer: number,
): number | null {
  const named = roles.flatMap((role, column) => (role === 'question' ? [column] : []));
  const unlabelled = (column: number) => !roles[column];
  const width = Math.max(roles.length, ...below.map((row) => row.cells.length));
  const all = Array.from({ length: width }, (_, column) => column);
  for (const candidates of [named, all.filter((c) => c < firstAnswer && unlabelled(c)), all.filter(unlabelled)]) {
    const best = longestText(candidates, below);
    if (best !== null) return best;
  }
  return null;
}

/** The column whose filled cells are longest on average (at least 8 characters), or null. */
function longestText(columns: readonly number[], rows: readonly GridRow[]): number | null {
  let best: number | null = null;
  let bestAverage = 7.99;
  for (const column of columns) {
    const texts = rows.map((row) => (row.cells[column] ?? '').trim()).filter((text) => text && !isQuestionId(text));
    if (texts.length === 0) continue;
    const average = texts.reduce((sum, text) => sum + text.length, 0) / texts.length;
    if (average > bestAverage) [best, bestAverage] = [column, average];
  }
  return best;
}

function findIdColumn(table: Table, body: readonly GridRow[]): number | null {
  const named = table.roles.indexOf('id');
  if (named >= 0 && named !== table.questionColumn) return named;
  const sample = body.slice(0, SAMPLE_ROWS);
  for (let column = 0; column < table.questionColumn; column++) {
    const filled = sample.map((row) => (row.cells[column] ?? '').trim()).filter(Boolean);
    if (filled.length >= 2 && filled.filter(isQuestionId).length * 5 >= filled.length * 3) return column;
  }
  return null;
}

/**
 * The choice and free-text columns. A drop-down list of statuses makes a choice column whatever
 * its header says; a generic answer header (回答, Response, Vendor Answers) is the choice when the
 * sheet has a separate free-text column, and the free text when it has not.
 */
function findAnswerColumns(
  table: Table,
  rows: readonly GridRow[],
  idColumn: number | null,
  facts: SheetFacts,
  english: boolean,
): { choice: AnswerColumn | null; text: AnswerColumn | null } {
  const taken = (column: number) => column === table.questionColumn || column === idColumn;
  const headerOf = (column: number) => table.labels[column] ?? '';
  const valuesOf = (column: number) => rows.map((row) => (row.cells[column] ?? '').trim()).filter(Boolean);
  const usable = (column: number) => !taken(column) && !allFormulas(column, rows, facts);
  const width = Math.max(table.roles.length, ...[...facts.lists.keys()].map((c) => c + 1));
  // Answers are beside their questions, to the right; columns to the left only when none are.
  const right = Array.from({ length: width }, (_, column) => column).filter((column) => column > table.questionColumn);
  const left = Array.from({ length: table.questionColumn }, (_, column) => column);
  const columns = [...right, ...left].filter(usable);
  const role = (column: number) => table.roles[column] ?? null;

  const listed = columns.find(
    (column) =>
      role(column) !== 'other' &&
      role(column) !== 'text' &&
      coversRows(facts.lists.get(column), rows) &&
      listHasStatuses(facts.lists.get(column)),
  );
  const named = columns.find((column) => role(column) === 'choice');
  // Found by content: ○/× already written. Digits read as marks too (OCR'd `0`), but a column of
  // counts is not an answer column.
  const marks = (column: number) => valuesOf(column).filter((v) => parseStatus(v) !== null && !/^\d+$/.test(v)).length;
  const statusColumn = table.statusColumn;
  const status =
    statusColumn !== null &&
    usable(statusColumn) &&
    role(statusColumn) !== 'other' &&
    marks(statusColumn) * 5 >= valuesOf(statusColumn).length * 3
      ? statusColumn
      : undefined;
  const generic = columns.filter((column) => role(column) === 'answer');
  let textColumn = columns.find((column) => role(column) === 'text' && column !== listed);
  let choiceColumn = listed ?? named ?? status;
  // Two answer columns under one label: the choice comes first, its explanation after it.
  if (choiceColumn === undefined && textColumn === undefined && generic.length >= 2) [choiceColumn, textColumn] = [generic[0], generic[1]];
  for (const column of generic) {
    if (column === choiceColumn) continue;
    const statuses = valuesOf(column).length > 0 && valuesOf(column).every((value) => parseStatus(value) !== null);
    if (choiceColumn === undefined && (textColumn !== undefined || statuses)) choiceColumn = column;
    else if (textColumn === undefined && !statuses) textColumn = column;
  }
  const choice =
    choiceColumn === undefined
      ? null
      : choiceAnswer(choiceColumn, headerOf(choiceColumn), facts.lists.get(choiceColumn), valuesOf(choiceColumn), english);
  const text =
    textColumn === undefined || textColumn === choiceColumn
      ? null
      : { column: textColumn, header: headerOf(textColumn), vocabulary: null, fromList: false };
  return { choice, text };
}

function choiceAnswer(
  column: number,
  header: string,
  list: ListColumn | undefined,
  values: readonly string[],
  english: boolean,
): AnswerColumn {
  const fromList = list?.values ? vocabularyOfList(list.values) : null;
  if (fromList) return { column, header, vocabulary: fromList, fromList: true };
  return { column, header, vocabulary: vocabularyOf(header, values, english), fromList: false };
}

function coversRows(list: ListColumn | undefined, rows: readonly GridRow[]): boolean {
  return list !== undefined && rows.some((row) => row.line >= list.top && row.line <= list.bottom);
}

/** A column the sheet computes (guidance, a copy of another sheet's answers) is nobody's to fill. */
function allFormulas(column: number, rows: readonly GridRow[], facts: SheetFacts): boolean {
  return rows.length > 0 && rows.every((row) => facts.formula(row.line, column) !== null);
}

/**
 * A section header repeated inside the table (`Access Control | Vendor Answers | Additional
 * Information`): its cells repeat the header's, or name answer columns themselves.
 */
function isHeaderRepeat(row: GridRow, header: GridRow | null): boolean {
  const same = header ? row.cells.filter((cell, i) => cell.trim() !== '' && fold(cell) === fold(header.cells[i] ?? '')).length : 0;
  if (same >= 2) return true;
  const filled = row.cells.filter((cell) => cell.trim() !== '');
  if (filled.length < 2 || filled.some((cell) => cell.length > MAX_HEADER_CHARS || QUESTION_LIKE.test(cell))) return false;
  // `はい` names a vocabulary too, but in a row it is the customer's answer.
  const roles = filled.filter((cell) => parseStatus(cell) === null).map((cell) => headerRole(cell));
  return roles.some(isAnswerRole) && roles.filter(Boolean).length >= 2;
}

/**
 * A row with a question cell is a question unless it looks like something else: text merged
 * across the row (a heading or a note), a `※` note, or a short label alone on its row (a section
 * heading). On a sheet whose questions carry ids, a row without one must read as a question.
 */
function isQuestionRow(row: GridRow, question: string, idColumn: number | null, idsRule: boolean): boolean {
  if (idColumn !== null && isQuestionId(row.cells[idColumn] ?? '')) return true;
  const filled = row.cells.map(fold).filter(Boolean);
  const distinct = new Set(filled);
  if (filled.length > 1 && distinct.size === 1) return false;
  if (NOTE.test(question)) return false;
  const sentence = QUESTION_LIKE.test(question) || question.length > HEADING_MAX_CHARS;
  return idsRule ? sentence : sentence || distinct.size > 1;
}

function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
