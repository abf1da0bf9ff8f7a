/**
 * Reads one worksheet part as a person sees it: every cell's shown text (a formula's cached
 * value, never its source), which cells are formulas, merged ranges, data-validation lists and
 * whether the sheet is protected. The XML is scanned once, keeping only cells with content; merged
 * ranges and the declared dimension are never expanded into cells.
 */
import { FillError } from '../errors.js';
import { attributes, columnNumber, decodeCellEscapes, decodeXml, elementsIn, parseRange, stringItemText, type CellRange } from './xml.js';

/** Far beyond any questionnaire (the knowledge reader's limit too). */
const MAX_SHEET_ROWS = 100_000;
/** Cells with content kept per workbook; a questionnaire has a few thousand. */
const MAX_WORKBOOK_CELLS = 2_000_000;
/** Merged ranges and validations kept per sheet: real sheets have tens, generated ones thousands. */
const MAX_RANGES = 20_000;

export interface SheetCell {
  /** What the cell shows: text, a number in General format, a date, a formula's cached value. */
  readonly text: string;
  /** The formula (without `=`), `''` for a shared-formula cell that only points at its master; null for constants. */
  readonly formula: string | null;
  /** Index into the workbook's cell styles (`s`), 0 when none. */
  readonly style: number;
}

export interface ListValidation {
  readonly ranges: readonly CellRange[];
  /** `formula1` as written: `"Yes,No,N/A"`, `$F$1:$F$3`, `Lists!$A$1:$A$2`, `YesNo`. */
  readonly source: string;
}

export interface ScannedSheet {
  /** Cells with content by 1-based row, then 1-based column. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, SheetCell>>;
  readonly merges: readonly CellRange[];
  readonly lists: readonly ListValidation[];
  /** `<sheetProtection sheet="1">`: cells are locked unless their style unlocks them. */
  readonly protected: boolean;
}

export interface ScanContext {
  readonly sheetName: string;
  readonly fileName: string;
  readonly sharedStrings: readonly string[];
  readonly dateStyles: ReadonlySet<number>;
  /** Cells kept so far in the workbook, shared by every sheet's scan. */
  readonly budget: { cells: number };
}

/** Where `<sheetData>` is in the part's text, for reading and for patching. */
export interface SheetDataSpan {
  /** Offset of the first character inside `<sheetData>` (or of `<sheetData/>` itself when empty). */
  readonly start: number;
  /** Offset of `</sheetData>` (equal to start for `<sheetData/>`). */
  readonly end: number;
  /** Namespace prefix of SpreadsheetML elements (`''` or `x:`). */
  readonly prefix: string;
  readonly selfClosing: boolean;
}

