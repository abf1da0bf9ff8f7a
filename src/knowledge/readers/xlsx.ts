/**
 * Reads .xlsx checksheets into one grid per worksheet, keeping cells in their columns so that the
 * structure detector can line rows up with the header.
 */
import ExcelJS from 'exceljs';
import type { CellHyperlinkValue, CellValue, Worksheet } from 'exceljs';
import { KnowledgeFileError } from '../errors.js';
import { gridOf, RowBudget } from '../limits.js';
import type { Grid, GridRow } from '../types.js';
import { checkWorkbookBudget, WORKBOOK_LIMITS } from './xlsx-budget.js';

/** Far beyond any checksheet: a longer sheet is a data dump, not prepared answers. */
const MAX_ROWS = 100_000;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: what .xls and password-protected (encrypted) .xlsx files both are. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads every worksheet that has at least one non-empty cell, hidden ones included.
 *
 * `line` is the row number in the sheet and `cells[i]` is column i+1, so an empty column A stays
 * an empty first cell. Every cell of a merged range carries the merged value. Cells are trimmed
 * with line breaks kept as `\n`, trailing empty cells are dropped and empty rows skipped.
 *
 * Cell text: numbers as Excel shows them in General format (`6.3`, `12`), booleans as
 * `TRUE`/`FALSE`, dates as `YYYY-MM-DD` (with `HH:MM` when there is a time), rich text joined,
 * formulas as their cached result, errors as `''`, and hyperlinks as their text followed by
 * ` (url)` when the URL is not already the text. Rows are cut to the reader limits
 * (`MAX_COLUMNS`, `MAX_CELL_CHARS`), and each grid's warnings say where.
 *
 * The workbook is checked against {@link WORKBOOK_LIMITS} before exceljs expands anything.
 *
 * @param bytes - The whole .xlsx file.
 * @param file - Name used in errors.
 * @throws {@link KnowledgeFileError} when the file is not a readable .xlsx (an .xls, an encrypted
 *   workbook, a renamed text file) or a sheet has more than 100 000 rows; its subclass
 *   `WorkbookBudgetError` when the workbook is over a budget.
 */
export async function readXlsx(bytes: Uint8Array, file: string): Promise<Grid[]> {
  const workbook = await loadWorkbook(bytes, file);
  const grids: Grid[] = [];
  for (const sheet of workbook.worksheets) {
    const rowCount = sheet.actualRowCount;
    if (rowCount > MAX_ROWS) {
      throw new KnowledgeFileError(
        file,
        `sheet "${sheet.name}" has ${rowCount} rows, more than the ${MAX_ROWS} that can be read. ` +
          'Split it into smaller sheets or delete the rows that are not checksheet items.',
      );
    }
    const budget = new RowBudget();
    const rows = readRows(sheet, budget);
    if (rows.length > 0) grids.push(gridOf(sheet.name, rows, budget.warnings(`sheet "${sheet.name}": `)));
  }
  return grids;
}

async function loadWorkbook(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, OLE_SIGNATURE)) throw new KnowledgeFileError(file, describeOleFile(bytes));
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new KnowledgeFileError(
      file,
      'not an .xlsx workbook: the file is not a zip archive (is it a text or CSV file with an ' +
        '.xlsx name?). Give it its real extension, or open it in Excel and save it as .xlsx.',
    );
  }
  // Data validations (drop-down lists) say nothing a checksheet answers, and exceljs would create
  // an entry for every cell they cover: they are skipped, so they need no budget here.
  await checkWorkbookBudget(bytes, file, { ...WORKBOOK_LIMITS, maxValidationCells: Infinity });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; a copy gives one holding exactly these bytes.
    await workbook.xlsx.load(bytes.slice().buffer, { ignoreNodes: ['dataValidations'] });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KnowledgeFileError(file, `not a readable .xlsx workbook (${reason}). Open it in Excel and save it again as .xlsx.`);
  }
  // Other zip-based formats (.docx, .ods) load without error but yield no worksheets.
  if (workbook.worksheets.length === 0) {
    throw new KnowledgeFileError(
      file,
      'no worksheets: the file is not an Excel workbook, or it holds only charts. ' + 'Save the checksheet as .xlsx.',
    );
  }
  return workbook;
}

/** Tells an encrypted .xlsx from an .xls by the stream names in the compound file's directory. */
function describeOleFile(bytes: Uint8Array): string {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const hasStream = (name: string): boolean => buffer.includes(Buffer.from(name, 'utf16le'));
  const passwordAdvice = "password-protected workbooks can't be read: save a copy without a password";
  const xlsAdvice = '.xls (Excel 97-2003) is not supported: save as .xlsx';
  if (hasStream('EncryptedPackage')) return `${passwordAdvice}.`;
  if (hasStream('Workbook') || hasStream('Book')) return `${xlsAdvice}.`;
  return `not an .xlsx workbook: the file is an older Office format. ${xlsAdvice}; ${passwordAdvice}.`;
}

function readRows(sheet: Worksheet, budget: RowBudget): GridRow[] {
  const rows: GridRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const cells: string[] = [];
    // Merged cells are included here and their `value` is the master cell's value.
    row.eachCell((cell, column) => {
      cells[column - 1] = normalise(cellText(cell.value));
    });
    const dense = Array.from(cells, (text) => text ?? '');
    let end = dense.length;
    while (end > 0 && dense[end - 1] === '') end--;
    if (end > 0) rows.push({ line: rowNumber, cells: budget.cut(dense.slice(0, end), rowNumber) });
  });
  return rows;
}

function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return formatDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return hyperlinkText(value);
  if ('error' in value) return '';
  return cellText(value.result);
}

/** Excel shows at most 15 significant digits, which hides binary noise such as 0.1+0.2. */
function formatNumber(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** exceljs builds dates in UTC from the cell's serial number, so UTC fields are the written ones. */
function formatDate(date: Date): string {
  // Excel shows ##### for serials outside the Date range; there is nothing to quote either.
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  const day = iso.slice(0, 10);
  const seconds = iso.slice(11, 19);
  if (seconds === '00:00:00') return day;
  const time = seconds.endsWith(':00') ? seconds.slice(0, 5) : seconds;
  // Serial 0 is 1899-12-30: a time-only cell.
  return day === '1899-12-30' ? time : `${day} ${time}`;
}

function hyperlinkText(value: CellHyperlinkValue): string {
  // Typed as a string, but exceljs puts the cell's own value here: rich text, a number, or a
  // formula's result (undefined when none was cached).
  const text = cellText(value.text as CellValue);
  const url = value.hyperlink ?? '';
  // Links inside the workbook (Sheet2!A1) have no scheme; they are navigation, not content.
  if (!/^[a-z][a-z\d+.-]*:/i.test(url)) return text;
  if (text === '') return url;
  if (text === url || text === url.replace(/^mailto:/i, '')) return text;
  return `${text} (${url})`;
}

/**
 * XML parsing turns raw CRs into LFs, so Excel stores a carriage return as the escape `_x000D_`;
 * exceljs decodes it back, leaving CRLF pairs to unify.
 */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
