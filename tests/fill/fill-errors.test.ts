import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { AskResult } from '../../src/core/types.js';
import { dimensionBomb, mergeBomb, zipBomb } from '../support/hostile-files.js';
import { fillQuestionnaire, FillError, MAX_QUESTION_ROWS, type FillErrorCode } from '../../src/fill/index.js';

/** Bad input must be refused before a single question is answered. */
function neverCalled() {
  return vi.fn((question: string): AskResult => {
    throw new Error(`answered "${question}" although the file should have been refused`);
  });
}

async function refusal(bytes: Uint8Array, fileName: string, maxRows?: number): Promise<FillError> {
  const answer = neverCalled();
  const error: unknown = await fillQuestionnaire(bytes, fileName, answer, { maxRows }).then(
    () => new Error('expected a FillError'),
    (e: unknown) => e,
  );
  expect(answer).not.toHaveBeenCalled();
  if (error instanceof FillError) return error;
  throw error;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('questionnaires kotae refuses, with a message naming the file and what to do', () => {
  it.each<[string, () => Promise<Uint8Array>, RegExp]>([
    ['merge.xlsx', mergeBomb, /^merge\.xlsx: merged ranges too large: .* \/ 結合セルの範囲が大きすぎます/],
    ['zip.xlsx', () => zipBomb(256, { lying: true }), /zip bomb.* \/ .*(zip爆弾|展開後)/],
    ['dimension.xlsx', () => dimensionBomb(10), /claims the range A1:XFD1048576.* \/ シートの範囲/],
  ])('%s, over a workbook budget, in English and Japanese', async (name, make, message) => {
    const error = await refusal(await make(), name);
    expect(error.code).toBe('over-budget');
    expect(error.message).toMatch(message);
  });

  it.each<[string, Uint8Array, FillErrorCode, RegExp]>([
    [
      'report.pdf',
      text('%PDF-1.7 ...'),
      'unsupported',
      /^report\.pdf: not a spreadsheet \(\.pdf\): kotae fills \.xlsx, \.xlsm, \.csv and \.tsv files\.$/,
    ],
    ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'unsupported', /^old\.xls: .*save it as \.xlsx/],
    [
      'macro.xlsm',
      new Uint8Array([0x50, 0x4b, 3, 4]),
      'unreadable',
      /^macro\.xlsm: not a readable \.xlsx workbook \(damaged zip: .*\)\. Open it in Excel and save it again/,
    ],
    [
      'renamed.xlsx',
      text('No,質問\n1,暗号化していますか\n'),
      'unreadable',
      /^renamed\.xlsx: not an \.xlsx workbook: the file is not a zip archive/,
    ],
    ['binary.csv', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 1, 2, 3]), 'unreadable', /^binary\.csv: not text: the file looks binary/],
    ['broken.csv', text('No,質問\n1,"暗号化していますか\n'), 'unreadable', /unterminated quote/],
  ])('%s', async (name, bytes, code, message) => {
    const error = await refusal(bytes, `/some/folder/${name}`);
    expect(error.code).toBe(code);
    expect(error.file).toBe(name);
    expect(error.message).toMatch(message);
  });

  it('a password-protected workbook (an encrypted OLE container)', async () => {
    const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const error = await refusal(new Uint8Array([...ole, ...Buffer.from('EncryptedPackage', 'utf16le')]), 'secret.xlsx');
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe("secret.xlsx: password-protected workbooks can't be read: save a copy without a password.");
  });

  it('a workbook whose zip says it expands past 200 MB, before inflating anything', async () => {
    const zip = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'xl/worksheets/sheet1.xml': new Uint8Array(1000) });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    // The central directory's uncompressed size of the second entry: what the zip declares.
    let at = zip.byteLength - 22;
    while (view.getUint32(at, true) !== 0x06054b50) at--;
    let entry = view.getUint32(at + 16, true);
    entry += 46 + view.getUint16(entry + 28, true) + view.getUint16(entry + 30, true) + view.getUint16(entry + 32, true);
    view.setUint32(entry + 24, 300 * 1024 * 1024, true);
    const error = await refusal(zip, 'bomb.xlsx');
    expect(error.code).toBe('over-budget');
    expect(error.message).toMatch(/^bomb\.xlsx: .*MB.* \/ /);
  });

  it('a spreadsheet without a question column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('売上');
    sheet.addRows([
      ['月', '売上', '前年比'],
      ['4月', 1200, 1.1],
      ['5月', 1300, 1.05],
      ['6月', 900, 0.9],
    ]);
    const error = await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()), 'sales.xlsx');
    expect(error.code).toBe('no-questions');
    expect(error.message).toMatch(/^sales\.xlsx: no question column found\. .*add such a header above the questions/);
    expect((await refusal(text('name,price\napple,100\npear,120\n'), 'prices.csv')).code).toBe('no-questions');
  });

  it(`more than ${MAX_QUESTION_ROWS} question rows`, async () => {
    const rows = Array.from({ length: MAX_QUESTION_ROWS + 1 }, (_, i) => `${i + 1},項目${i + 1}のデータは暗号化されていますか`);
    const error = await refusal(text(`No,質問\n${rows.join('\n')}\n`), 'huge.csv');
    expect(error.code).toBe('too-many-rows');
    expect(error.message).toBe(
      `huge.csv: ${MAX_QUESTION_ROWS + 1} question rows, more than the ${MAX_QUESTION_ROWS} kotae fills at once: split the file and fill the parts.`,
    );
  });

  it('a limit the caller sets lower, as a chat bot might', async () => {
    const error = await refusal(text('No,質問\n1,暗号化していますか\n2,バックアップはありますか\n3,ログは残していますか\n'), 'q.csv', 2);
    expect(error.code).toBe('too-many-rows');
  });
});

describe('filling while a caller waits', () => {
  it('reports progress and stops when aborted', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => `${i + 1},項目${i + 1}は暗号化されていますか`);
    const bytes = text(`No,質問\n${rows.join('\n')}\n`);
    const seen: Array<[number, number]> = [];
    const result: AskResult = { question: '', answered: false, took_ms: 0, results: [] };
    await fillQuestionnaire(bytes, 'q.csv', () => result, { onProgress: (done, total) => seen.push([done, total]) });
    expect(seen[0]).toEqual([0, 100]);
    expect(seen.at(-1)).toEqual([100, 100]);
    const controller = new AbortController();
    let answered = 0;
    const stopping = fillQuestionnaire(
      bytes,
      'q.csv',
      () => {
        if (++answered === 10) controller.abort(new Error('upload cancelled'));
        return result;
      },
      { signal: controller.signal },
    );
    await expect(stopping).rejects.toThrow('upload cancelled');
    expect(answered).toBeLessThan(100);
  });
});