export function findSheetData(xml: string): SheetDataSpan | null {
  const open = /<(\w+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return null;
  const prefix = open[1] ?? '';
  if (open[2] === '/') return { start: open.index, end: open.index, prefix, selfClosing: true };
  const start = open.index + open[0].length;
  const end = xml.indexOf(`</${prefix}sheetData>`, start);
  return end < 0 ? null : { start, end, prefix, selfClosing: false };
}

/**
 * Scans a worksheet part.
 *
 * @throws {@link FillError} `too-large` past the row or cell limits, `unreadable` for a part without sheet data.
 */
export function scanWorksheet(xml: string, context: ScanContext): ScannedSheet {
  const span = findSheetData(xml);
  if (!span)
    throw new FillError(
      'unreadable',
      context.fileName,
      `sheet "${context.sheetName}" is damaged (no sheet data). Open the file in Excel and save it again as .xlsx.`,
    );
  const rows = span.selfClosing ? new Map<number, Map<number, SheetCell>>() : scanRows(xml.slice(span.start, span.end), context);
  const tail = xml.slice(span.selfClosing ? span.start : span.end);
  return {
    rows,
    merges: scanMerges(tail),
    lists: scanListValidations(tail),
    protected: /<(?:\w+:)?sheetProtection\b[^>]*\bsheet\s*=\s*["'](?:1|true)["']/.test(tail),
  };
}

function scanRows(body: string, context: ScanContext): Map<number, Map<number, SheetCell>> {
  const rows = new Map<number, Map<number, SheetCell>>();
  let rowNumber = 0;
  for (const row of elementsIn(body, 'row')) {
    const r = /\br\s*=\s*["'](\d+)["']/.exec(row.attributes);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    if (row.selfClosing) continue;
    const cells = scanCells(body, row.contentStart, row.contentEnd, context);
    if (cells.size === 0) continue;
    if (rows.size >= MAX_SHEET_ROWS) {
      throw new FillError(
        'too-large',
        context.fileName,
        `sheet "${context.sheetName}" has more than ${MAX_SHEET_ROWS} rows with content: it is not a questionnaire. Delete the rows that are not questions, or split the sheet.`,
      );
    }
    rows.set(rowNumber, cells);
  }
  return rows;
}

function scanCells(body: string, from: number, to: number, context: ScanContext): Map<number, SheetCell> {
  const cells = new Map<number, SheetCell>();
  let column = 0;
  for (const element of elementsIn(body, 'c', from, to)) {
    const attrs = attributes(element.attributes);
    const ref = /^([A-Z]{1,3})\d+$/i.exec(attrs.get('r') ?? '');
    column = ref ? columnNumber(ref[1]!) : column + 1;
    if (element.selfClosing) continue;
    const cell = readCell(body.slice(element.contentStart, element.contentEnd), attrs, context);
    if (!cell) continue;
    if (++context.budget.cells > MAX_WORKBOOK_CELLS) {
      throw new FillError(
        'too-large',
        context.fileName,
        `more than ${MAX_WORKBOOK_CELLS} cells with content: it is not a questionnaire kotae can fill. Save the questionnaire sheets alone as a new .xlsx.`,
      );
    }
    cells.set(column, cell);
  }
  return cells;
}

function readCell(inner: string, attrs: ReadonlyMap<string, string>, context: ScanContext): SheetCell | null {
  const formulaMatch = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(inner);
  const formula = formulaMatch ? decodeXml(formulaMatch[1] ?? '') : null;
  const value = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(inner)?.[1];
  const type = attrs.get('t') ?? 'n';
  let text = '';
  if (type === 'inlineStr') {
    const inline = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(inner)?.[1];
    text = inline === undefined ? '' : stringItemText(inline);
  } else if (value !== undefined) {
    const raw = decodeXml(value);
    if (type === 's') text = context.sharedStrings[Number(raw)] ?? '';
    else if (type === 'str') text = decodeCellEscapes(raw);
    else if (type === 'b') text = raw === '1' ? 'TRUE' : 'FALSE';
    else if (type === 'e') text = '';
    else if (type === 'd') text = raw.slice(0, 10);
    else text = numberText(raw, context.dateStyles.has(Number(attrs.get('s') ?? 0)));
  }
  text = text.replace(/\r\n?/g, '\n').trim();
  if (!text && formula === null) return null;
  return { text, formula, style: Number(attrs.get('s') ?? 0) || 0 };
}

/** Excel shows at most 15 significant digits; dates as `YYYY-MM-DD` like the knowledge reader. */
function numberText(raw: string, isDate: boolean): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  if (isDate && value >= 0 && value < 2_958_466) {
    const date = new Date(Math.round((value - 25569) * 86_400_000));
    const iso = date.toISOString();
    return value < 1 ? iso.slice(11, 16) : iso.slice(11, 19) === '00:00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
  }
  return String(Number(value.toPrecision(15)));
}

function scanMerges(tail: string): CellRange[] {
  const merges: CellRange[] = [];
  for (const match of tail.matchAll(/<(?:\w+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["']/g)) {
    const range = parseRange(match[1]!);
    if (range) merges.push(range);
    if (merges.length >= MAX_RANGES) break;
  }
  return merges;
}

/**
 * List validations, both as Excel 2007 writes them (`<dataValidation type="list" sqref>` with
 * `<formula1>`) and in the Excel 2010 extension (`<x14:dataValidation>` with `<xm:f>` and
 * `<xm:sqref>`), which is how lists on another sheet are usually stored.
 */
function scanListValidations(tail: string): ListValidation[] {
  const lists: ListValidation[] = [];
  for (const element of elementsIn(tail, 'dataValidation')) {
    if (element.selfClosing) continue;
    const inner = tail.slice(element.contentStart, element.contentEnd);
    const attrs = attributes(element.attributes);
    if (attrs.get('type') !== 'list') continue;
    const formula = /<(?:\w+:)?formula1\b[^>]*>([\s\S]*?)<\/(?:\w+:)?formula1>/.exec(inner)?.[1] ?? '';
    const source = decodeXml(formula.replace(/<\/?(?:\w+:)?f\b[^>]*>/g, '')).trim();
    const sqref = attrs.get('sqref') ?? decodeXml(/<(?:\w+:)?sqref\b[^>]*>([\s\S]*?)<\/(?:\w+:)?sqref>/.exec(inner)?.[1] ?? '');
    const ranges = sqref
      .split(/\s+/)
      .map(parseRange)
      .filter((range): range is CellRange => range !== null);
    if (source && ranges.length > 0) lists.push({ ranges, source });
    if (lists.length >= MAX_RANGES) break;
  }
  return lists;
}
