/**
 * Writes cells into a worksheet part's XML in place: new or empty cells become inline strings or
 * numbers, inserted in column order into their rows (rows created in order where missing); the
 * dimension and the widths of kotae's columns follow. Every other byte of the part stays as it was.
 */
import { findSheetData } from './worksheet.js';
import {
  attributes,
  cellAddress,
  columnNumber,
  elementsIn,
  escapeCellText,
  escapeXml,
  formatRange,
  parseRange,
  type ElementSpan,
} from './xml.js';

export interface CellWrite {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
  /**
   * Style index; a function of the style the cell has (or, for a new cell, the one its row or
   * column gives it) for styles derived from it; null keeps that style.
   */
  readonly style: number | ((base: number) => number) | null;
}

export interface ColumnWidth {
  readonly column: number;
  /** In characters, as Excel's column width. */
  readonly width: number;
}

interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface RowElement extends ElementSpan {
  readonly row: number;
  readonly openTag: string;
}

interface CellElement {
  readonly column: number;
  readonly start: number;
  readonly end: number;
  readonly attrs: ReadonlyMap<string, string>;
  readonly hasRef: boolean;
}

/** The styles new cells take, where a cell does not exist yet: its row's, else its column's. */
export interface InheritedStyles {
  row(row: number): number | null;
  column(column: number): number | null;
}

/**
 * Applies the writes (which must not name the same cell twice) and widths to a worksheet part.
 */
export function patchWorksheet(xml: string, writes: readonly CellWrite[], widths: readonly ColumnWidth[] = []): string {
  const span = findSheetData(xml);
  if (!span) throw new Error('worksheet without sheetData: scanWorksheet refuses such parts first');
  const prefix = span.prefix;
  const byRow = new Map<number, CellWrite[]>();
  for (const write of writes) byRow.set(write.row, [...(byRow.get(write.row) ?? []), write]);
  const edits: Edit[] = [];
  const styles = inheritedStyles(xml);

  if (span.selfClosing) {
    const rowsXml = [...byRow.keys()]
      .sort((a, b) => a - b)
      .map((row) => newRow(row, byRow.get(row)!, prefix, styles))
      .join('');
    const tag = /<(\w+:)?sheetData\b([^>]*?)\/>/.exec(xml.slice(span.start))!;
    edits.push({
      start: span.start,
      end: span.start + tag[0].length,
      text: `<${prefix}sheetData${tag[2]}>${rowsXml}</${prefix}sheetData>`,
    });
  } else {
    const rows = scanRowElements(xml, span.start, span.end);
    const existing = new Map(rows.map((row) => [row.row, row]));
    const missing: number[] = [];
    for (const [row, rowWrites] of byRow) {
      const element = existing.get(row);
      if (element) edits.push(...patchRow(xml, element, rowWrites, styles));
      else missing.push(row);
    }
    missing.sort((a, b) => a - b);
    let next = 0;
    for (const row of missing) {
      while (next < rows.length && rows[next]!.row < row) next++;
      const at = next < rows.length ? rows[next]!.start : span.end;
      edits.push({ start: at, end: at, text: newRow(row, byRow.get(row)!, prefix, styles) });
    }
  }
  let patched = applyEdits(xml, edits);
  patched = widenDimension(patched, writes);
  return widths.length > 0 ? setColumnWidths(patched, widths, prefix) : patched;
}

