import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { KnowledgeFolderError, loadKnowledge } from '../../src/knowledge/loader.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';
import { dimensionBomb, longRun, mergeBomb, randomUtf16, utf16le, zipBomb } from '../support/hostile-files.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(files: Record<string, string | Uint8Array>, samples: string[] = []) {
  const made = makeKnowledgeFolder({ samples, files });
  cleanups.push(made.cleanup);
  return made.dir;
}

async function customerWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('セキュリティ');
  sheet.getCell('A1').value = '株式会社サンプル セキュリティチェックシート';
  sheet.getCell('A2').value = 'ISMS認証登録番号：IS 123456';
  sheet.addRow([]);
  sheet.getRow(4).values = ['No.', '分類', '質問', '回答(○×)', '補足説明'];
  sheet.getRow(5).values = ['1', '暗号化', '保存データは暗号化されていますか。', '○', 'AES-256で\n暗号化しています。'];
  sheet.getRow(6).values = ['2', '', '通信は暗号化されていますか。', '○', 'TLS1.2以上のみ許可しています。'];
  sheet.getRow(7).values = ['3', '認証', '多要素認証に対応していますか。', '×', '今後対応予定です。'];
  sheet.mergeCells('B5:B6');
  workbook.addWorksheet('空のシート');
  const other = workbook.addWorksheet('運用');
  other.getRow(1).values = ['項番', '確認事項', '回答'];
  other.getRow(2).values = ['6-30', 'バックアップを取得していますか。', '日次で取得し、30日間保管しています。'];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('loading a knowledge folder', () => {
  it('reads an .xlsx made in Excel style: header not on the first row, merged category cells, line breaks', async () => {
    const knowledge = await loadKnowledge(folder({ 'products/hr/checksheet.xlsx': await customerWorkbook() }));
    expect(knowledge.warnings).toEqual([]);
    const items = knowledge.items;
    expect(items.map((i) => [i.sheet, i.itemNumber, i.status])).toEqual([
      ['セキュリティ', '', ''],
      ['セキュリティ', '1', '○'],
      ['セキュリティ', '2', '○'],
      ['セキュリティ', '3', '×'],
      ['運用', '6-30', ''],
    ]);
    expect(items[0]!.answer).toContain('IS 123456');
    expect(items[2]).toMatchObject({
      section: ['暗号化'],
      question: '通信は暗号化されていますか。',
      answer: 'TLS1.2以上のみ許可しています。',
      line: 6,
      collection: 'products/hr',
      file: 'products/hr/checksheet.xlsx',
    });
    expect(items[1]!.answer).toBe('AES-256で\n暗号化しています。');
    expect(items[4]!.answer).toBe('日次で取得し、30日間保管しています。');
  });

  it('reads a Shift_JIS (CP932) CSV as Excel on Japanese Windows saves it', async () => {
    const csv =
      '項番,確認項目,対応状況,回答\r\n1,"パスワードは8文字以上ですか。",はい,"8文字以上、英数記号混在を必須としています。"\r\n2,①ログを１年保管していますか。,いいえ,ﾛｸﾞは90日保管です。\r\n';
    const knowledge = await loadKnowledge(folder({ 'sjis.csv': iconv.encode(csv, 'cp932') }));
    expect(knowledge.warnings).toEqual([]);
    expect(knowledge.items.map((i) => [i.itemNumber, i.status, i.question, i.answer])).toEqual([
      ['1', '○', 'パスワードは8文字以上ですか。', '8文字以上、英数記号混在を必須としています。'],
      ['2', '×', '①ログを１年保管していますか。', 'ﾛｸﾞは90日保管です。'],
    ]);
  });

  it('reads UTF-8 TSV with a BOM and an English header', async () => {
    const tsv = '\ufeffID\tQuestion\tStatus\tAnswer\nA-1\tIs data encrypted at rest?\tYes\tAll volumes use AES-256.\n';
    const knowledge = await loadKnowledge(folder({ 'english.tsv': tsv }));
    expect(knowledge.items).toHaveLength(1);
    expect(knowledge.items[0]).toMatchObject({
      itemNumber: 'A-1',
      status: '○',
      question: 'Is data encrypted at rest?',
      answer: 'All volumes use AES-256.',
    });
  });

  it('warns about unsupported, empty, binary and broken files by name and still loads the good ones', async () => {
    const knowledge = await loadKnowledge(
      folder(
        {
          'notes.pdf': '%PDF-1.4',
          'empty.csv': '',
          'binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
          'fake.xlsx': 'this is not a workbook',
          'broken.csv': 'No,質問,回答\n1,"閉じていない引用符,回答\n',
        },
        ['jinjer.txt'],
      ),
    );
    expect(knowledge.files.map((f) => f.file)).toContain('jinjer.txt');
    expect(knowledge.items.length).toBe(51);
    const byFile = Object.fromEntries(knowledge.warnings.map((w) => [w.file, w.message]));
    expect(Object.keys(byFile).sort()).toEqual(['binary.txt', 'broken.csv', 'empty.csv', 'fake.xlsx', 'notes.pdf']);
    expect(byFile['notes.pdf']).toMatch(/unsupported file type "\.pdf"/);
    expect(byFile['empty.csv']).toMatch(/no items found/);
    expect(byFile['binary.txt']).toMatch(/binary/);
    expect(byFile['broken.csv']).toMatch(/line 2/);
  });

  it('keeps the synonyms file out of the items and hands its text to the search layer', async () => {
    const knowledge = await loadKnowledge(folder({ 'synonyms.txt': 'ゼロトラスト, zero trust\n' }, ['skyarch.txt']));
    expect(knowledge.synonymsText).toBe('ゼロトラスト, zero trust\n');
    expect(knowledge.files.map((f) => f.file)).toEqual(['skyarch.txt']);
  });

  it('skips hidden files and Excel lock files', async () => {
    const knowledge = await loadKnowledge(folder({ '.DS_Store': 'x', '~$checksheet.xlsx': 'lock' }, ['skyarch.txt']));
    expect(knowledge.warnings).toEqual([]);
  });

  it('refuses a missing folder with a message that says what to set', async () => {
    await expect(loadKnowledge('/nonexistent/kotae-knowledge')).rejects.toThrow(KnowledgeFolderError);
    await expect(loadKnowledge('/nonexistent/kotae-knowledge')).rejects.toThrow(/KNOWLEDGE_DIR/);
  });

  it('skips a symbolic link with a warning that says to copy the file in', async () => {
    const dir = folder({}, ['skyarch.txt']);
    symlinkSync(path.join(dir, 'skyarch.txt'), path.join(dir, 'linked.txt'));
    const knowledge = await loadKnowledge(dir);
    expect(knowledge.files.map((f) => f.file)).toEqual(['skyarch.txt']);
    expect(knowledge.warnings).toEqual([
      { file: 'linked.txt', message: expect.stringMatching(/symbolic link: skipped.*Copy the file itself/) },
    ]);
  });
});

