/**
 * Hostile and malformed files made in the test, never stored: zip bombs and merge bombs in
 * .xlsx form, and text that breaks naive analysers. The .xlsx files are written by a small zip
 * writer here (exceljs cannot write a merge bomb without expanding it first).
 */
import { randomBytes } from 'node:crypto';
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One file of a zip: its bytes, or chunks streamed through deflate (for multi-GB contents). */
export interface ZipEntrySource {
  readonly name: string;
  readonly data: string | Uint8Array | (() => Iterable<Uint8Array>);
  /** Uncompressed size written in the headers, when they should lie about it. */
  readonly declaredSize?: number;
}

interface DeflatedEntry {
  readonly name: Buffer;
  readonly compressed: Buffer;
  readonly crc: number;
  readonly size: number;
}

async function deflateEntry(entry: ZipEntrySource): Promise<DeflatedEntry> {
  const name = Buffer.from(entry.name, 'utf8');
  if (typeof entry.data !== 'function') {
    const bytes = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    return { name, compressed: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
  }
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => out.push(chunk));
  const done = new Promise<void>((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  let crc = 0;
  let size = 0;
  for (const chunk of entry.data()) {
    crc = crc32(chunk, crc);
    size += chunk.length;
    if (!deflate.write(chunk)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, compressed: Buffer.concat(out), crc, size };
}

/** A zip archive (deflate, no data descriptors) of the entries, as Excel writes them. */
export async function zip(entries: readonly ZipEntrySource[]): Promise<Uint8Array> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const source of entries) {
    const deflated = await deflateEntry(source);
    const entry = { ...deflated, size: source.declaredSize ?? deflated.size };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(entry.compressed.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(entry.crc, 16);
    central.writeUInt32LE(entry.compressed.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(entry.name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, entry.name, entry.compressed);
    centrals.push(central, entry.name);
    offset += local.length + entry.name.length + entry.compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function workbookXml(definedNames = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>${definedNames}</workbook>`;
}

const SHEET_OPEN =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** Inline-string cells, so that no sharedStrings part is needed. */
export function cellXml(ref: string, text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<c r="${ref}" t="inlineStr"><is><t>${escaped}</t></is></c>`;
}

/** A small checksheet: a header row and one question whose answer is unique to this file. */
export const CHECKSHEET_ROWS = `<row r="1">${cellXml('A1', 'No.')}${cellXml('B1', '質問')}${cellXml('C1', '回答')}</row><row r="2">${cellXml('A2', '1')}${cellXml('B2', 'カワウソの飼育方針はありますか')}${cellXml('C2', 'はい、カワウソの飼育方針を定めています。')}</row>`;

export interface WorkbookParts {
  /** Uncompressed size the zip headers declare for the sheet, when they should lie. */
  readonly declaredSheetSize?: number;
  /** Everything between `<worksheet>` and `<sheetData>`, e.g. a `<dimension>`. */
  readonly beforeData?: string;
  /** The rows inside `<sheetData>`, as a string or streamed chunks. */
  readonly rows?: string | (() => Iterable<Uint8Array>);
  /** Everything after `</sheetData>`, e.g. `<mergeCells>`. */
  readonly afterData?: string;
  /** `<definedNames>…</definedNames>` for the workbook part. */
  readonly definedNames?: string;
}

/** A one-sheet .xlsx that exceljs and Excel open, with the given sheet parts. */
export function workbook(parts: WorkbookParts = {}): Promise<Uint8Array> {
  const open = `${SHEET_OPEN}${parts.beforeData ?? ''}<sheetData>`;
  const close = `</sheetData>${parts.afterData ?? ''}</worksheet>`;
  const rows = parts.rows ?? CHECKSHEET_ROWS;
  const sheet: ZipEntrySource['data'] =
    typeof rows === 'string'
      ? open + rows + close
      : function* () {
          yield Buffer.from(open);
          yield* rows();
          yield Buffer.from(close);
        };
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(parts.definedNames) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheet, declaredSize: parts.declaredSheetSize },
  ]);
}

/** The attack from the report: one merged range over the whole sheet (8 KB on disk). */
export function mergeBomb(): Promise<Uint8Array> {
  return workbook({ afterData: '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>' });
}

/**
 * `megabytes` MB of sheet XML (blank padding inside the sheet data) that deflates ~1000:1. With
 * `lying`, the zip headers declare the sheet 1 KB, so only inflating it shows what it holds.
 */
export function zipBomb(megabytes = 1024, options: { lying?: boolean } = {}): Promise<Uint8Array> {
  const padding = Buffer.alloc(1024 * 1024, 0x20);
  return workbook({
    declaredSheetSize: options.lying ? 1024 : undefined,
    rows: function* () {
      yield Buffer.from(CHECKSHEET_ROWS);
      for (let i = 0; i < megabytes; i++) yield padding;
    },
  });
}

/**
 * A sheet with a cell in its last column (XFD) on many rows, which any grid of it must make 16,384
 * cells wide; with `claimed`, its `<dimension>` also claims the whole sheet.
 */
export function dimensionBomb(rows = 50_000, options: { claimed?: boolean } = { claimed: true }): Promise<Uint8Array> {
  return workbook({
    beforeData: options.claimed ? '<dimension ref="A1:XFD1048576"/>' : '',
    rows: function* () {
      yield Buffer.from(CHECKSHEET_ROWS);
      for (let r = 3; r < rows + 3; r++) yield Buffer.from(`<row r="${r}">${cellXml(`XFD${r}`, 'x')}</row>`);
    },
  });
}

/**
 * A UTF-16 LE file (with BOM) of random bytes: decodes, but to unpaired surrogates and noise.
 * NUL code units are avoided, so that the file is not refused for them before the noise is seen.
 */
export function randomUtf16(bytes = 64 * 1024): Uint8Array {
  const body = randomBytes(bytes);
  for (let i = 0; i + 1 < body.length; i += 2) if (body[i] === 0 && body[i + 1] === 0) body[i] = 1;
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
}

/** Text as Excel's "Unicode text" writes it: UTF-16 LE with BOM; lone surrogates kept as they are. */
export function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
}

/** Text with no sentence punctuation: the case that makes kuromoji's lattice grow quadratically. */
export function longRun(chars = 100_000): string {
  const word = 'パスワードアクセス管理暗号化ログ監視';
  return word.repeat(Math.ceil(chars / word.length)).slice(0, chars);
}
