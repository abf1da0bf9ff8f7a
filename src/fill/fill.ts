/**
 * Fills a whole customer questionnaire: every question row gets kotae's best answer, its citation,
 * its confidence and two more candidates, and rows without a confident answer are marked 要確認.
 */
import { KnowledgeFileError } from '../knowledge/errors.js';
import { MAX_FILE_BYTES } from '../knowledge/loader.js';
import { checkWorkbookBudget, WorkbookBudgetError } from '../knowledge/readers/xlsx-budget.js';
import { readDelimitedQuestionnaire } from './delimited.js';
import { draftOf } from './draft.js';
import { FillError } from './errors.js';
import { baseName, filledFileName, questionnaireFormat } from './format.js';
import type { Questionnaire, RowFill, SheetFill } from './questionnaire.js';
import { statusWord } from './status-vocabulary.js';
import type { AnswerFunction, FilledRow, FillOptions, FillResult, SheetSummary } from './types.js';

/** Beyond this a file is a data dump, not a questionnaire someone will review row by row. */
export const MAX_QUESTION_ROWS = 10_000;

/** Rows answered between yields to the event loop, so that a server stays responsive while filling. */
const ROWS_PER_SLICE = 32;

/**
 * Fills a questionnaire (.xlsx, .csv or .tsv) and returns the filled copy. Pure: reads nothing
 * from and writes nothing to the file system.
 *
 * The customer's file is kept as it is, with four columns added to each question sheet after its
 * last used column: `kotae回答`, `kotae出典`, `kotae信頼度`, `kotae候補`. Rows without a confident
 * answer say `要確認` (highlighted in .xlsx). Where the table has a status column (○/×, はい/いいえ,
 * ...) and a row's status cell is empty, the matched item's status is proposed in that column's
 * vocabulary. A .csv/.tsv is written back in its own encoding, BOM and line endings.
 *
 * @param bytes - The whole file.
 * @param fileName - Its name (a path is fine); the extension decides the format.
 * @param answer - Answers one question, e.g. `(q) => answerQuestion(snapshot, q, { top: 3 })`.
 * @param options - Row limit, progress callback, abort signal.
 * @throws {@link FillError} before any answering when the file is not a supported spreadsheet,
 *   cannot be read (damaged, password-protected, unknown encoding), has no question column, or
 *   has more question rows than the limit.
 */
export async function fillQuestionnaire(bytes: Uint8Array, fileName: string, answer: AnswerFunction, options: FillOptions = {}): Promise<FillResult> {
  const questionnaire = await openQuestionnaire(bytes, fileName, options);
  return questionnaire.fill(answer, options);
}

/** A questionnaire read and checked, not yet answered. */
export interface OpenedQuestionnaire {
  /** The file's base name. */
  readonly fileName: string;
  /** Question rows that will be answered (all sheets). */
  readonly questionCount: number;
  /** Answers every question row and writes the filled copy. Call it once. */
  fill(answer: AnswerFunction, options?: Pick<FillOptions, 'onProgress' | 'signal'>): Promise<FillResult>;
}

/**
 * The first half of {@link fillQuestionnaire}: reads and checks the file without answering, so
 * that a caller can refuse bad input (and say how many questions there are) before loading
 * knowledge or telling anyone to wait.
 *
 * @throws {@link FillError} as {@link fillQuestionnaire} does.
 */
export async function openQuestionnaire(bytes: Uint8Array, fileName: string, options: Pick<FillOptions, 'maxRows' | 'signal'> = {}): Promise<OpenedQuestionnaire> {
  const name = baseName(fileName);
  const format = questionnaireFormat(name);
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new FillError('too-large', name, `too large (${(bytes.byteLength / 1048576).toFixed(1)} MB, limit ${MAX_FILE_BYTES / 1048576} MB): split it into smaller files.`);
  }
  if (format === 'xlsx') await checkBudget(bytes, name);
  options.signal?.throwIfAborted();
  const questionnaire = format === 'xlsx'
    // exceljs is large: loaded only for workbooks, so that CSV filling and start-up stay light.
    ? await (await import('./xlsx.js')).readXlsxQuestionnaire(bytes, name)
    : readDelimitedQuestionnaire(bytes, name, format);
  const questionCount = checkRows(questionnaire, name, options.maxRows ?? MAX_QUESTION_ROWS);
  let used = false;
  return {
    fileName: name,
    questionCount,
    fill: async (answer, fillOptions = {}) => {
      // The workbook is edited in place: a second fill would stack columns on the first.
      if (used) throw new Error(`${name} has already been filled: open it again to fill it again.`);
      used = true;
      return answerAll(questionnaire, name, questionCount, answer, fillOptions);
    },
  };
}

/**
 * Before exceljs expands the workbook: a merge or zip bomb is refused in a moment. A file that is
 * no workbook at all is left to the reader, which says what it is (an .xls, a renamed CSV).
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
  for (const plan of questionnaire.plans) {
    const rows: RowFill[] = [];
    for (const row of plan.rows) {
      if (filled.length % ROWS_PER_SLICE === 0 && filled.length > 0) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        options.signal?.throwIfAborted();
      }
      const result = answer(row.question);
      const draft = draftOf(result);
      const proposed = plan.vocabulary && !row.status && draft.best ? statusWord(plan.vocabulary, draft.best.status) : null;
      rows.push({ row, draft, status: proposed });
      filled.push({
        sheet: plan.sheet,
        line: row.line,
        question: row.question,
        toCheck: draft.toCheck,
        answer: draft.answer,
        citation: draft.citation,
        confidence: draft.confidence,
        candidates: draft.candidates,
        status: proposed,
        result,
      });
      options.onProgress?.(filled.length, total);
    }
    fills.push({ plan, rows });
  }
  options.signal?.throwIfAborted();
  const output = await questionnaire.write(fills);
  return { bytes: output, fileName: filledFileName(name), summary: summarize(fills, filled), rows: filled };
}

function checkRows(questionnaire: Questionnaire, name: string, maxRows: number): number {
  const total = questionnaire.plans.reduce((sum, plan) => sum + plan.rows.length, 0);
  if (total === 0) {
    throw new FillError(
      'no-questions',
      name,
      'no question column found. kotae looks for a header row naming the questions (質問, 確認事項, 設問, ' +
        'Question, ...) or a column of numbered questions: add such a header above the questions and try again.',
    );
  }
  if (total > maxRows) {
    throw new FillError('too-many-rows', name, `${total} question rows, more than the ${maxRows} kotae fills at once: split the file and fill the parts.`);
  }
  return total;
}

function summarize(fills: readonly SheetFill[], rows: readonly FilledRow[]): FillResult['summary'] {
  const sheets: SheetSummary[] = fills.map(({ plan, rows: sheetRows }) => {
    const toCheck = sheetRows.filter((r) => r.draft.toCheck).length;
    return { sheet: plan.sheet, rows: sheetRows.length, answered: sheetRows.length - toCheck, toCheck };
  });
  const toCheck = rows.filter((r) => r.toCheck).length;
  return {
    rows: rows.length,
    answered: rows.length - toCheck,
    toCheck,
    statusProposed: rows.filter((r) => r.status !== null).length,
    sheets,
  };
}
