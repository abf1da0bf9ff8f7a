/**
 * Budgets a workbook must meet before exceljs sees it. exceljs inflates every part of the zip
 * into memory and creates an object for every cell a merged range or a data validation covers, so
 * an 8 KB file holding `<mergeCell ref="A1:XFD1048576"/>` asks it for 17 billion cells, and a
 * 1 MB zip can hold 1 GB of sheet XML. This module reads the zip itself: the central directory
 * first (entry count, declared sizes and ratios), then every entry through a streaming inflate
 * that stops at a hard byte cap (declared sizes are never trusted alone), scanning worksheet XML
 * on the way for what exceljs would expand. Memory stays at a few chunks whatever the file says.
 *
 * Knowledge files and questionnaires to fill go through the same check.
 */
import { createInflateRaw } from 'node:zlib';
import { KnowledgeFileError } from '../errors.js';

/** What a workbook may hold. Every limit is far above any real checksheet. */
export interface WorkbookLimits {
  /** Files inside the zip (a workbook has tens: sheets, styles, relations, images). */
  readonly maxEntries: number;
  /** Bytes of all parts together once inflated (sheet XML, shared strings, images). */
  readonly maxUncompressedBytes: number;
  /** Inflated size over compressed size of one part; XML compresses 5–20 times, bombs 1000. */
  readonly maxEntryRatio: number;
  /** Parts smaller than this once inflated are not held to the ratio: tiny XML compresses well. */
  readonly ratioGraceBytes: number;
  /** Cells written in the sheets (`<c>` elements), all sheets together. */
  readonly maxCells: number;
  /** Cells covered by merged ranges, all sheets together: exceljs creates each of them. */
  readonly maxMergedCells: number;
  /**
   * Row-by-row width of the sheets (each row counts as wide as its rightmost cell), all sheets
   * together, and the area a sheet's `<dimension>` claims: what a grid of the sheet costs.
   */
  readonly maxGridCells: number;
  /** Cells covered by data validations (drop-down lists): exceljs creates an entry for each. */
  readonly maxValidationCells: number;
}

const MB = 1024 * 1024;

/**
 * The limits every workbook is held to. A 20 MB checksheet with images stays far below each; at
 * these limits exceljs stays under ~300 MB.
 */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxEntries: 1_000,
  maxUncompressedBytes: 64 * MB,
  maxEntryRatio: 100,
  ratioGraceBytes: 1 * MB,
  maxCells: 200_000,
  maxMergedCells: 100_000,
  maxGridCells: 2_000_000,
  // Two whole columns with a drop-down (C2:C1048576), as Excel makes when a column is selected.
  maxValidationCells: 2_200_000,
};

/** No tag of a worksheet comes near this; a longer one is made to hide what it holds. */
const MAX_TAG_CHARS = 1 * MB;

export type WorkbookLimitName = keyof WorkbookLimits;

/**
 * A workbook over one of the {@link WORKBOOK_LIMITS}: refused before anything expands it. The
 * message (English) and `japanese` say which limit, what the file holds and what to do.
 */
export class WorkbookBudgetError extends KnowledgeFileError {
  constructor(
    file: string,
    readonly limit: WorkbookLimitName,
    message: string,
    readonly japanese: string,
  ) {
    super(file, message);
  }
}

/** What the scan found, for tests and logs. */
export interface WorkbookCensus {
  readonly entries: number;
  readonly uncompressedBytes: number;
  readonly cells: number;
  readonly mergedCells: number;
  readonly gridCells: number;
  readonly validationCells: number;
}

/**
 * Checks a workbook against the limits without expanding it.
 *
 * @param bytes - The whole .xlsx file (a zip).
 * @param file - Name used in errors.
 * @param limits - {@link WORKBOOK_LIMITS} unless a caller has a reason for others (a reader that
 *   tells exceljs to skip data validations need not count them).
 * @returns What the workbook holds.
 * @throws {@link WorkbookBudgetError} when it is over a limit; {@link KnowledgeFileError} when it
 *   is not a zip that exceljs could read either.
 */
