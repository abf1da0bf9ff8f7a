import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { citationLine } from '../../src/present/citation.js';
import { fillQuestionnaire, KOTAE_HEADERS, TO_CHECK } from '../../src/fill/index.js';
import { encodable } from '../../src/fill/text-encoding.js';
import { readDelimited } from '../../src/knowledge/readers/delimited.js';
import { asked, fillFixture, type FillFixture } from './customer-files.js';

let fixture: FillFixture;
beforeAll(async () => {
  fixture = await fillFixture();
});
afterAll(() => fixture.cleanup());

/** Excel's way of writing a CSV cell: quoted only when needed. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Like Excel's "CSV" export on Japanese Windows: CP932, CRLF, a title line, a trailing CRLF. */
function customerCsv(questions: readonly string[]): string {
  const lines = ['セキュリティ確認票,,,,', 'No,確認内容,回答(○/×),備考,', ...questions.map((q, i) => `${i + 1},${csvCell(q)},,,`)];
  return `${lines.join('\r\n')}\r\n`;
}

describe('filling a .csv questionnaire', () => {
  it('writes a Shift_JIS (CP932) file back in CP932 with CRLF, the original text untouched', async () => {
    const questions = fixture.questions.slice(0, 12).map(asked);
    const text = customerCsv(questions);
    const bytes = new Uint8Array(iconv.encode(text, 'cp932'));
    const filled = await fillQuestionnaire(bytes, 'customer.csv', fixture.answer);
    expect(filled.fileName).toBe('customer.kotae.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(filled.bytes)).toThrow();
    const out = iconv.decode(Buffer.from(filled.bytes), 'cp932');
    expect(iconv.encode(out, 'cp932').equals(Buffer.from(filled.bytes))).toBe(true);
    // Every original record is still there, in order, as written, kotae's cells appended after it
    // (line breaks inside kotae's cells are LF, as Excel writes them, so CRLF still splits records).
    const records = out.split('\r\n');
    expect(records).toHaveLength(text.split('\r\n').length);
    for (const [i, q] of questions.entries())
      expect(records[i + 2]!.startsWith(`${i + 1},${csvCell(q)},${filled.rows[i]!.status ?? ''},`)).toBe(true);
    expect(out.startsWith('セキュリティ確認票,,,,\r\nNo,確認内容,回答(○/×),備考,,kotae回答,kotae出典,kotae信頼度,kotae候補\r\n')).toBe(
      true,
    );
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.replace(/\r\n/g, '').includes('\n')).toBe(true); // multi-line cells use LF inside quotes, as Excel writes them

    const grid = readDelimited(filled.bytes, 'customer.kotae.csv', ',');
    const header = grid.rows[1]!.cells;
    expect(header.slice(5)).toEqual([...KOTAE_HEADERS]);
    expect(filled.summary.rows).toBe(questions.length);
    questions.forEach((question, i) => {
      const cells = grid.rows[i + 2]!.cells;
      const expected = answerQuestion(fixture.snapshot, question, { top: 3 });
      const first = expected.results[0]!;
      expect(cells[1]).toBe(question);
      // CP932 has no ›: citations read ＞ there.
      expect(cells[6] ?? '', `line ${i + 3}`).toBe(expected.answered ? citationLine(first).replace(/›/g, '＞') : '');
      expect(cells[7]).toBe(first.confidence.toFixed(2));
      expect(cells[5]).toBe(expected.answered ? encodable(filled.rows[i]!.answer, 'cp932').trim() : TO_CHECK);
      // The status column (○/× in its header) gets ○ where the matched item states it, and 備考,
      // the free-text column, the answer itself: in place, for confident rows only.
      expect(cells[2] ?? '').toBe(filled.rows[i]!.status ?? '');
      if (expected.answered && first.status === '○') expect(cells[2]).toBe('○');
      expect(cells[3] ?? '', `line ${i + 3}`).toBe(expected.answered ? encodable(filled.rows[i]!.answer, 'cp932').trim() : '');
      expect(filled.rows[i]!.cells.map((c) => c.address)).toEqual(
        expected.answered ? [...(filled.rows[i]!.status ? [`C${i + 3}`] : []), `D${i + 3}`] : [],
      );
    });
  });

  it('keeps UTF-8 with a BOM, and UTF-8 without one, as they were', async () => {
    const text = customerCsv(fixture.questions.slice(0, 3).map(asked)).replace(/\r\n/g, '\n');
    const plain = new TextEncoder().encode(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    const filledBom = await fillQuestionnaire(withBom, 'bom.csv', fixture.answer);
    expect([...filledBom.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const filledPlain = await fillQuestionnaire(plain, 'plain.csv', fixture.answer);
    expect([...filledPlain.bytes.slice(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(filledPlain.bytes);
    expect(decoded.includes('\r')).toBe(false);
    expect(decoded.split('\n')[1]).toBe('No,確認内容,回答(○/×),備考,,kotae回答,kotae出典,kotae信頼度,kotae候補');
    expect(new TextDecoder().decode(filledBom.bytes.slice(3))).toBe(decoded);
  });

  it('keeps UTF-16 (Excel\'s "Unicode text") in UTF-16 with its BOM', async () => {
    const text = 'No\t質問\r\n1\tデータは暗号化されていますか\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const filled = await fillQuestionnaire(bytes, 'unicode.tsv', fixture.answer);
    expect([...filled.bytes.slice(0, 2)]).toEqual([0xff, 0xfe]);
    const out = Buffer.from(filled.bytes.slice(2)).toString('utf16le');
    expect(out.split('\r\n')[0]).toBe('No\t質問\tkotae回答\tkotae出典\tkotae信頼度\tkotae候補');
    expect(out.split('\r\n')[1]!.startsWith('1\tデータは暗号化されていますか\t')).toBe(true);
  });

  it('lines kotae columns up after the widest record, even when rows are ragged', async () => {
    const text = 'No,質問\n1,データは暗号化されていますか\n2,バックアップを取得していますか,補足あり,,\n';
    const filled = await fillQuestionnaire(new TextEncoder().encode(text), 'ragged.csv', fixture.answer);
    const rows = readDelimited(filled.bytes, 'ragged.kotae.csv', ',').rows;
    expect(rows.map((row) => row.cells.indexOf('kotae回答') >= 0 || row.cells[5] !== undefined)).toEqual([true, true, true]);
    expect(rows[0]!.cells.slice(5)).toEqual([...KOTAE_HEADERS]);
    expect(rows[1]!.cells[6]).toBe(citationLine(answerQuestion(fixture.snapshot, 'データは暗号化されていますか', { top: 3 }).results[0]!));
    expect(rows[2]!.cells[2]).toBe('補足あり');
  });

  it('fills a question that starts with a quoted word, its cells where the reader finds them', async () => {
    const text = 'No,質問,回答\n1,"データ"は暗号化されていますか,\n2, "バックアップ" ,\n';
    const filled = await fillQuestionnaire(new TextEncoder().encode(text), 'quoted.csv', fixture.answer);
    expect(filled.rows.map((row) => row.question)).toEqual(['"データ"は暗号化されていますか', '"バックアップ"']);
    const rows = readDelimited(filled.bytes, 'quoted.kotae.csv', ',').rows;
    expect(rows[0]!.cells.slice(3)).toEqual([...KOTAE_HEADERS]);
    for (const [i, row] of filled.rows.entries()) expect(rows[i + 1]!.cells[4], row.question).toBe(row.toCheck ? '' : row.citation);
  });
});

describe('filling a .tsv questionnaire', () => {
  it('appends tab-separated cells, quoting answers that hold tabs, quotes or line breaks', async () => {
    const questions = fixture.questions.slice(10, 16).map(asked);
    const text = ['項番\t確認事項\t実施状況\t回答', ...questions.map((q, i) => `${i + 1}\t${q}\t\t`)].join('\n');
    const filled = await fillQuestionnaire(new TextEncoder().encode(text), 'sheet.tsv', fixture.answer);
    expect(filled.fileName).toBe('sheet.kotae.tsv');
    const out = new TextDecoder().decode(filled.bytes);
    expect(out.split('\n')[0]).toBe('項番\t確認事項\t実施状況\t回答\tkotae回答\tkotae出典\tkotae信頼度\tkotae候補');
    expect(out.endsWith('\n')).toBe(false);
    const rows = readDelimited(filled.bytes, 'sheet.kotae.tsv', '\t').rows;
    questions.forEach((question, i) => {
      const expected = answerQuestion(fixture.snapshot, question, { top: 3 });
      const cells = rows[i + 1]!.cells;
      expect(cells[1]).toBe(question);
      expect(cells[4]).toBe(expected.answered ? filled.rows[i]!.answer.trim() : TO_CHECK);
      expect(cells[5] ?? '').toBe(expected.answered ? citationLine(expected.results[0]!) : '');
      expect(cells[7] ?? '').toBe(filled.rows[i]!.candidates.trim());
    });
  });
});