describe('loading a folder with hostile files', () => {
  it('turns merge, zip and dimension bombs into warnings naming the file and the limit, and loads the rest', async () => {
    const knowledge = await loadKnowledge(
      folder(
        { 'merge.xlsx': await mergeBomb(), 'zip.xlsx': await zipBomb(256, { lying: true }), 'dimension.xlsx': await dimensionBomb(10) },
        ['jinjer.txt'],
      ),
    );
    expect(knowledge.items.length).toBe(51);
    const byFile = Object.fromEntries(knowledge.warnings.map((w) => [w.file, w.message]));
    expect(Object.keys(byFile).sort()).toEqual(['dimension.xlsx', 'merge.xlsx', 'zip.xlsx']);
    expect(byFile['merge.xlsx']).toMatch(/merged ranges too large: they cover 17,179,869,184 cells, more than 100,000\..*save it again/);
    expect(byFile['zip.xlsx']).toMatch(/zip bomb/);
    expect(byFile['dimension.xlsx']).toMatch(/claims the range A1:XFD1048576/);
  });

  it('turns random UTF-16 and a UTF-16 file with NUL characters into binary-file warnings', async () => {
    const knowledge = await loadKnowledge(
      folder({ 'noise.csv': randomUtf16(), 'nul.csv': utf16le('質問,回答\n暗号化\u0000,はい\n') }, ['jinjer.txt']),
    );
    expect(knowledge.items.length).toBe(51);
    expect(knowledge.warnings.map((w) => [w.file, /binary/.test(w.message)])).toEqual([
      ['noise.csv', true],
      ['nul.csv', true],
    ]);
  });

  it('reads a file cut inside its last character, with a warning', async () => {
    const whole = new TextEncoder().encode('No.,質問,回答\n1,ログを保管していますか,はい、1年間保管しています');
    const knowledge = await loadKnowledge(folder({ 'cut.csv': whole.subarray(0, whole.length - 2) }));
    expect(knowledge.items.map((i) => i.answer)).toEqual(['はい、1年間保管していま\uFFFD']);
    expect(knowledge.warnings).toEqual([{ file: 'cut.csv', message: expect.stringMatching(/ends inside a character/) }]);
  });

  it('keeps a 100,000-character question whole for display and says that only its start is searched', async () => {
    const question = longRun(100_000);
    const knowledge = await loadKnowledge(folder({ 'long.csv': `No.,質問,回答\n1,暗号化,はい\n2,${question.slice(0, 30_000)},いいえ\n` }));
    expect(knowledge.items[1]?.question).toHaveLength(30_000);
    expect(knowledge.warnings).toEqual([
      {
        file: 'long.csv',
        message: expect.stringMatching(/^row 3 holds a text longer than 10,000 characters: only its first 10,000 are searched/),
      },
    ]);
  });
});
