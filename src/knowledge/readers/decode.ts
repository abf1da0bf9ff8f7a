/**
 * Turns the bytes of a text-like knowledge file (.csv, .tsv, .txt) into a string. Checksheets
 * arrive from many hands: UTF-8 from web tools, UTF-16 from Excel's "Unicode text", and
 * Shift_JIS (really CP932) from Excel's plain "CSV" on Japanese Windows.
 */
import iconv from 'iconv-lite';
import { KnowledgeFileError } from '../errors.js';

const EXPORT_HINT = 'Export it as .xlsx, .csv, .tsv or .txt.';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** C0/C1 controls that never occur in prose; tab, line breaks and form feed do. */
const STRAY_CONTROL = /[\x01-\x08\x0E-\x1F\x7F-\x9F]/g;

/**
 * What no text encoder produces from real text: lone surrogates, unassigned and private-use code
 * points. Random bytes read as UTF-16 are one in six of these.
 */
const NOT_CHARACTERS = /[\p{Cs}\p{Cn}\p{Co}]/gu;

/** A decoded text and what had to be repaired to decode it. */
export interface DecodedText {
  readonly text: string;
  /** In words an admin can act on; the caller adds the file name. */
  readonly warnings: readonly string[];
}

/**
 * Decodes a text file, detecting UTF-8 (with or without BOM), UTF-16 LE/BE with BOM, or
 * Shift_JIS/CP932. The BOM is dropped and line endings become `\n`.
 *
 * @param bytes - The whole file.
 * @param file - Name used in errors.
 * @returns The text, ready to split on `\n`.
 * @throws {@link KnowledgeFileError} when the bytes look binary or match no supported encoding.
 */
export function decodeText(bytes: Uint8Array, file: string): string {
  return decodeTextReport(bytes, file).text;
}

/**
 * {@link decodeText}, and what it repaired: a file cut inside a multi-byte character (a copy that
 * stopped short, a truncated upload) is read with its broken last character replaced by U+FFFD.
 *
 * @throws {@link KnowledgeFileError} as {@link decodeText} does.
 */
export function decodeTextReport(bytes: Uint8Array, file: string): DecodedText {
  const { text, truncated } = decode(bytes, file);
  assertLooksLikeText(text, file);
  const warnings = truncated
    ? [
        'the file ends inside a character (cut short?): the broken last character was replaced by "\uFFFD". Check that the file was copied completely.',
      ]
    : [];
  return { text: text.replace(/\r\n?/g, '\n'), warnings };
}

/** The encodings {@link decodeText} accepts; a UTF-8 BOM is told apart so a writer can keep it. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'cp932' | 'utf-16le' | 'utf-16be';

/**
 * Which encoding {@link decodeText} reads the bytes as, for writers that must answer in the same
 * encoding (a Shift_JIS CSV from Excel comes back as Shift_JIS).
 *
 * @throws {@link KnowledgeFileError} when the bytes look binary or match no supported encoding.
 */
export function detectTextEncoding(bytes: Uint8Array, file: string): TextEncoding {
  return decode(bytes, file).encoding;
}

interface Decoded {
  readonly encoding: TextEncoding;
  readonly text: string;
  /** True when the bytes end inside a multi-byte character, replaced by U+FFFD in `text`. */
  readonly truncated: boolean;
}

function decode(bytes: Uint8Array, file: string): Decoded {
  const decoded = decodeWhole(bytes, file);
  if (decoded) return { ...decoded, truncated: false };
  // A file cut inside its last character: everything before it must decode cleanly.
  const utf8Tail = incompleteUtf8Tail(bytes);
  if (utf8Tail > 0) {
    const head = decodeWhole(bytes.subarray(0, bytes.length - utf8Tail), file);
    if (head && (head.encoding === 'utf-8' || head.encoding === 'utf-8-bom'))
      return { ...head, text: `${head.text}\uFFFD`, truncated: true };
  }
  if (isCp932LeadByte(bytes[bytes.length - 1])) {
    const head = decodeWhole(bytes.subarray(0, bytes.length - 1), file);
    if (head?.encoding === 'cp932') return { ...head, text: `${head.text}\uFFFD`, truncated: true };
  }
  if (startsWith(bytes, UTF8_BOM)) {
    throw new KnowledgeFileError(
      file,
      'broken UTF-8: the file is marked as UTF-8 but contains bytes that are not. Save it as UTF-8 again.',
    );
  }
  throw new KnowledgeFileError(file, 'unknown text encoding: neither UTF-8 nor Shift_JIS. Save it as UTF-8.');
}

/** Bytes after the last complete UTF-8 character when they start a character they do not finish; else 0. */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const byte = bytes[bytes.length - back]!;
    if ((byte & 0xc0) === 0x80) continue;
    const needed = byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 ? 2 : 0;
    return needed > back ? back : 0;
  }
  return 0;
}

function isCp932LeadByte(byte: number | undefined): boolean {
  return byte !== undefined && ((byte >= 0x81 && byte <= 0x9f) || (byte >= 0xe0 && byte <= 0xfc));
}

/** The whole bytes in the encoding they are in, or null when they fit none. */
function decodeWhole(bytes: Uint8Array, file: string): Omit<Decoded, 'truncated'> | null {
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', text: iconv.decode(bytes, 'utf16-le') };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', text: iconv.decode(bytes, 'utf16-be') };
  // Checked before any decoding: NUL is valid UTF-8, so a binary file could otherwise pass.
  if (bytes.includes(0)) {
    throw new KnowledgeFileError(file, `not text: the file looks binary (NUL bytes). ${EXPORT_HINT}`);
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { encoding: bom ? 'utf-8-bom' : 'utf-8', text: utf8 };
  if (bom) return null;
  // iconv-lite maps every byte sequence CP932 does not define to U+FFFD, and CP932 itself never
  // produces it, so its presence means the guess was wrong (EUC-JP, Latin-1, ...).
  const cp932 = iconv.decode(bytes, 'cp932');
  return cp932.includes('\uFFFD') ? null : { encoding: 'cp932', text: cp932 };
}

/** Strict UTF-8 (the BOM, if any, removed), or null when the bytes are not UTF-8. */
function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function assertLooksLikeText(text: string, file: string): void {
  // Reachable only for UTF-16, where NUL bytes are normal but NUL characters are not.
  if (text.includes('\0')) {
    throw new KnowledgeFileError(file, `not text: the file looks binary (NUL bytes). ${EXPORT_HINT}`);
  }
  // A few stray controls survive copy-paste from other tools; binary data has them everywhere.
  const controls = text.match(STRAY_CONTROL)?.length ?? 0;
  if (controls >= 8 && controls * 50 > text.length) {
    throw new KnowledgeFileError(file, `not text: the file looks binary (many control characters). ${EXPORT_HINT}`);
  }
  // Random bytes behind a UTF-16 byte-order mark decode without error, to noise.
  const noise = text.match(NOT_CHARACTERS)?.length ?? 0;
  if (noise >= 8 && noise * 50 > text.length) {
    throw new KnowledgeFileError(file, `not text: the file looks binary (many code points that are not characters). ${EXPORT_HINT}`);
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