export async function checkWorkbookBudget(
  bytes: Uint8Array,
  file: string,
  limits: WorkbookLimits = WORKBOOK_LIMITS,
): Promise<WorkbookCensus> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const budget = new Budget(file, limits);
  const entries = readCentralDirectory(buffer, file, budget);
  budget.declared(entries);
  for (const entry of entries) {
    const data = entryData(buffer, entry, file);
    const cap = budget.capFor(entry);
    // exceljs reads sheets by this pattern, unanchored, wherever the part sits in the zip.
    const scanner = /xl\/worksheets\/sheet(\d+)[.]xml/.test(entry.name) ? new SheetScanner(budget) : null;
    let inflated: number;
    if (entry.method === STORED) {
      inflated = data.length;
      if (inflated <= cap) scanner?.push(data);
    } else if (entry.method === DEFLATED) {
      inflated = await inflateCapped(data, cap, (chunk) => scanner?.push(chunk));
    } else {
      // exceljs's zip reader refuses other methods itself; nothing of such a part gets expanded.
      continue;
    }
    budget.inflated(entry, inflated);
    scanner?.end();
  }
  return budget.census;
}

const RESAVE = 'Open it in Excel, delete what is not part of the checksheet, and save it again.';
const RESAVE_JA = 'Excelで開き、チェックシート以外の部分を削除して保存し直してください。';

/** The running totals of one workbook, and the refusal when one goes over its limit. */
class Budget {
  readonly census = { entries: 0, uncompressedBytes: 0, cells: 0, mergedCells: 0, gridCells: 0, validationCells: 0 };

  constructor(
    readonly file: string,
    readonly limits: WorkbookLimits,
  ) {}

  over(limit: WorkbookLimitName, english: string, japanese: string): never {
    throw new WorkbookBudgetError(this.file, limit, `${english} ${RESAVE}`, `${japanese}${RESAVE_JA}`);
  }

  entryCount(count: number): void {
    this.census.entries = count;
    const { maxEntries } = this.limits;
    if (count > maxEntries)
      this.over(
        'maxEntries',
        `too many parts: the zip holds ${count} files, more than the ${maxEntries} a workbook may have.`,
        `ファイル内の部品が多すぎます（${count}個、上限${maxEntries}個）。`,
      );
  }

  /** What the central directory says, checked before anything is inflated. */
  declared(entries: readonly ZipEntry[]): void {
    const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (total > this.limits.maxUncompressedBytes) this.tooBig(total);
    for (const entry of entries) {
      if (
        entry.uncompressedSize > this.limits.ratioGraceBytes &&
        entry.uncompressedSize > Math.max(entry.compressedSize, 1) * this.limits.maxEntryRatio
      )
        this.ratio(entry, entry.uncompressedSize);
    }
  }

  /** The most an entry may inflate to: what the workbook has left, and what its ratio allows. */
  capFor(entry: ZipEntry): number {
    return Math.min(this.limits.maxUncompressedBytes - this.census.uncompressedBytes, this.ratioCap(entry));
  }

  inflated(entry: ZipEntry, bytes: number): void {
    if (bytes > this.capFor(entry)) {
      if (bytes > this.ratioCap(entry)) this.ratio(entry, bytes);
      this.tooBig(this.census.uncompressedBytes + bytes);
    }
    this.census.uncompressedBytes += bytes;
  }

  /** Called after each chunk of sheet XML: stops the scan as soon as a count is over. */
  check(): void {
    const { census, limits } = this;
    const en = (n: number) => n.toLocaleString('en');
    if (census.cells > limits.maxCells) {
      this.over(
        'maxCells',
        `too many cells: the sheets hold more than ${en(limits.maxCells)} cells.`,
        `セルが多すぎます（上限${en(limits.maxCells)}セル）。`,
      );
    }
    if (census.mergedCells > limits.maxMergedCells) {
      this.over(
        'maxMergedCells',
        `merged ranges too large: they cover ${en(census.mergedCells)} cells, more than ${en(limits.maxMergedCells)}.`,
        `結合セルの範囲が大きすぎます（${en(census.mergedCells)}セル、上限${en(limits.maxMergedCells)}セル）。`,
      );
    }
    if (census.gridCells > limits.maxGridCells) {
      this.over(
        'maxGridCells',
        `sheets too large: their rows and columns span more than ${en(limits.maxGridCells)} cells.`,
        `シートの範囲が大きすぎます（上限${en(limits.maxGridCells)}セル）。`,
      );
    }
    if (census.validationCells > limits.maxValidationCells) {
      this.over(
        'maxValidationCells',
        `data validations too large: drop-down lists cover ${en(census.validationCells)} cells, more than ${en(limits.maxValidationCells)}.`,
        `入力規則（ドロップダウン）の範囲が大きすぎます（${en(census.validationCells)}セル、上限${en(limits.maxValidationCells)}セル）。`,
      );
    }
  }

