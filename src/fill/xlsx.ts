/**
 * .xlsx and .xlsm questionnaires, read as the zip packages they are and patched in place: kotae
 * writes into the customer's empty answer cells and adds its own columns beside each questionnaire
 * table (or, on a protected sheet, a `kotae` sheet). Only the filled sheets' XML and `styles.xml`
 * (kotae's cell styles appended) change; every other part — drawings, charts, pivot tables,
 * conditional formats, data validations, macros — keeps its exact bytes.
 */
import { KnowledgeFileError } from '../knowledge/errors.js';
import type { Grid, GridRow } from '../knowledge/types.js';
import { classifySheets, type SheetInput, type WorkbookContext } from './classify.js';
import { KOTAE_HEADERS } from './draft.js';
import { FillError } from './errors.js';
import { NO_FACTS, type ListColumn, type SheetFacts, type SheetPlan } from './plan.js';
import type { Questionnaire, RowFill, SheetFill, WrittenQuestionnaire } from './questionnaire.js';
import { patchWorksheet, type CellWrite } from './xlsx/patch.js';
import { StyleBook, type KotaeStyle } from './xlsx/styles.js';
import { readWorkbookParts, type WorkbookParts } from './xlsx/workbook.js';
import { scanWorksheet, type ScannedSheet } from './xlsx/worksheet.js';
import { columnLetters, escapeCellText, escapeXml, MAX_COLUMN, parseRange, splitSheetReference, type CellRange } from './xlsx/xml.js';
import { openZipPackage, type ZipPackage } from './xlsx/zip-package.js';

/** Widths (in characters) of kotae's four columns: answer, citation, confidence, candidates. */
const COLUMN_WIDTHS = [60, 36, 10, 50] as const;

/** Columns of the grid the planner sees; questionnaires are far narrower. */
const MAX_GRID_COLUMNS = 256;
/** A merged range this small is spread over its cells for the planner, as Excel shows it; larger ones are not expanded. */
const MAX_SPREAD_CELLS = 1_000;
/** Values read from a range a drop-down list points at. */
const MAX_LIST_VALUES = 1_000;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

interface ReadSheet {
  readonly scanned: ScannedSheet | null;
  readonly mergedIndex: MergeIndex;
}

/**
 * Reads a workbook and classifies every sheet; questionnaires come with their plans.
 *
 * @throws {@link FillError} `unreadable` for files that are not .xlsx (an .xls, an encrypted
 *   workbook, a renamed text file) or are damaged; `too-large` past the reader's limits.
 */
