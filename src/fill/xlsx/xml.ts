/**
 * The little XML kotae needs to read and patch SpreadsheetML parts in place: attributes of one
 * tag, entity decoding, escaping text for a cell, and A1 references. Parts are scanned as text so
 * that everything kotae does not change keeps its exact bytes.
 */

/** `name="value"` pairs of one start tag's attribute text (prefixes kept: `r:id`). */
export function attributes(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of text.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(match[1]!, decodeXml(match[2] ?? match[3] ?? ''));
  }
  return found;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five XML entities and character references. */
export function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
  });
}

/** Escapes text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/**
 * Cell text as SpreadsheetML stores it: Excel writes characters XML cannot carry (and CR) as
 * `_xHHHH_`, so a literal `_x0041_` in the text must itself be escaped, as `_x005F_x0041_`.
 * Lone surrogates cannot be stored at all and are dropped.
 */
export function escapeCellText(text: string): string {
  const encoded = text
    .replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1')
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]/g,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
  return escapeXml(encoded);
}

/** Undoes {@link escapeCellText}'s `_xHHHH_` escapes in text read from a cell. */
export function decodeCellEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_whole, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The text of `<t>` runs in a string item (`<si>` or `<is>`), phonetic guides (`<rPh>`) left out. */
export function stringItemText(xml: string): string {
  const withoutPhonetic = xml.includes('rPh') ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g)) text += match[1] ?? '';
  return decodeCellEscapes(decodeXml(text));
}

/** 1-based column number of letters (`A` → 1, `AA` → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Letters of a 1-based column number (1 → `A`). */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** `C12` for 1-based row and column. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** Excel's last column (XFD) and row. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/** A rectangular range, 1-based and inclusive. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Parses `A1`, `A1:C9`, `$A$1:$C$9`, whole columns (`C:C`) and whole rows (`3:5`); null for
 * anything else.
 */
export function parseRange(text: string): CellRange | null {
  const ref = text.replace(/\$/g, '').trim();
  const cells = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/i.exec(ref);
  if (cells) {
    const [left, top] = [columnNumber(cells[1]!), Number(cells[2])];
    const [right, bottom] = cells[3] ? [columnNumber(cells[3]), Number(cells[4])] : [left, top];
    return ordered(top, left, bottom, right);
  }
  const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(ref);
  if (columns) return ordered(1, columnNumber(columns[1]!), MAX_ROW, columnNumber(columns[2]!));
  const rows = /^(\d{1,7}):(\d{1,7})$/.exec(ref);
  if (rows) return ordered(Number(rows[1]), 1, Number(rows[2]), MAX_COLUMN);
  return null;
}

function ordered(top: number, left: number, bottom: number, right: number): CellRange | null {
  if (top < 1 || left < 1 || bottom > MAX_ROW || right > MAX_COLUMN) return null;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** `A1:C9` of a range (one cell as `A1`). */
export function formatRange(range: CellRange): string {
  const start = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cellAddress(range.bottom, range.right)}`;
}

/**
 * Splits a reference with an optional sheet name (`'Value Lists'!$A$1:$A$3`, `Lists!A1:A3`) into
 * the sheet (null when none) and the range text.
 */
export function splitSheetReference(reference: string): { sheet: string | null; range: string } {
  const text = reference.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(text);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), range: quoted[2]! };
  const bare = /^([^'!\s()]+)!(.+)$/.exec(text);
  if (bare) return { sheet: bare[1]!, range: bare[2]! };
  return { sheet: null, range: text };
}

/** One element found by {@link elementsIn}. */
export interface ElementSpan {
  /** Offset of `<`. */
  readonly start: number;
  /** Offset just past the start tag (the content starts here). */
  readonly contentStart: number;
  /** Offset of the end tag (equal to contentStart for `<x/>`). */
  readonly contentEnd: number;
  /** Offset just past the end tag. */
  readonly end: number;
  /** The start tag's attribute text. */
  readonly attributes: string;
  /** The namespace prefix (`''` or `x:`). */
  readonly prefix: string;
  readonly selfClosing: boolean;
}

/**
 * The elements called `name` (with any namespace prefix) between two offsets, in order, each
 * skipped past as a whole: for elements that do not nest (`row`, `c`, `dataValidation`).
 */
export function* elementsIn(xml: string, name: string, from = 0, to = xml.length): Generator<ElementSpan> {
  const tag = new RegExp(`<(\\w+:)?${name}\\b([^>]*?)(\\/?)>`, 'g');
  tag.lastIndex = from;
  for (let match = tag.exec(xml); match && match.index < to; match = tag.exec(xml)) {
    const prefix = match[1] ?? '';
    const contentStart = tag.lastIndex;
    if (match[3] === '/') {
      yield {
        start: match.index,
        contentStart,
        contentEnd: contentStart,
        end: contentStart,
        attributes: match[2]!,
        prefix,
        selfClosing: true,
      };
      continue;
    }
    const closing = `</${prefix}${name}>`;
    const close = xml.indexOf(closing, contentStart);
    const contentEnd = close < 0 || close > to ? to : close;
    const end = close < 0 || close > to ? to : close + closing.length;
    yield { start: match.index, contentStart, contentEnd, end, attributes: match[2]!, prefix, selfClosing: false };
    tag.lastIndex = end;
  }
}
