/**
 * Fills a whole customer questionnaire: every question row gets kotae's best answer, its citation,
 * its confidence and two more candidates, and rows without a confident answer are marked 要確認.
 * Where the sheet has its own answer cells, confident answers go there too.
 */
import { KnowledgeFileError } from '../knowledge/errors.js';
import type { AskResult } from '../core/types.js';
import { parseStatus } from '../knowledge/cells.js';
import { MAX_FILE_BYTES } from '../knowledge/loader.js';
import { checkWorkbookBudget, WorkbookBudgetError } from '../knowledge/readers/xlsx-budget.js';
import { readDelimitedQuestionnaire } from './delimited.js';
import { draftOf, type Draft } from './draft.js';
import { FillError } from './errors.js';
import { baseName, filledFileName, questionnaireFormat } from './format.js';
import { isEnglish } from './language.js';
import type { AnswerColumn, QuestionRow, SheetPlan } from './plan.js';
import type { Questionnaire, RowFill, SheetFill } from './questionnaire.js';
import { filledNote, LANGUAGE_NOTE, notFilledNote } from './report.js';
import { statusWord } from './status-vocabulary.js';
import type { AnswerFunction, FilledRow, FillOptions, FillResult, FillSummary, SheetSummary, WrittenCell } from './types.js';
import { cellAddress, columnLetters } from './xlsx/xml.js';

/** Beyond this a file is a data dump, not a questionnaire someone will review row by row. */
export const MAX_QUESTION_ROWS = 10_000;

/** Rows answered between yields to the event loop, so that a server stays responsive while filling. */
const ROWS_PER_SLICE = 32;

/**
 * Fills a questionnaire (.xlsx, .xlsm, .csv or .tsv) and returns the filled copy. Pure: reads
 * nothing from and writes nothing to the file system.
 *
 * Only questionnaire sheets are filled; the summary says what every other sheet is and why it was
 * left alone. On a questionnaire sheet, confident answers go into the customer's own empty answer
 * cells (the choice in the drop-down list's or column's own words, the text into the free-text
 * column), and four columns are added after the table's last column: `kotae回答`, `kotae出典`,
 * `kotae信頼度`, `kotae候補` (on a protected sheet, into a separate `kotae` sheet). Rows without a
 * confident answer say `要確認` there (highlighted in .xlsx) and get nothing in the customer's cells.
 * A workbook is patched, not re-written: only the filled sheets' XML (and `styles.xml` for kotae's
 * cell styles) change. A .csv/.tsv is written back in its own encoding, BOM and line endings.
 *
 * @param bytes - The whole file.
 * @param fileName - Its name (a path is fine); the extension decides the format.
 * @param answer - Answers one question, e.g. `(q) => answerQuestion(snapshot, q, { top: 3 })`.
 * @param options - Row limit, progress callback, abort signal.
 * @throws {@link FillError} before any answering when the file is not a supported spreadsheet,
 *   cannot be read (damaged, password-protected, unknown encoding), has no question column, or
 *   has more question rows than the limit.
 */
export async function fillQuestionnaire(
  bytes: Uint8Array,
  fileName: string,
  answer: AnswerFunction,
  options: FillOptions = {},
): Promise<FillResult> {
  const questionnaire = await openQuestionnaire(bytes, fileName, options);
  return questionnaire.fill(answer, options);
}

/** A questionnaire read and checked, not yet answered. */
export interface OpenedQuestionnaire {
  /** The file's base name. */
  readonly fileName: string;
  /** Question rows that will be answered (all sheets). */
  readonly questionCount: number;
  /** Answers every question row and writes the filled copy (from the original file each time). */
  fill(answer: AnswerFunction, options?: Pick<FillOptions, 'onProgress' | 'signal'>): Promise<FillResult>;
}

/**
 * The first half of {@link fillQuestionnaire}: reads and checks the file without answering, so
 * that a caller can refuse bad input (and say how many questions there are) before loading
 * knowledge or telling anyone to wait.
 *
 * @throws {@link FillError} as {@link fillQuestionnaire} does.
 */