  /** A sheet's `<dimension>`: only a claim (exceljs recomputes it), but no sheet Excel wrote claims this much. */
  dimension(ref: string, area: number): void {
    const { maxGridCells } = this.limits;
    if (area > maxGridCells) {
      this.over(
        'maxGridCells',
        `a sheet claims the range ${ref} (${area.toLocaleString('en')} cells), more than ${maxGridCells.toLocaleString('en')}.`,
        `シートの範囲 ${ref} が大きすぎます（上限${maxGridCells.toLocaleString('en')}セル）。`,
      );
    }
  }

  private ratioCap(entry: ZipEntry): number {
    return Math.max(this.limits.ratioGraceBytes, entry.compressedSize * this.limits.maxEntryRatio);
  }

  private tooBig(bytes: number): never {
    const limit = this.limits.maxUncompressedBytes;
    return this.over(
      'maxUncompressedBytes',
      `too large inside: its parts inflate to more than ${megabytes(Math.min(bytes, limit))} MB, the most a workbook may hold (a zip bomb, or sheets of data that is not a checksheet).`,
      `展開後のサイズが上限（${megabytes(limit)} MB）を超えています。`,
    );
  }

  private ratio(entry: ZipEntry, bytes: number): never {
    return this.over(
      'maxEntryRatio',
      `"${entry.name}" inflates from ${entry.compressedSize.toLocaleString('en')} bytes to more than ${megabytes(Math.min(bytes, this.ratioCap(entry)))} MB, over ${this.limits.maxEntryRatio} times its size (a zip bomb).`,
      `「${entry.name}」の圧縮率が異常です（${this.limits.maxEntryRatio}倍超。zip爆弾の疑い）。`,
    );
  }
}

function megabytes(bytes: number): string {
  return (bytes / MB).toFixed(1).replace(/\.0$/, '');
}

// ---------------------------------------------------------------------------------------------
// The zip container, read as exceljs's zip reader (JSZip) reads it: the last end-of-central-
// directory record, its central directory, and each entry's data after its local header.

const STORED = 0;
const DEFLATED = 8;
const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_END = 0x06064b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const MAX_COMMENT = 0xffff;

interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
}

function corrupt(file: string, what: string): KnowledgeFileError {
  return new KnowledgeFileError(file, `not a readable .xlsx workbook (damaged zip: ${what}). Open it in Excel and save it again as .xlsx.`);
}

