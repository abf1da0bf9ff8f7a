/**
 * .xlsx questionnaires, edited in place with exceljs: kotae adds cells to the right of each
 * question sheet's used range and writes proposals into empty status cells; other cells, styles,
 * merged ranges, column widths and sheets are loaded and written back as they were.
 */
import ExcelJS from 'exceljs';
import type { Cell, Fill, Style, Worksheet } from 'exceljs';
import { KnowledgeFileError } from '../knowledge/errors.js';
import { readXlsx } from '../knowledge/readers/xlsx.js';
import { KOTAE_HEADERS } from './draft.js';
import { FillError } from './errors.js';
import { planSheet, type SheetPlan } from './plan.js';
import type { Questionnaire, RowFill, SheetFill } from './questionnaire.js';

/** Light orange: stands out for review without hiding the text, in print too. */
export const TO_CHECK_FILL: Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFE0B2' } };

/** Widths (in characters) of kotae's four columns: answer, citation, confidence, candidates. */
const COLUMN_WIDTHS = [60, 36, 10, 50] as const;

/**
 * Reads a workbook and plans every visible sheet that has a question column. The grids come from
 * the knowledge loader's reader, so cells read the same here as in a knowledge folder.
 *
 * @throws {@link FillError} `unreadable` for files that are not .xlsx, encrypted or damaged.
 */
export async function readXlsxQuestionnaire(bytes: Uint8Array, fileName: string): Promise<Questionnaire> {
  let grids;
  try {
    grids = await readXlsx(bytes, fileName);
  } catch (error) {
    if (error instanceof KnowledgeFileError) throw new FillError('unreadable', fileName, error.message);
    throw error;
  }
  const workbook = new ExcelJS.Workbook();
  // readXlsx has just loaded these bytes, so this does not fail where it did not.
  await workbook.xlsx.load(bytes.slice().buffer);
  const plans: SheetPlan[] = [];
  for (const grid of grids) {
    const sheet = grid.sheet === null ? undefined : workbook.getWorksheet(grid.sheet);
    // Hidden sheets are templates and lookups: the customer does not expect answers there.
    if (!sheet || sheet.state !== 'visible') continue;
    const plan = planSheet(grid);
    if (!plan) continue;
    // A question merged over several rows is one question: answer it on its first row only.
    const rows = plan.rows.filter((row) => !isMergedAway(sheet.getRow(row.line).getCell(plan.questionColumn + 1)));
    if (rows.length > 0) plans.push({ ...plan, rows });
  }
  return {
    plans,
    write: async (fills) => {
      for (const fill of fills) writeSheet(workbook.getWorksheet(fill.plan.sheet ?? undefined)!, fill);
      return new Uint8Array(await workbook.xlsx.writeBuffer());
    },
  };
}

function writeSheet(sheet: Worksheet, { plan, rows }: SheetFill): void {
  const written = new Set(rows.map((fill) => fill.row.line));
  if (plan.labelLine !== null) written.add(plan.labelLine);
  const first = Math.max(plan.width, rightmostMergedColumn(sheet, written)) + 1;
  if (plan.labelLine !== null) writeLabels(sheet, plan, first);
  for (const fill of rows) writeRow(sheet, plan, first, fill);
  COLUMN_WIDTHS.forEach((width, i) => { sheet.getColumn(first + i).width = width; });
}

/** Labels styled like the customer's header (its rightmost cell), or bold where there is none. */
function writeLabels(sheet: Worksheet, plan: SheetPlan, first: number): void {
  const row = sheet.getRow(plan.labelLine!);
  // Declared with `as`: assigned in a callback, which narrowing would not see.
  let model = null as Partial<Style> | null;
  if (plan.layout.headerIndex !== null) {
    row.eachCell((cell) => {
      if (!isEmpty(cell)) model = cell.style;
    });
  }
  KOTAE_HEADERS.forEach((label, i) => {
    const cell = row.getCell(first + i);
    cell.value = label;
    // A deep copy: exceljs shares style objects between cells loaded with the same style.
    cell.style = model ? structuredClone(model) : { ...cell.style, font: { bold: true } };
  });
}

function writeRow(sheet: Worksheet, plan: SheetPlan, first: number, { row, draft, status }: RowFill): void {
  const sheetRow = sheet.getRow(row.line);
  const values: ReadonlyArray<string | number> = [draft.answer, draft.citation, draft.confidence, draft.candidates];
  values.forEach((value, i) => {
    const cell = sheetRow.getCell(first + i);
    cell.value = value;
    // A new style object: a loaded cell shares its style object with every cell of the same look
    // (the customer's pre-formatted empty columns with their table), and setting `fill` on it
    // would paint them all.
    cell.style = {
      ...cell.style,
      alignment: { vertical: 'top', wrapText: i !== 2 },
      ...(i === 2 ? { numFmt: '0.00' } : {}),
      ...(draft.toCheck ? { fill: TO_CHECK_FILL } : {}),
    };
  });
  if (status !== null && plan.statusColumn !== null) {
    const cell = sheetRow.getCell(plan.statusColumn + 1);
    if (isEmpty(cell) && !isMergedAway(cell)) cell.value = status;
  }
}

/** A cell inside a merged range other than its top-left one: it shows (and holds) nothing of its own. */
function isMergedAway(cell: Cell): boolean {
  return cell.isMerged && cell.master.address !== cell.address;
}

function isEmpty(cell: Cell): boolean {
  return cell.value === null || cell.value === undefined || (typeof cell.value === 'string' && cell.value.trim() === '');
}

/**
 * The right edge of merged ranges on the rows kotae writes to: a range can reach past the last
 * cell with a value (a heading merged over the whole width), and kotae must not write into it.
 */
function rightmostMergedColumn(sheet: Worksheet, lines: ReadonlySet<number>): number {
  let right = 0;
  for (const range of sheet.model.merges) {
    const match = /^[A-Z]+(\d+):([A-Z]+)(\d+)$/.exec(range);
    if (!match) continue;
    const [top, bottom] = [Number(match[1]), Number(match[3])];
    for (let line = top; line <= bottom; line++) {
      if (lines.has(line)) {
        right = Math.max(right, columnNumber(match[2]!));
        break;
      }
    }
  }
  return right;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