export async function openQuestionnaire(
  bytes: Uint8Array,
  fileName: string,
  options: Pick<FillOptions, 'maxRows' | 'signal'> = {},
): Promise<OpenedQuestionnaire> {
  const name = baseName(fileName);
  const format = questionnaireFormat(name);
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new FillError(
      'too-large',
      name,
      `too large (${(bytes.byteLength / 1048576).toFixed(1)} MB, limit ${MAX_FILE_BYTES / 1048576} MB): split it into smaller files.`,
    );
  }
  if (format === 'xlsx' || format === 'xlsm') await checkBudget(bytes, name);
  options.signal?.throwIfAborted();
  const questionnaire =
    format === 'xlsx' || format === 'xlsm'
      ? // Loaded only for workbooks, so that CSV filling and start-up stay light.
        await (await import('./xlsx.js')).readXlsxQuestionnaire(bytes, name)
      : readDelimitedQuestionnaire(bytes, name, format);
  const questionCount = checkRows(questionnaire, name, options.maxRows ?? MAX_QUESTION_ROWS);
  return {
    fileName: name,
    questionCount,
    fill: (answer, fillOptions = {}) => answerAll(questionnaire, name, questionCount, answer, fillOptions),
  };
}

/**
 * The same workbook budget as for knowledge files, before anything is inflated for reading: a
 * merge, dimension or zip bomb is refused in a moment with what is over which limit. A file that
 * is no workbook at all is left to the reader, which says what it is (an .xls, a renamed CSV).
 */
async function checkBudget(bytes: Uint8Array, name: string): Promise<void> {
  try {
    await checkWorkbookBudget(bytes, name);
  } catch (error) {
    if (error instanceof WorkbookBudgetError) throw new FillError('over-budget', name, `${error.message} / ${error.japanese}`);
    if (!(error instanceof KnowledgeFileError)) throw error;
  }
}

async function answerAll(
  questionnaire: Questionnaire,
  name: string,
  total: number,
  answer: AnswerFunction,
  options: Pick<FillOptions, 'onProgress' | 'signal'>,
): Promise<FillResult> {
  options.signal?.throwIfAborted();
  const fills: SheetFill[] = [];
  const filled: FilledRow[] = [];
  options.onProgress?.(0, total);
  for (const { plan } of questionnaire.sheets) {
    if (!plan) continue;
    const rows: RowFill[] = [];
    for (const row of plan.rows) {
      if (filled.length % ROWS_PER_SLICE === 0 && filled.length > 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
      }
      const result = answer(row.question);
      const fill = rowFill(plan, row, draftOf(result, isEnglish(row.question)));
      rows.push(fill);
      filled.push(filledRow(plan, fill, result));
      options.onProgress?.(filled.length, total);
    }
    fills.push({ plan, rows });
  }
  options.signal?.throwIfAborted();
  const written = await questionnaire.write(fills);
  return {
    bytes: written.bytes,
    fileName: filledFileName(name),
    summary: summarize(questionnaire, fills, filled, written.kotaeColumns),
    rows: filled,
  };
}

/**
 * What goes into the customer's own cells: only for a confident answer, only into empty cells,
 * the choice in the column's own words. Where the customer has already chosen, the free text is
 * written only when kotae's item states the same choice: an explanation must not contradict it.
 */
function rowFill(plan: SheetPlan, row: QuestionRow, draft: Draft): RowFill {
  if (draft.toCheck || !draft.best) return { row, draft, choice: null, text: null };
  const vocabulary = plan.choice?.vocabulary ?? null;
  const choice = row.choice?.writable && vocabulary ? statusWord(vocabulary, draft.best.status) : null;
  const chosen = row.choice?.value ?? '';
  const agrees = chosen === '' || parseStatus(chosen) === draft.best.status;
  const text = row.text?.writable && agrees ? draft.answer : null;
  return { row, draft, choice, text };
}