export async function readXlsxQuestionnaire(bytes: Uint8Array, fileName: string): Promise<Questionnaire> {
  if (!ZIP_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw await notAWorkbook(bytes, fileName);
  const pkg = openZipPackage(bytes, fileName);
  const parts = readWorkbookParts(pkg, fileName);
  const budget = { cells: 0 };
  const read: ReadSheet[] = parts.sheets.map((sheet) => {
    if (!sheet.isWorksheet || !sheet.part) return { scanned: null, mergedIndex: new MergeIndex([]) };
    const scanned = scanWorksheet(pkg.text(sheet.part)!, {
      sheetName: sheet.name,
      fileName,
      sharedStrings: parts.sharedStrings,
      dateStyles: parts.dateStyles,
      budget,
    });
    return { scanned, mergedIndex: new MergeIndex(scanned.merges) };
  });
  const resolver = new ReferenceResolver(parts, read);
  const inputs: SheetInput[] = parts.sheets.map((sheet, index) => {
    const { scanned, mergedIndex } = read[index]!;
    return {
      grid: scanned ? gridOf(sheet.name, scanned) : { sheet: sheet.name, rows: [] },
      facts: scanned ? factsOf(scanned, mergedIndex, resolver.lists(index)) : NO_FACTS,
      hidden: sheet.state !== 'visible',
      chart: !sheet.isWorksheet,
    };
  });
  const sheets = classifySheets(inputs, resolver.context());
  return { sheets, write: async (fills) => writeWorkbook(pkg, parts, read, fills) };
}

/** The knowledge reader says best what a non-zip file is (an .xls, an encrypted workbook, text). */
async function notAWorkbook(bytes: Uint8Array, fileName: string): Promise<FillError> {
  const { readXlsx } = await import('../knowledge/readers/xlsx.js');
  try {
    await readXlsx(bytes, fileName);
  } catch (error) {
    if (error instanceof KnowledgeFileError) return new FillError('unreadable', fileName, error.message);
    throw error;
  }
  return new FillError('unreadable', fileName, 'not an .xlsx workbook. Open it in Excel and save it as .xlsx.');
}

/** Merged ranges by row, so that "is this cell merged away" does not scan every range. */
class MergeIndex {
  private readonly byRow = new Map<number, CellRange[]>();
  private readonly tall: CellRange[] = [];

  constructor(readonly ranges: readonly CellRange[]) {
    for (const range of ranges) {
      if (range.bottom - range.top >= 256) {
        this.tall.push(range);
        continue;
      }
      for (let row = range.top; row <= range.bottom; row++) this.byRow.set(row, [...(this.byRow.get(row) ?? []), range]);
    }
  }

  /** Ranges that include this row. */
  onRow(row: number): CellRange[] {
    return [...(this.byRow.get(row) ?? []), ...this.tall.filter((range) => range.top <= row && row <= range.bottom)];
  }

  /** True for a cell (1-based) inside a range other than its top-left cell. */
  mergedAway(row: number, column: number): boolean {
    return this.onRow(row).some((r) => r.left <= column && column <= r.right && (r.top !== row || r.left !== column));
  }
}

function gridOf(name: string, scanned: ScannedSheet): Grid {
  const rows = new Map<number, string[]>();
  for (const [line, cells] of scanned.rows) {
    const texts: string[] = [];
    for (const [column, cell] of cells) if (column <= MAX_GRID_COLUMNS && cell.text) texts[column - 1] = cell.text;
    rows.set(line, texts);
  }
  for (const range of scanned.merges) {
    const area = (range.bottom - range.top + 1) * (range.right - range.left + 1);
    const text = scanned.rows.get(range.top)?.get(range.left)?.text;
    if (!text || area > MAX_SPREAD_CELLS || range.right > MAX_GRID_COLUMNS) continue;
    for (let line = range.top; line <= range.bottom; line++) {
      const texts = rows.get(line) ?? [];
      for (let column = range.left; column <= range.right; column++) texts[column - 1] = text;
      rows.set(line, texts);
    }
  }
  const gridRows: GridRow[] = [...rows.keys()]
    .sort((a, b) => a - b)
    .flatMap((line) => {
      const cells = Array.from(rows.get(line)!, (text) => text ?? '');
      let end = cells.length;
      while (end > 0 && cells[end - 1] === '') end--;
      return end > 0 ? [{ line, cells: cells.slice(0, end) }] : [];
    });
  return { sheet: name, rows: gridRows };
}

function factsOf(scanned: ScannedSheet, merges: MergeIndex, lists: ReadonlyMap<number, ListColumn>): SheetFacts {
  return {
    formula: (line, column) => scanned.rows.get(line)?.get(column + 1)?.formula ?? null,
    lists,
    mergedAway: (line, column) => merges.mergedAway(line, column + 1),
  };
}

/**
 * Resolves what formulas and drop-down lists point at: `Sheet!A1:A3`, `'Value Lists'!$A$2:$A$4`,
 * defined names (the sheet's own first, then the workbook's).
 */
class ReferenceResolver {
  private readonly listSources = new Set<string>();
  private readonly indexOf: Map<string, number>;

  constructor(
    private readonly parts: WorkbookParts,
    private readonly read: readonly ReadSheet[],
  ) {
    this.indexOf = new Map(parts.sheets.map((sheet, index) => [sheet.name.toLowerCase(), index]));
  }

  /** The drop-down lists of one sheet, by 0-based column. */
  lists(sheetIndex: number): Map<number, ListColumn> {
    const columns = new Map<number, ListColumn>();
    for (const validation of this.read[sheetIndex]!.scanned?.lists ?? []) {
      const values = this.listValues(validation.source, sheetIndex);
      for (const range of validation.ranges) {
        for (let column = range.left; column <= Math.min(range.right, MAX_GRID_COLUMNS); column++) {
          const known = columns.get(column - 1);
          if (known?.values && !values) continue;
          columns.set(column - 1, {
            values,
            top: Math.min(range.top, known?.top ?? range.top),
            bottom: Math.max(range.bottom, known?.bottom ?? range.bottom),
          });
        }
      }
    }
    return columns;
  }

  context(): WorkbookContext {
    return {
      visibleSheets: new Set(
        this.parts.sheets.filter((sheet) => sheet.state === 'visible' && sheet.isWorksheet).map((sheet) => sheet.name),
      ),
      listSources: this.listSources,
      referencedSheets: (formula) => this.referencedSheets(formula),
    };
  }

  private listValues(source: string, sheetIndex: number): readonly string[] | null {
    const inline = /^"([\s\S]*)"$/.exec(source);
    if (inline)
      return inline[1]!
        .split(',')
        .map((value) => value.trim())
        .filter(Boolean);
    const target = this.resolveRange(source, sheetIndex, 0);
    if (!target) return null;
    this.listSources.add(this.parts.sheets[target.sheet]!.name);
    const rows = this.read[target.sheet]!.scanned?.rows;
    const values: string[] = [];
    for (let row = target.range.top; row <= target.range.bottom && values.length < MAX_LIST_VALUES; row++) {
      const cells = rows?.get(row);
      if (!cells) continue;
      for (let column = target.range.left; column <= target.range.right && values.length < MAX_LIST_VALUES; column++) {
        const text = cells.get(column)?.text;
        if (text) values.push(text);
      }
    }
    return values;
  }

  private resolveRange(reference: string, sheetIndex: number, depth: number): { sheet: number; range: CellRange } | null {
    const { sheet, range } = splitSheetReference(reference);
    const parsed = parseRange(range);
    if (parsed) {
      const index = sheet === null ? sheetIndex : this.indexOf.get(sheet.toLowerCase());
      return index === undefined ? null : { sheet: index, range: parsed };
    }
    const name = this.definedName(reference.trim(), sheetIndex);
    return name !== null && depth < 3 ? this.resolveRange(name, sheetIndex, depth + 1) : null;
  }

  private definedName(name: string, sheetIndex: number): string | null {
    const key = name.toLowerCase();
    const candidates = this.parts.definedNames.filter((defined) => defined.name.toLowerCase() === key);
    const chosen =
      candidates.find((defined) => defined.localSheet === sheetIndex) ?? candidates.find((defined) => defined.localSheet === null);
    return chosen?.formula ?? null;
  }

  private referencedSheets(formula: string): string[] {
    const found = new Set<string>();
    for (const match of formula.matchAll(/'((?:[^']|'')+)'!|(?<![\w.\]])([A-Za-z_\u0080-\uFFFF][\w.\u0080-\uFFFF]*)!/g)) {
      const name = (match[1] ?? match[2]!).replace(/''/g, "'");
      const index = this.indexOf.get(name.toLowerCase());
      if (index !== undefined) found.add(this.parts.sheets[index]!.name);
    }
    for (const match of formula.matchAll(/(?<![\w.!'])([A-Za-z_\\][\w.]*)(?![\w.!(])/g)) {
      const defined = this.parts.definedNames.find((d) => d.name.toLowerCase() === match[1]!.toLowerCase());
      if (!defined) continue;
      const { sheet } = splitSheetReference(defined.formula);
      const index = sheet === null ? undefined : this.indexOf.get(sheet.toLowerCase());
      if (index !== undefined) found.add(this.parts.sheets[index]!.name);
    }
    return [...found];
  }
}

/** A row of kotae's own sheet, for sheets whose columns kotae may not add to. */
interface KotaeSheetRow {
  readonly sheet: string;
  readonly fill: RowFill;
}

async function writeWorkbook(
  pkg: ZipPackage,
  parts: WorkbookParts,
  read: readonly ReadSheet[],
  fills: readonly SheetFill[],
): Promise<WrittenQuestionnaire> {
  const styles = new StyleBook(parts.stylesPart ? pkg.text(parts.stylesPart) : null);
  const changes = new Map<string, string>();
  const kotaeColumns = new Map<string | null, string>();
  const kotaeSheetRows: KotaeSheetRow[] = [];
  const kotaeSheetName = uniqueSheetName(parts, 'kotae');
  for (const fill of fills) {
    const index = parts.sheets.findIndex((sheet) => sheet.name === fill.plan.sheet);
    const sheet = parts.sheets[index]!;
    const { scanned, mergedIndex } = read[index]!;
    const writes = customerWrites(fill);
    const first = scanned!.protected ? null : kotaeColumn(fill.plan, scanned!, mergedIndex);
    if (first === null) {
      kotaeSheetRows.push(...fill.rows.map((row) => ({ sheet: sheet.name, fill: row })));
      kotaeColumns.set(sheet.name, kotaeSheetName);
    } else {
      writes.push(...kotaeWrites(fill, first, scanned!, styles));
      kotaeColumns.set(sheet.name, `${columnLetters(first)}:${columnLetters(first + KOTAE_HEADERS.length - 1)}`);
    }
    if (writes.length === 0) continue;
    const widths = first === null ? [] : COLUMN_WIDTHS.map((width, i) => ({ column: first + i, width }));
    changes.set(sheet.part!, patchWorksheet(pkg.text(sheet.part!)!, writes, widths));
  }
  if (kotaeSheetRows.length > 0) addKotaeSheet(pkg, parts, changes, kotaeSheetName, kotaeSheetRows, styles);
  const stylesXml = styles.changedXml();
  if (stylesXml !== null && parts.stylesPart) changes.set(parts.stylesPart, stylesXml);
  return { bytes: pkg.write(changes), kotaeColumns };
}

function customerWrites({ rows }: SheetFill): CellWrite[] {
  return rows.flatMap(({ row, choice, text }) => [
    ...(choice !== null && row.choice ? [{ row: row.line, column: row.choice.column + 1, value: choice, style: null }] : []),
    ...(text !== null && row.text ? [{ row: row.line, column: row.text.column + 1, value: text, style: null }] : []),
  ]);
}

/**
 * The first (1-based) of kotae's four columns: after the table's width and any merged range on
 * the rows kotae writes, moved further right past any cell with content there; null when the sheet
 * has no four free columns left.
 */
function kotaeColumn(plan: SheetPlan, scanned: ScannedSheet, merges: MergeIndex): number | null {
  const lines = [...(plan.labelLine === null ? [] : [plan.labelLine]), ...plan.rows.map((row) => row.line)];
  let first = plan.width + 1;
  for (const line of lines) for (const range of merges.onRow(line)) first = Math.max(first, range.right + 1);
  for (;;) {
    if (first + KOTAE_HEADERS.length - 1 > MAX_COLUMN) return null;
    let taken = 0;
    for (const line of lines) {
      const cells = scanned.rows.get(line);
      for (let column = first; column < first + KOTAE_HEADERS.length; column++) if (cells?.has(column)) taken = Math.max(taken, column);
    }
    if (taken === 0) return first;
    first = taken + 1;
  }
}

function kotaeWrites(fill: SheetFill, first: number, scanned: ScannedSheet, styles: StyleBook): CellWrite[] {
  const writes: CellWrite[] = [];
  const { plan } = fill;
  if (plan.labelLine !== null) {
    const header = plan.hasHeaderRow ? scanned.rows.get(plan.labelLine) : undefined;
    const modelColumn = header ? Math.max(...[...header.keys()].filter((column) => header.get(column)!.text)) : -1;
    const model = header?.get(modelColumn)?.style;
    KOTAE_HEADERS.forEach((label, i) => {
      writes.push({
        row: plan.labelLine!,
        column: first + i,
        value: label,
        style: model ?? ((base: number) => styles.derive(base, 'text')),
      });
    });
  }
  for (const { row, draft } of fill.rows) {
    kotaeValues(draft).forEach((value, i) => {
      const variant = styleOf(value, draft.toCheck);
      writes.push({ row: row.line, column: first + i, value, style: (base: number) => styles.derive(base, variant) });
    });
  }
  return writes;
}

function kotaeValues(draft: RowFill['draft']): ReadonlyArray<string | number> {
  return [draft.answer, draft.citation, draft.confidence, draft.candidates];
}

function styleOf(value: string | number, toCheck: boolean): KotaeStyle {
  if (typeof value === 'number') return toCheck ? 'number-to-check' : 'number';
  return toCheck ? 'text-to-check' : 'text';
}

function uniqueSheetName(parts: WorkbookParts, wanted: string): string {
  const taken = new Set(parts.sheets.map((sheet) => sheet.name.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${wanted} (${n})`;
  return name;
}

/** Labels of kotae's own sheet: where each row is, then kotae's four columns. */
const KOTAE_SHEET_HEADERS = ['シート', '行', '質問', ...KOTAE_HEADERS] as const;
const KOTAE_SHEET_WIDTHS = [20, 6, 60, ...COLUMN_WIDTHS] as const;

/**
 * Adds kotae's own sheet, after the others: its part, its relationship, its content type and its
 * entry in the workbook. The workbook's other sheets, names and views are untouched.
 */
function addKotaeSheet(
  pkg: ZipPackage,
  parts: WorkbookParts,
  changes: Map<string, string>,
  name: string,
  rows: readonly KotaeSheetRow[],
  styles: StyleBook,
): void {
  let n = parts.sheets.length + 1;
  while (pkg.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const part = `xl/worksheets/sheet${n}.xml`;
  changes.set(part, kotaeSheetXml(rows, styles));

  const relsXml =
    parts.relsXml ||
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  let id = 'rIdKotae';
  for (let k = 2; new RegExp(`\\bId\\s*=\\s*["']${id}["']`).test(relsXml); k++) id = `rIdKotae${k}`;
  const workbookDir = parts.workbookPart.includes('/') ? parts.workbookPart.slice(0, parts.workbookPart.lastIndexOf('/') + 1) : '';
  const target = part.startsWith(workbookDir) ? part.slice(workbookDir.length) : `/${part}`;
  changes.set(
    parts.relsPart,
    relsXml.replace(
      /<\/(\w+:)?Relationships>\s*$/,
      (close) => `<Relationship Id="${id}" Type="${WORKSHEET_RELATIONSHIP}" Target="${target}"/>${close}`,
    ),
  );

  const relPrefix = /<(?:\w+:)?sheet\b[^>]*?\s([\w]+):id\s*=/.exec(parts.workbookXml)?.[1] ?? 'r';
  const sheetIds = [...parts.workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bsheetId\s*=\s*["'](\d+)["']/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...sheetIds) + 1;
  const sheetsClose = /<\/(\w+:)?sheets>/.exec(parts.workbookXml)!;
  const sheetTag = `<${sheetsClose[1] ?? ''}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${relPrefix}:id="${id}"/>`;
  changes.set(parts.workbookPart, parts.workbookXml.slice(0, sheetsClose.index) + sheetTag + parts.workbookXml.slice(sheetsClose.index));

  const types = pkg.text('[Content_Types].xml') ?? '';
  changes.set(
    '[Content_Types].xml',
    types.replace(/<\/(\w+:)?Types>\s*$/, (close) => `<Override PartName="/${part}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>${close}`),
  );
}

function kotaeSheetXml(rows: readonly KotaeSheetRow[], styles: StyleBook): string {
  const cell = (row: number, column: number, value: string | number, style: number) => {
    const ref = `${columnLetters(column)}${row}`;
    const s = style ? ` s="${style}"` : '';
    if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeCellText(value)}</t></is></c>`;
  };
  const lines = [`<row r="1">${KOTAE_SHEET_HEADERS.map((label, i) => cell(1, i + 1, label, 0)).join('')}</row>`];
  rows.forEach(({ sheet, fill }, i) => {
    const r = i + 2;
    const values: Array<string | number> = [sheet, fill.row.line, fill.row.question, ...kotaeValues(fill.draft)];
    const cells = values.map((value, c) => cell(r, c + 1, value, styles.derive(0, styleOf(value, c >= 3 && fill.draft.toCheck))));
    lines.push(`<row r="${r}">${cells.join('')}</row>`);
  });
  const cols = KOTAE_SHEET_WIDTHS.map((width, i) => `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`).join('');
  const last = `${columnLetters(KOTAE_SHEET_HEADERS.length)}${rows.length + 1}`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<dimension ref="A1:${last}"/><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${lines.join('')}</sheetData>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
  );
}