function scanRowElements(xml: string, start: number, end: number): RowElement[] {
  const rows: RowElement[] = [];
  let rowNumber = 0;
  for (const element of elementsIn(xml, 'row', start, end)) {
    const r = /\br\s*=\s*["'](\d+)["']/.exec(element.attributes);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    rows.push({ ...element, row: rowNumber, openTag: xml.slice(element.start, element.contentStart) });
  }
  return rows;
}

function scanCellElements(xml: string, start: number, end: number): CellElement[] {
  const cells: CellElement[] = [];
  let column = 0;
  for (const element of elementsIn(xml, 'c', start, end)) {
    const attrs = attributes(element.attributes);
    const ref = /^([A-Z]{1,3})\d+$/i.exec(attrs.get('r') ?? '');
    column = ref ? columnNumber(ref[1]!) : column + 1;
    cells.push({ column, start: element.start, end: element.end, attrs, hasRef: ref !== null });
  }
  return cells;
}

function patchRow(xml: string, row: RowElement, writes: readonly CellWrite[], styles: InheritedStyles): Edit[] {
  const sorted = [...writes].sort((a, b) => a.column - b.column);
  const right = sorted[sorted.length - 1]!.column;
  const openTag = withSpans(row.selfClosing ? row.openTag.replace(/\s*\/>$/, '>') : row.openTag, right);
  if (row.selfClosing) {
    const cells = sorted.map((write) => cellXml(write, row.prefix, new Map(), styles)).join('');
    return [{ start: row.start, end: row.end, text: `${openTag}${cells}</${row.prefix}row>` }];
  }
  const edits: Edit[] = [];
  if (openTag !== row.openTag) edits.push({ start: row.start, end: row.contentStart, text: openTag });
  const cells = scanCellElements(xml, row.contentStart, row.contentEnd);
  // A cell without `r` takes the column after the one before it: give every cell of this row its
  // reference, so that cells inserted among them do not move them.
  if (cells.some((cell) => !cell.hasRef)) {
    for (const cell of cells) {
      if (cell.hasRef) continue;
      const tagEnd = xml.indexOf('>', cell.start);
      const selfClosing = xml[tagEnd - 1] === '/';
      const insertAt = selfClosing ? tagEnd - 1 : tagEnd;
      if (!sorted.some((write) => write.column === cell.column))
        edits.push({ start: insertAt, end: insertAt, text: ` r="${cellAddress(row.row, cell.column)}"` });
    }
  }
  const byColumn = new Map(cells.map((cell) => [cell.column, cell]));
  for (const write of sorted) {
    const existing = byColumn.get(write.column);
    if (existing) {
      edits.push({ start: existing.start, end: existing.end, text: cellXml(write, row.prefix, existing.attrs, styles) });
      continue;
    }
    const after = cells.find((cell) => cell.column > write.column);
    const at = after ? after.start : row.contentEnd;
    edits.push({ start: at, end: at, text: cellXml(write, row.prefix, new Map(), styles) });
  }
  return edits;
}

function newRow(row: number, writes: readonly CellWrite[], prefix: string, styles: InheritedStyles): string {
  const cells = [...writes]
    .sort((a, b) => a.column - b.column)
    .map((write) => cellXml(write, prefix, new Map(), styles))
    .join('');
  return `<${prefix}row r="${row}">${cells}</${prefix}row>`;
}

/**
 * The cell as kotae writes it. An existing cell keeps its attributes (style, phonetic flag) except
 * its type; its content is replaced, which only ever happens to cells that showed nothing.
 */
function cellXml(write: CellWrite, prefix: string, existing: ReadonlyMap<string, string>, styles: InheritedStyles): string {
  const attrs = new Map(existing);
  attrs.delete('t');
  attrs.set('r', cellAddress(write.row, write.column));
  const base = existing.has('s') ? Number(existing.get('s')) || 0 : (styles.row(write.row) ?? styles.column(write.column) ?? 0);
  const style = typeof write.style === 'function' ? write.style(base) : (write.style ?? base);
  if (style !== 0) attrs.set('s', String(style));
  else attrs.delete('s');
  if (typeof write.value === 'string') attrs.set('t', 'inlineStr');
  const ordered = ['r', ...[...attrs.keys()].filter((key) => key !== 'r')];
  const attrText = ordered.map((key) => ` ${key}="${escapeXml(attrs.get(key)!)}"`).join('');
  if (typeof write.value === 'number') return `<${prefix}c${attrText}><${prefix}v>${write.value}</${prefix}v></${prefix}c>`;
  const space = /^\s|\s$|\n/.test(write.value) ? ' xml:space="preserve"' : '';
  return `<${prefix}c${attrText}><${prefix}is><${prefix}t${space}>${escapeCellText(write.value)}</${prefix}t></${prefix}is></${prefix}c>`;
}

function withSpans(openTag: string, right: number): string {
  return openTag.replace(/\bspans\s*=\s*(["'])(\d+):(\d+)\1/, (whole, quote: string, first: string, last: string) =>
    Number(last) >= right ? whole : `spans=${quote}${first}:${right}${quote}`,
  );
}

function inheritedStyles(xml: string): InheritedStyles {
  const rowStyles = new Map<number, number>();
  const span = findSheetData(xml);
  if (span && !span.selfClosing) {
    for (const match of xml.slice(span.start, span.end).matchAll(/<(?:\w+:)?row\b([^>]*?)\/?>/g)) {
      const attrs = attributes(match[1]!);
      if (attrs.get('customFormat') === '1' && attrs.has('s')) rowStyles.set(Number(attrs.get('r')), Number(attrs.get('s')));
    }
  }
  const columns = [...columnElements(xml)].filter((col) => col.attrs.has('style'));
  return {
    row: (row) => rowStyles.get(row) ?? null,
    column: (column) => {
      const col = columns.find((c) => c.min <= column && column <= c.max);
      return col ? Number(col.attrs.get('style')) : null;
    },
  };
}

interface ColElement {
  readonly min: number;
  readonly max: number;
  readonly attrs: Map<string, string>;
}

function* columnElements(xml: string): Generator<ColElement> {
  const cols = /<(\w+:)?cols\b[^>]*>([\s\S]*?)<\/\1?cols>/.exec(xml.slice(0, findSheetData(xml)?.start ?? xml.length));
  if (!cols) return;
  for (const match of cols[2]!.matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const attrs = attributes(match[1]!);
    yield { min: Number(attrs.get('min')), max: Number(attrs.get('max')), attrs };
  }
}

/** Extends `<dimension ref>` to cover the written cells; a missing dimension stays missing. */
function widenDimension(xml: string, writes: readonly CellWrite[]): string {
  if (writes.length === 0) return xml;
  return xml.replace(/(<(?:\w+:)?dimension\b[^>]*?\bref\s*=\s*)(["'])([^"']*)\2/, (whole, head: string, quote: string, ref: string) => {
    const range = parseRange(ref);
    if (!range) return whole;
    const widened = {
      top: Math.min(range.top, ...writes.map((w) => w.row)),
      left: Math.min(range.left, ...writes.map((w) => w.column)),
      bottom: Math.max(range.bottom, ...writes.map((w) => w.row)),
      right: Math.max(range.right, ...writes.map((w) => w.column)),
    };
    return `${head}${quote}${formatRange(widened)}${quote}`;
  });
}

/**
 * Sets the widths of kotae's columns, splitting the sheet's `<col>` ranges that cover them (they
 * keep their other settings; a hidden range is shown for kotae's columns), or adding `<cols>`.
 */
function setColumnWidths(xml: string, widths: readonly ColumnWidth[], prefix: string): string {
  const wanted = new Map(widths.map((w) => [w.column, w.width]));
  const existing = [...columnElements(xml)];
  const pieces: ColElement[] = [];
  for (const col of existing) {
    let from = col.min;
    for (let column = col.min; column <= col.max; column++) {
      if (!wanted.has(column)) continue;
      if (from < column) pieces.push({ min: from, max: column - 1, attrs: col.attrs });
      pieces.push({ min: column, max: column, attrs: sized(col.attrs, wanted.get(column)!) });
      wanted.delete(column);
      from = column + 1;
      if (wanted.size === 0) break;
    }
    if (from <= col.max) pieces.push({ min: from, max: col.max, attrs: col.attrs });
  }
  for (const [column, width] of wanted) pieces.push({ min: column, max: column, attrs: sized(new Map(), width) });
  pieces.sort((a, b) => a.min - b.min);
  const body = pieces
    .map((piece) => {
      const attrs = new Map(piece.attrs);
      attrs.delete('min');
      attrs.delete('max');
      const rest = [...attrs].map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
      return `<${prefix}col min="${piece.min}" max="${piece.max}"${rest}/>`;
    })
    .join('');
  const head = xml.slice(0, findSheetData(xml)!.start);
  const cols = /<(\w+:)?cols\b([^>]*)>[\s\S]*?<\/\1?cols>/.exec(head);
  if (cols)
    return `${xml.slice(0, cols.index)}<${cols[1] ?? ''}cols${cols[2]}>${body}</${cols[1] ?? ''}cols>${xml.slice(cols.index + cols[0].length)}`;
  const sheetDataTag = /<(?:\w+:)?sheetData\b/.exec(xml)!.index;
  return `${xml.slice(0, sheetDataTag)}<${prefix}cols>${body}</${prefix}cols>${xml.slice(sheetDataTag)}`;
}

function sized(attrs: ReadonlyMap<string, string>, width: number): Map<string, string> {
  const next = new Map(attrs);
  next.set('width', String(width));
  next.set('customWidth', '1');
  next.delete('hidden');
  next.delete('bestFit');
  return next;
}

/** Edits never overlap; at one offset they apply in the order given. */
function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = edits.map((edit, order) => ({ edit, order })).sort((a, b) => a.edit.start - b.edit.start || a.order - b.order);
  const parts: string[] = [];
  let at = 0;
  for (const { edit } of sorted) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