function filledRow(plan: SheetPlan, { row, draft, choice, text }: RowFill, result: AskResult): FilledRow {
  const cells: WrittenCell[] = [];
  const header = (column: AnswerColumn | null) => (column?.header ? { header: column.header } : {});
  if (choice !== null)
    cells.push({ address: cellAddress(row.line, row.choice!.column + 1), role: 'choice', value: choice, ...header(plan.choice) });
  if (text !== null) cells.push({ address: cellAddress(row.line, row.text!.column + 1), role: 'text', value: text, ...header(plan.text) });
  cells.sort((a, b) => a.address.length - b.address.length || a.address.localeCompare(b.address));
  return {
    sheet: plan.sheet,
    line: row.line,
    question: row.question,
    toCheck: draft.toCheck,
    answer: draft.answer,
    citation: draft.citation,
    confidence: draft.confidence,
    candidates: draft.candidates,
    status: choice,
    cells,
    japaneseForEnglish: draft.japaneseForEnglish,
    result,
  };
}

function checkRows(questionnaire: Questionnaire, name: string, maxRows: number): number {
  const total = questionnaire.sheets.reduce((sum, sheet) => sum + (sheet.plan?.rows.length ?? 0), 0);
  if (total === 0) {
    throw new FillError(
      'no-questions',
      name,
      'no question column found. kotae looks for a header row naming the questions (質問, 確認事項, 設問, ' +
        'Question, ...) or a column of numbered questions: add such a header above the questions and try again.',
    );
  }
  if (total > maxRows) {
    throw new FillError(
      'too-many-rows',
      name,
      `${total} question rows, more than the ${maxRows} kotae fills at once: split the file and fill the parts.`,
    );
  }
  return total;
}

function summarize(
  questionnaire: Questionnaire,
  fills: readonly SheetFill[],
  rows: readonly FilledRow[],
  kotaeColumns: ReadonlyMap<string | null, string>,
): FillSummary {
  const fillOf = new Map(fills.map((fill) => [fill.plan.sheet, fill]));
  const sheets = questionnaire.sheets.map((analysis): SheetSummary => {
    const fill = analysis.plan ? fillOf.get(analysis.sheet) : undefined;
    if (!fill) {
      const kind = analysis.kind === 'questionnaire' ? 'no-questions' : analysis.kind;
      return {
        sheet: analysis.sheet,
        kind,
        note: notFilledNote(kind, analysis.copyOf),
        rows: 0,
        answered: 0,
        toCheck: 0,
        cellsWritten: 0,
        kept: 0,
        kotaeColumns: null,
      };
    }
    const { plan } = fill;
    const toCheck = fill.rows.filter((r) => r.draft.toCheck).length;
    const cellsWritten = fill.rows.reduce((sum, r) => sum + (r.choice !== null ? 1 : 0) + (r.text !== null ? 1 : 0), 0);
    const kept = fill.rows.reduce((sum, r) => sum + (r.row.choice?.value ? 1 : 0) + (r.row.text?.value ? 1 : 0), 0);
    const where = kotaeColumns.get(plan.sheet) ?? '';
    const labels = [plan.choice, plan.text].flatMap((column) =>
      column ? [{ letters: columnLetters(column.column + 1), header: column.header }] : [],
    );
    return {
      sheet: analysis.sheet,
      kind: 'questionnaire',
      note: filledNote(fill.rows.length, labels, where),
      rows: fill.rows.length,
      answered: fill.rows.length - toCheck,
      toCheck,
      cellsWritten,
      kept,
      kotaeColumns: where || null,
    };
  });
  const toCheck = rows.filter((r) => r.toCheck).length;
  const japaneseForEnglish = rows.filter((r) => r.japaneseForEnglish).length;
  return {
    rows: rows.length,
    answered: rows.length - toCheck,
    toCheck,
    statusProposed: rows.filter((r) => r.status !== null).length,
    cellsWritten: rows.reduce((sum, r) => sum + r.cells.length, 0),
    sheets,
    japaneseForEnglish,
    languageNote: japaneseForEnglish > 0 ? LANGUAGE_NOTE : null,
  };
}
