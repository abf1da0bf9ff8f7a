import ExcelJS from 'exceljs';
import { utimesSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseReviewDate } from '../../src/knowledge/cells.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(files: Record<string, string | Uint8Array>) {
  const made = makeKnowledgeFolder({ samples: [], files });
  cleanups.push(made.cleanup);
  return made.dir;
}

describe('reading review dates', () => {
  it.each([
    ['2025-03-15', '2025-03-15'],
    ['2025/3/5', '2025-03-05'],
    ['2025年3月', '2025-03'],
    ['2025年3月15日', '2025-03-15'],
    ['２０２５年３月１日', '2025-03-01'],
    ['令和7年3月1日', '2025-03-01'],
    ['令和元年5月', '2019-05'],
    ['2025-03-15 10:30', '2025-03-15'],
    ['2025.03', '2025-03'],
  ])('reads %s as %s', (cell, iso) => {
    expect(parseReviewDate(cell)).toBe(iso);
  });

  it.each(['2025-02-30', '2025-13-01', '6-30', '3/15', '済', '1899-01-01', ''])('does not take %s for a date', (cell) => {
    expect(parseReviewDate(cell)).toBeNull();
  });
});

describe('owner and review-date columns', () => {
  it('reads the curated file: 回答者 is the owner, 登録日 the review date, 回答状況 the status — none of them the answer', async () => {
    const csv =
      '\uFEFF項番,カテゴリ,質問,回答状況,回答,備考,回答者,登録日\r\nC-1,,多要素認証は必須ですか,○,管理者アカウントでは必須です。,,山田,2026-12-01\r\n';
    const { items, warnings } = await loadKnowledge(folder({ 'kotae-curated.csv': csv }));
    expect(warnings).toEqual([]);
    expect(items).toEqual([
      expect.objectContaining({
        itemNumber: 'C-1',
        question: '多要素認証は必須ですか',
        status: '○',
        answer: '管理者アカウントでは必須です。',
        remarks: '',
        owner: '山田',
        reviewed: '2026-12-01',
        section: [],
      }),
    ]);
  });

  it.each([
    ['担当部署', '最終確認日'],
    ['担当', '更新日'],
    ['担当者', '確認日'],
    ['Owner', 'Last reviewed'],
    ['owner', 'last updated'],
  ])('reads an owner column headed %s and a review-date column headed %s', async (ownerHeader, dateHeader) => {
    const csv = `No.,質問,回答,${ownerHeader},${dateHeader}\n1,ログは保管していますか,1年間保管しています。,情報システム部,2025/3/1\n2,バックアップは取っていますか,毎日取得しています。,,\n`;
    const { items } = await loadKnowledge(folder({ 'sheet.csv': csv }));
    expect(items[0]).toMatchObject({ answer: '1年間保管しています。', owner: '情報システム部', reviewed: '2025-03-01' });
    expect(items[1]!.answer).toBe('毎日取得しています。');
    expect(items[1]).not.toHaveProperty('owner');
    expect(items[1]).not.toHaveProperty('reviewed');
  });

  it('reads an Excel date cell in a 最終確認日 column of a workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('運用');
    sheet.getRow(1).values = ['項番', '確認事項', '回答', '担当部署', '最終確認日'];
    sheet.getRow(2).values = ['1', 'ログを保管していますか。', '1年間保管しています。', '情報システム部', new Date(Date.UTC(2024, 10, 2))];
    const { items } = await loadKnowledge(folder({ 'sheet.xlsx': new Uint8Array(await workbook.xlsx.writeBuffer()) }));
    expect(items[0]).toMatchObject({ owner: '情報システム部', reviewed: '2024-11-02' });
  });

  it('leaves items of files without such columns exactly as before (no owner or review fields)', async () => {
    const { items } = await loadKnowledge(folder({ 'plain.csv': 'No.,質問,回答\n1,暗号化していますか,しています。\n' }));
    expect(Object.keys(items[0]!).sort()).toEqual([
      'answer',
      'collection',
      'file',
      'id',
      'itemNumber',
      'line',
      'question',
      'remarks',
      'section',
      'sheet',
      'status',
    ]);
  });

  it("reports each file's modification time, the review date of items whose file states none", async () => {
    const dir = folder({ 'old.csv': 'No.,質問,回答\n1,暗号化していますか,しています。\n' });
    utimesSync(path.join(dir, 'old.csv'), new Date('2023-04-05T12:00:00Z'), new Date('2023-04-05T12:00:00Z'));
    const { files } = await loadKnowledge(dir);
    expect(files).toEqual([{ file: 'old.csv', items: 1, bytes: expect.any(Number), modified: '2023-04-05T12:00:00.000Z' }]);
  });

  it("skips backup copies (kotae's kotae-curated.csv.bak) without a warning", async () => {
    const csv = '項番,質問,回答\nC-1,ログを保管していますか,1年間保管しています。\n';
    const knowledge = await loadKnowledge(folder({ 'kotae-curated.csv': csv, 'kotae-curated.csv.bak': csv, 'old-sheet.xlsx.bak': 'x' }));
    expect(knowledge.warnings).toEqual([]);
    expect(knowledge.files.map((f) => f.file)).toEqual(['kotae-curated.csv']);
  });
});

describe('short curated items', () => {
  it('reads a short question and answer as an item, not as a header naming 回答 and ○', async () => {
    const csv =
      '\uFEFF項番,カテゴリ,質問,回答状況,回答,備考,回答者,登録日\r\nC-1,,回答期限は？,○,3日以内です。,,山田,2026-12-01\r\nC-2,,質問窓口は？,○,サポート窓口です。,,佐藤,2026-12-02\r\n';
    const { items } = await loadKnowledge(folder({ 'kotae-curated.csv': csv }));
    expect(items.map((i) => [i.itemNumber, i.question, i.status, i.answer, i.owner])).toEqual([
      ['C-1', '回答期限は？', '○', '3日以内です。', '山田'],
      ['C-2', '質問窓口は？', '○', 'サポート窓口です。', '佐藤'],
    ]);
  });
});
