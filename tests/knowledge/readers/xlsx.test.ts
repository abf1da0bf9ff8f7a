import { describe, it, expect } from 'vitest';
import ExcelJS from 'exceljs';
import { readXlsx } from '../../../src/knowledge/readers/xlsx.js';
import { KnowledgeFileError } from '../../../src/knowledge/errors.js';

async function toBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A checksheet laid out the way vendors send them: title on top, header on row 3, column A empty. */
async function checksheetWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('セキュリティ');
  sheet.getCell('B1').value = 'セキュリティチェックシート';
  sheet.mergeCells('B1:D1');
  sheet.getRow(3).values = [undefined, 'No.', '分類', '質問', '回答', '備考'];

  sheet.getCell('B4').value = 6.3;
  sheet.getCell('C4').value = 'アクセス管理';
  sheet.mergeCells('C4:C5');
  sheet.getCell('D4').value = 'パスワードの\n最低文字数は？';
  sheet.getCell('E4').value = '○';
  sheet.getCell('F4').value = {
    richText: [{ text: '8文字', font: { bold: true } }, { text: '以上' }],
  };

  sheet.getCell('B5').value = '6-4';
  sheet.getCell('D5').value = '多要素認証に対応していますか';
  sheet.getCell('E5').value = '○';
  sheet.getCell('F5').value = { text: '設定ガイド', hyperlink: 'https://example.com/mfa' };

  sheet.getCell('B6').value = 7;
  sheet.getCell('D6').value = 'ログの保存年数';
  sheet.getCell('E6').value = { formula: '0.1+0.2', result: 0.1 + 0.2 };
  sheet.getCell('F6').value = { formula: 'B6=7', result: true };

  const history = workbook.addWorksheet('変更履歴', { state: 'hidden' });
  history.getCell('A1').value = '版';
  history.getCell('B1').value = '日付';
  history.getCell('C1').value = 'URL';
  history.getCell('A2').value = 1;
  history.getCell('B2').value = new Date(Date.UTC(2024, 3, 1));
  history.getCell('C2').value = { text: 'https://example.com', hyperlink: 'https://example.com' };

  workbook.addWorksheet('空');
  return toBytes(workbook);
}

async function readError(bytes: Uint8Array, file: string): Promise<KnowledgeFileError> {
  const error: unknown = await readXlsx(bytes, file).then(
    () => new Error('expected a KnowledgeFileError'),
    (e: unknown) => e,
  );
  if (error instanceof KnowledgeFileError) return error;
  throw error;
}

describe('readXlsx', () => {
  it('reads every non-empty sheet with cells in their columns, merged values repeated', async () => {
    const title = 'セキュリティチェックシート';
    expect(await readXlsx(await checksheetWorkbook(), 'vendor.xlsx')).toEqual([
      {
        sheet: 'セキュリティ',
        rows: [
          { line: 1, cells: ['', title, title, title] },
          { line: 3, cells: ['', 'No.', '分類', '質問', '回答', '備考'] },
          {
            line: 4,
            cells: ['', '6.3', 'アクセス管理', 'パスワードの\n最低文字数は？', '○', '8文字以上'],
          },
          {
            line: 5,
            cells: ['', '6-4', 'アクセス管理', '多要素認証に対応していますか', '○', '設定ガイド (https://example.com/mfa)'],
          },
          { line: 6, cells: ['', '7', '', 'ログの保存年数', '0.3', 'TRUE'] },
        ],
      },
      {
        sheet: '変更履歴',
        rows: [
          { line: 1, cells: ['版', '日付', 'URL'] },
          { line: 2, cells: ['1', '2024-04-01', 'https://example.com'] },
        ],
      },
    ]);
  });

  it('turns the _x000D_ carriage returns Excel writes into plain line breaks, and trims cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = '  一行目_x000D_\n二行目 ';
    // How Excel writes a cell whose text is literally "_x000D_".
    sheet.getCell('B1').value = 'A_x005F_x000D_';
    expect(await readXlsx(await toBytes(workbook), 'a.xlsx')).toEqual([
      { sheet: 'Sheet1', rows: [{ line: 1, cells: ['一行目\n二行目', 'A_x000D_'] }] },
    ]);
  });

  it('gives error cells and in-workbook links as text only', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.getCell('A1').value = { error: '#N/A' };
    sheet.getCell('B1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    sheet.getCell('C1').value = { text: '別表参照', hyperlink: "'別表'!A1" };
    sheet.getCell('D1').value = { text: 'support@example.com', hyperlink: 'mailto:support@example.com' };
    expect(await readXlsx(await toBytes(workbook), 'a.xlsx')).toEqual([
      { sheet: 'Sheet1', rows: [{ line: 1, cells: ['', '', '別表参照', 'support@example.com'] }] },
    ]);
  });

  it('rejects an encrypted or legacy Office file, naming the file', async () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4, 5, 6]);
    const error = await readError(ole, 'secret.xlsx');
    expect(error.file).toBe('secret.xlsx');
    expect(error.message).toMatch(/\.xls \(Excel 97-2003\) is not supported: save as \.xlsx/);
    expect(error.message).toMatch(/password-protected workbooks can't be read/);
  });

  it('tells a password-protected workbook from an .xls by its streams', async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const withStream = (name: string): Uint8Array => new Uint8Array([...header, ...Buffer.from(name, 'utf16le')]);
    expect((await readError(withStream('EncryptedPackage'), 'a.xlsx')).message).toBe(
      "password-protected workbooks can't be read: save a copy without a password.",
    );
    expect((await readError(withStream('Workbook'), 'a.xlsx')).message).toBe('.xls (Excel 97-2003) is not supported: save as .xlsx.');
  });

  it('rejects a text file renamed to .xlsx, naming the file', async () => {
    const error = await readError(new TextEncoder().encode('No.,質問\n1,テスト\n'), 'list.xlsx');
    expect(error.file).toBe('list.xlsx');
    expect(error.message).toMatch(/^not an \.xlsx workbook: the file is not a zip archive/);
  });

  it('rejects a damaged zip', async () => {
    const truncated = (await checksheetWorkbook()).slice(0, 200);
    const error = await readError(truncated, 'broken.xlsx');
    expect(error.message).toMatch(/^not a readable \.xlsx workbook \(.+\)\. Open it in Excel/);
  });

  it('rejects a sheet with more than 100 000 rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('dump');
    for (let row = 1; row <= 100_001; row++) sheet.getCell(row, 1).value = row;
    const error = await readError(await toBytes(workbook), 'dump.xlsx');
    expect(error.message).toMatch(/^sheet "dump" has 100001 rows/);
  }, 60_000);
});
