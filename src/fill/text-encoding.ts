/**
 * Writes a filled CSV/TSV back in the encoding it came in: a customer who sent Shift_JIS from
 * Excel on Windows must be able to open the answer in the same Excel without an import dialog.
 */
import iconv from 'iconv-lite';
import type { TextEncoding } from '../knowledge/readers/decode.js';

export type { TextEncoding };

/** The text exactly as stored, line endings included, without its BOM. */
export function decodeExact(bytes: Uint8Array, encoding: TextEncoding): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), iconvName(encoding), { stripBOM: true });
}

/** Encodes text, with the BOM the original had. */
export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  const bom = encoding === 'utf-8-bom' || encoding.startsWith('utf-16');
  return new Uint8Array(iconv.encode(text, iconvName(encoding), { addBOM: bom }));
}

/**
 * CP932 has no code for some characters that answers and citations use; these have a look-alike
 * it does have. Others are tried in their NFKC form (`é` stays out, `ｶ` and `①` are in CP932 anyway);
 * what is still missing becomes `?`, as when Excel itself saves such a CSV.
 */
const CP932_LOOKALIKES: Readonly<Record<string, string>> = {
  '\u203A': '\uFF1E', // › (kotae's citation separator) → ＞
  '\u2039': '\uFF1C', // ‹ → ＜
  '\u2212': '\uFF0D', // − minus → － full-width hyphen-minus
  '\u301C': '\uFF5E', // 〜 wave dash → ～ full-width tilde
  '\u2016': '\u2225', // ‖ → ∥
  '\u2013': '\u2015', // – en dash → ―
  '\u2014': '\u2015', // — em dash → ―
  '\u00A2': '\uFFE0', // ¢
  '\u00A3': '\uFFE1', // £
  '\u00AC': '\uFFE2', // ¬
  '\u2022': '\u30FB', // • → ・
  '\u00B7': '\u30FB', // · → ・
};

const cp932Cache = new Map<string, string>();

/** Text that the encoding can hold, for what kotae adds to the file. */
export function encodable(text: string, encoding: TextEncoding): string {
  if (encoding !== 'cp932') return text;
  return text.replace(/[^\x00-\x7F]/gu, cp932Char);
}

function cp932Char(ch: string): string {
  let mapped = cp932Cache.get(ch);
  if (mapped === undefined) {
    const nfkc = ch.normalize('NFKC');
    mapped = inCp932(ch) ? ch : (CP932_LOOKALIKES[ch] ?? ([...nfkc].every(inCp932) ? nfkc : '?'));
    cp932Cache.set(ch, mapped);
  }
  return mapped;
}

function inCp932(ch: string): boolean {
  return iconv.decode(iconv.encode(ch, 'cp932'), 'cp932') === ch;
}

function iconvName(encoding: TextEncoding): string {
  return encoding === 'utf-8-bom' ? 'utf-8' : encoding;
}
