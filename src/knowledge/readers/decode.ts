/**
 * Turns the bytes of a text-like knowledge file (.csv, .tsv, .txt) into a string. Checksheets
 * arrive from many hands: UTF-8 from web tools, UTF-16 from Excel's "Unicode text", and
 * Shift_JIS (really CP932) from Excel's plain "CSV" on Japanese Windows.
 */
import iconv from 'iconv-lite';
import { KnowledgeFileError } from '../errors.js';

const EXPORT_HINT = 'Export it as .xlsx, .csv, .tsv or .txt.';

/** C0/C1 controls that never occur in prose; tab, line breaks and form feed do. */
const STRAY_CONTROL = /[\x01-\x08\x0E-\x1F\x7F-\x9F]/g;

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
  const { text } = decode(bytes, file);
  assertLooksLikeText(text, file);
  return text.replace(/\r\n?/g, '\n');
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

function decode(bytes: Uint8Array, file: string): { encoding: TextEncoding; text: string } {
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', text: iconv.decode(bytes, 'utf16-le') };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', text: iconv.decode(bytes, 'utf16-be') };
  // Checked before any decoding: NUL is valid UTF-8, so a binary file could otherwise pass.
  if (bytes.includes(0)) {
    throw new KnowledgeFileError(file, `not text: the file looks binary (NUL bytes). ${EXPORT_HINT}`);
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const utf8 = decodeUtf8(bytes);
  if (utf8 !== null) return { encoding: bom ? 'utf-8-bom' : 'utf-8', text: utf8 };
  if (bom) {
    throw new KnowledgeFileError(
      file,
      'broken UTF-8: the file is marked as UTF-8 but contains bytes that are not. Save it as UTF-8 again.',
    );
  }
  // iconv-lite maps every byte sequence CP932 does not define to U+FFFD, and CP932 itself never
  // produces it, so its presence means the guess was wrong (EUC-JP, Latin-1, ...).
  const cp932 = iconv.decode(bytes, 'cp932');
  if (!cp932.includes('\uFFFD')) return { encoding: 'cp932', text: cp932 };
  throw new KnowledgeFileError(
    file,
    'unknown text encoding: neither UTF-8 nor Shift_JIS. Save it as UTF-8.',
  );
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
    throw new KnowledgeFileError(
      file,
      `not text: the file looks binary (many control characters). ${EXPORT_HINT}`,
    );
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