function readCentralDirectory(buffer: Buffer, file: string, budget: Budget): ZipEntry[] {
  const end = lastSignature(buffer, END_OF_DIRECTORY, Math.max(0, buffer.length - 22 - MAX_COMMENT));
  if (end < 0) throw corrupt(file, 'no end of central directory');
  let count = buffer.readUInt16LE(end + 10);
  let size = buffer.readUInt32LE(end + 12);
  let offset = buffer.readUInt32LE(end + 16);
  let directoryEnd = end;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || buffer.readUInt32LE(locator) !== ZIP64_LOCATOR) throw corrupt(file, 'zip64 locator missing');
    const record = Number(buffer.readBigUInt64LE(locator + 8));
    if (record + 56 > buffer.length || buffer.readUInt32LE(record) !== ZIP64_END) throw corrupt(file, 'zip64 record missing');
    count = Number(buffer.readBigUInt64LE(record + 32));
    size = Number(buffer.readBigUInt64LE(record + 40));
    offset = Number(buffer.readBigUInt64LE(record + 48));
    directoryEnd = record;
  }
  // JSZip insists on exactly this many entries, so the count can be judged before reading them.
  budget.entryCount(count);
  // Bytes before the zip (a self-extractor stub) shift every offset; JSZip corrects for them.
  const shift = directoryEnd - (offset + size);
  if (shift < 0) throw corrupt(file, 'central directory out of bounds');
  const entries: ZipEntry[] = [];
  let at = offset + shift;
  for (let i = 0; i < count; i++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== DIRECTORY_ENTRY) throw corrupt(file, 'central directory truncated');
    const flags = buffer.readUInt16LE(at + 8);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    if (flags & 1) throw new KnowledgeFileError(file, "password-protected workbooks can't be read: save a copy without a password.");
    let compressedSize = buffer.readUInt32LE(at + 20);
    let uncompressedSize = buffer.readUInt32LE(at + 24);
    let localOffset = buffer.readUInt32LE(at + 42);
    const extra = buffer.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
    ({ compressedSize, uncompressedSize, localOffset } = zip64Sizes(extra, { compressedSize, uncompressedSize, localOffset }));
    entries.push({
      name: buffer.toString('utf8', at + 46, at + 46 + nameLength),
      method: buffer.readUInt16LE(at + 10),
      compressedSize,
      uncompressedSize,
      localOffset: localOffset + shift,
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset that the 32-bit fields mark as 0xFFFFFFFF are in the zip64 extra field, in this order. */
function zip64Sizes(extra: Buffer, sizes: { compressedSize: number; uncompressedSize: number; localOffset: number }): typeof sizes {
  const result = { ...sizes };
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      const take = (): number => {
        const value = field + 8 <= at + 4 + length && field + 8 <= extra.length ? Number(extra.readBigUInt64LE(field)) : 0;
        field += 8;
        return value;
      };
      if (sizes.uncompressedSize === 0xffffffff) result.uncompressedSize = take();
      if (sizes.compressedSize === 0xffffffff) result.compressedSize = take();
      if (sizes.localOffset === 0xffffffff) result.localOffset = take();
    }
    at += 4 + length;
  }
  return result;
}

function entryData(buffer: Buffer, entry: ZipEntry, file: string): Buffer {
  const at = entry.localOffset;
  if (at < 0 || at + 30 > buffer.length || buffer.readUInt32LE(at) !== LOCAL_HEADER)
    throw corrupt(file, `bad local header for "${entry.name}"`);
  const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
  if (start + entry.compressedSize > buffer.length) throw corrupt(file, `"${entry.name}" runs past the end of the file`);
  return buffer.subarray(start, start + entry.compressedSize);
}

function lastSignature(buffer: Buffer, signature: number, from: number): number {
  for (let at = buffer.length - 22; at >= from; at--) {
    if (buffer.readUInt32LE(at) === signature) return at;
  }
  return -1;
}

/**
 * Inflates `data`, handing each chunk to `onChunk`, and stops as soon as more than `cap` bytes
 * came out. Returns the bytes inflated (more than `cap` when it stopped early). A damaged stream
 * counts what it gave: exceljs fails on it later with its own message.
 */
function inflateCapped(data: Buffer, cap: number, onChunk: (chunk: Buffer) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: 64 * 1024 });
    let total = 0;
    let settled = false;
    const finish = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(total);
    };
    inflate.on('data', (chunk: Buffer) => {
      if (settled) return;
      total += chunk.length;
      if (total > cap) {
        inflate.destroy();
        finish();
        return;
      }
      try {
        onChunk(chunk);
      } catch (error) {
        inflate.destroy();
        finish(error);
      }
    });
    inflate.on('end', () => finish());
    inflate.on('error', () => finish());
    inflate.end(data);
  });
}

// ---------------------------------------------------------------------------------------------
// Worksheet XML, scanned in chunks for the tags whose attributes exceljs expands. Tags are found
// by their local name, attributes with quoted values that may hold `>`; only an unfinished tag
// is carried from one chunk to the next.

