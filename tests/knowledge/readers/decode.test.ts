import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText, decodeTextReport } from '../../../src/knowledge/readers/decode.js';
import { KnowledgeFileError } from '../../../src/knowledge/errors.js';
import { randomUtf16, utf16le } from '../../support/hostile-files.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

function decodeError(bytes: Uint8Array, file: string): KnowledgeFileError {
  try {
    decodeText(bytes, file);
  } catch (error) {
    if (error instanceof KnowledgeFileError) return error;
    throw error;
  }
  throw new Error('expected a KnowledgeFileError');
}

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('No.,質問\n6-30,暗号化していますか'), 'a.csv')).toBe('No.,質問\n6-30,暗号化していますか');
  });

  it('drops the UTF-8 BOM', () => {
    const bytes = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('分類,質問'));
    expect(decodeText(bytes, 'a.csv')).toBe('分類,質問');
  });

  it('reads Shift_JIS (CP932) as Excel on Japanese Windows saves it, including NEC and IBM extensions', () => {
    const text = '①アクセス管理,～,髙橋,ｾｷｭﾘﾃｨ';
    const bytes = iconv.encode(text, 'cp932');
    expect(decodeText(bytes, 'a.csv')).toBe(text);
  });

  it('reads UTF-16 LE and BE with a BOM, dropping the BOM', () => {
    const text = '質問\t回答\n①\t○';
    const le = concat(new Uint8Array([0xff, 0xfe]), Buffer.from(text, 'utf16le'));
    const be = concat(new Uint8Array([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16());
    expect(decodeText(le, 'a.txt')).toBe(text);
    expect(decodeText(be, 'a.txt')).toBe(text);
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    expect(decodeText(utf8('a\r\nb\rc\n'), 'a.txt')).toBe('a\nb\nc\n');
    expect(decodeText(iconv.encode('一\r\n二', 'cp932'), 'a.txt')).toBe('一\n二');
  });

  it('rejects a file with NUL bytes as binary, naming the file', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    const error = decodeError(png, 'docs/logo.txt');
    expect(error.file).toBe('docs/logo.txt');
    expect(error.message).toBe('not text: the file looks binary (NUL bytes). Export it as .xlsx, .csv, .tsv or .txt.');
  });

  it('rejects text full of control characters as binary', () => {
    const bytes = new Uint8Array(Array.from({ length: 40 }, (_, i) => (i % 2 ? 0x41 : 0x01)));
    expect(decodeError(bytes, 'a.txt').message).toMatch(/^not text: .*control characters/);
  });

  it('tolerates a few stray control characters in real text', () => {
    const text = `質問\v回答\x1A${'本文'.repeat(20)}`;
    expect(decodeText(utf8(text), 'a.txt')).toBe(text);
  });

  it('rejects bytes that are neither UTF-8 nor Shift_JIS', () => {
    const eucJp = iconv.encode('日本語のセキュリティチェックシート', 'euc-jp');
    const error = decodeError(eucJp, 'old.csv');
    expect(error.file).toBe('old.csv');
    expect(error.message).toBe('unknown text encoding: neither UTF-8 nor Shift_JIS. Save it as UTF-8.');
  });

  it('reads a UTF-8 file cut inside its last character, replacing that character and saying so', () => {
    const whole = utf8('質問,回答\n暗号化していますか,はい');
    const { text, warnings } = decodeTextReport(whole.subarray(0, whole.length - 1), 'cut.csv');
    expect(text).toBe('質問,回答\n暗号化していますか,は\uFFFD');
    expect(warnings).toEqual([expect.stringMatching(/ends inside a character/)]);
  });

  it('reads a UTF-8 file with a BOM cut inside its last character', () => {
    const whole = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('暗号化'));
    expect(decodeTextReport(whole.subarray(0, whole.length - 2), 'cut.txt')).toEqual({
      text: '暗号\uFFFD',
      warnings: [expect.stringMatching(/cut short/)],
    });
  });

  it('reads a Shift_JIS file cut after the lead byte of its last character', () => {
    const whole = iconv.encode('パスワードは８文字以上', 'cp932');
    const { text, warnings } = decodeTextReport(whole.subarray(0, whole.length - 1), 'cut.csv');
    expect(text).toBe('パスワードは８文字以\uFFFD');
    expect(warnings).toHaveLength(1);
  });

  it('still refuses a file broken in the middle, not only at its end', () => {
    const broken = concat(utf8('暗号'), new Uint8Array([0xe6]), utf8('化していますか'));
    expect(decodeError(broken, 'broken.txt').message).toMatch(/unknown text encoding/);
  });

  it('rejects random bytes behind a UTF-16 byte-order mark as binary', () => {
    expect(decodeError(randomUtf16(), 'noise.csv').message).toMatch(
      /not text: the file looks binary \(many code points that are not characters\)/,
    );
  });

  it('reads UTF-16 text with a few lone surrogates, leaving them for the analyser to drop', () => {
    expect(decodeText(utf16le('暗号化\ud800していますか'), 'a.csv')).toBe('暗号化\ud800していますか');
  });
});