const TAG = /<(?:[A-Za-z_][\w.-]*:)?(c|row|mergeCell|dimension|dataValidation)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const COMPLETE_TAG = /<(?:[^>"']|"[^"]*"|'[^']*')*>/y;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

class SheetScanner {
  private carry = '';
  private column = 0;
  private rowWidth = 0;

  constructor(private readonly budget: Budget) {}

  push(chunk: Buffer): void {
    // Tags and the attributes read here are ASCII; other bytes only need to stay one char each.
    const text = this.carry + chunk.toString('latin1');
    let consumed = 0;
    TAG.lastIndex = 0;
    for (let match = TAG.exec(text); match; match = TAG.exec(text)) {
      this.tag(match[1]!, match[2]!);
      consumed = TAG.lastIndex;
    }
    // Only an unfinished tag is carried over; a finished one (`</row>`, `<v>`) is not one of ours.
    const open = text.lastIndexOf('<');
    COMPLETE_TAG.lastIndex = open;
    this.carry = open >= consumed && !COMPLETE_TAG.test(text) ? text.slice(open) : '';
    if (this.carry.length > MAX_TAG_CHARS) {
      throw new KnowledgeFileError(
        this.budget.file,
        `not a worksheet Excel writes: a tag longer than ${megabytes(MAX_TAG_CHARS)} MB. Open it in Excel and save it again as .xlsx.`,
      );
    }
    this.budget.check();
  }

  end(): void {
    this.endRow();
    this.budget.check();
  }

  private tag(name: string, attributeText: string): void {
    const attributes = parseAttributes(attributeText);
    const { census } = this.budget;
    switch (name) {
      case 'row':
        this.endRow();
        this.column = 0;
        break;
      case 'c': {
        census.cells++;
        this.column = decodeAddress(attributes.get('r') ?? '')?.column ?? this.column + 1;
        this.rowWidth = Math.max(this.rowWidth, this.column);
        break;
      }
      case 'dimension': {
        const ref = attributes.get('ref') ?? '';
        this.budget.dimension(ref, areaOf(ref));
        break;
      }
      case 'mergeCell':
        census.mergedCells += areaOf(attributes.get('ref') ?? '');
        break;
      case 'dataValidation':
        for (const range of (attributes.get('sqref') ?? '').split(/\s+/)) census.validationCells += areaOf(range);
        break;
    }
  }

  private endRow(): void {
    this.budget.census.gridCells += this.rowWidth;
    this.rowWidth = 0;
  }
}

function parseAttributes(text: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(text); match; match = ATTRIBUTE.exec(text)) {
    // Only the local name matters (`x:ref` is not exceljs's `ref`, but counting it is harmless).
    attributes.set(match[1]!.replace(/^.*:/, ''), decodeCharacterReferences(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/** The XML parser decodes `&#65;` to `A` before exceljs reads a reference; so must the scan. */
function decodeCharacterReferences(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&#(x[0-9a-f]+|[0-9]+);/gi, (whole, code: string) => {
    const n = code[0] === 'x' || code[0] === 'X' ? parseInt(code.slice(1), 16) : parseInt(code, 10);
    return n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
  });
}

/**
 * A cell reference read the way exceljs reads it (`colCache.decodeAddress`): capital letters up to
 * the first digit, digits, `$` anywhere, anything else ignored until both are found. Unlike exceljs
 * it does not stop at column XFD, so that a reference beyond it counts in full.
 */
function decodeAddress(text: string): { column: number; row: number } | null {
  let column = 0;
  let row = 0;
  let hasColumn = false;
  let hasRow = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!hasRow && code >= 65 && code <= 90) {
      hasColumn = true;
      column = column * 26 + code - 64;
    } else if (code >= 48 && code <= 57) {
      hasRow = true;
      row = row * 10 + code - 48;
    } else if (hasRow && hasColumn && code !== 36) {
      break;
    }
  }
  return hasColumn && hasRow ? { column, row } : null;
}

/** Cells in a range as exceljs splits it (`A1:B2`; a lone address is one cell). */
function areaOf(range: string): number {
  const parts = range.split(':');
  if (parts.length !== 2) return decodeAddress(range) ? 1 : 0;
  const from = decodeAddress(parts[0]!);
  const to = decodeAddress(parts[1]!);
  if (!from || !to) return 0;
  return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.column - from.column) + 1);
}
