/**
 * The web console in a real browser (tests/support/console-browser.ts) against the real server on
 * real knowledge files: asking, filling a checksheet, the admin status and reload.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ADMIN_TOKEN,
  ENCRYPTION_QUESTION,
  NONSENSE_QUESTION,
  PENGUIN_QUESTION,
  addPenguinFile,
  type TempDirs,
  type TestServer,
} from '../support/kotae-server.js';
import { SCREENSHOT_DIR, skipBrowserTests, useConsole } from '../support/console-browser.js';

const ui = useConsole({
  // The wrong-token step's 401s and the refused upload's 400 are expected; anything else failing is not.
  expectedError: (message) =>
    /status of 401/.test(message.text()) || (/status of 400/.test(message.text()) && message.location().url.includes('/api/fill')),
});
let dirs: TempDirs;
let kotae: TestServer;
let page: Page;

beforeAll(async () => {
  ({ dirs, kotae, page } = ui);
  await ui.chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(kotae.url).origin });
});

async function askInConsole(question: string): Promise<void> {
  await page.goto(`${kotae.url}#`);
  await page.locator('#question').fill(question);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
  await page.locator('#question').press('Enter');
  await answered;
}

describe.skipIf(skipBrowserTests)('web console', () => {
  it('answers a question with status, confidence and citation, and copies the answer', async () => {
    await askInConsole(ENCRYPTION_QUESTION);
    const first = page.getByTestId('answer').first();
    await expect.poll(() => first.getByTestId('citation').textContent()).toMatch(/^jinjer\.txt › データ管理 › /);
    expect(await first.getByTestId('answer-text').textContent()).toContain('暗号化');
    expect(await first.locator('.best-label').textContent()).toBe('最も適切な回答');
    expect(await first.locator('.status').textContent()).toBe('○ 対応');
    expect(await first.locator('.confidence').textContent()).toMatch(/信頼度 [高中]\d+%/);
    expect(await page.getByTestId('answer').count()).toBe(5);
    expect(await page.locator('.result-heading').textContent()).toContain('回答が見つかりました');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-answer.png`, fullPage: true });

    await first.getByRole('button', { name: '1番目の回答をコピー' }).click();
    await expect.poll(() => first.locator('.copy').textContent()).toBe('コピーしました');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await first.getByTestId('answer-text').textContent());

    const logged = kotae.logLines().filter((l) => l.event === 'question');
    expect(logged.at(-1)).toMatchObject({ channel: 'web', answered: true });
  });

  it('shows "no confident answer" as such, and says the question was recorded', async () => {
    await askInConsole(NONSENSE_QUESTION);
    const notice = page.getByTestId('no-confident-answer');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('確信を持てる回答は見つかりませんでした');
    expect(await notice.textContent()).toContain('管理者に記録されました');
  });

  it('shows the nearest candidates, marked as candidates, when no answer is confident', async () => {
    await askInConsole('ペンギンの好物');
    await expect.poll(() => page.getByTestId('no-confident-answer').isVisible()).toBe(true);
    expect(await page.getByTestId('answer').count()).toBeGreaterThan(0);
    expect(await page.locator('.answer.candidate .candidate-label').first().textContent()).toBe('候補');
  });

  it('lets an admin with the token see the knowledge status and reload it from the page', async () => {
    await page.goto(`${kotae.url}#admin`);
    await page.locator('#token').fill('definitely-not-the-token');
    await page.getByRole('button', { name: '接続' }).click();
    await expect.poll(() => page.locator('#admin-message').textContent()).toContain('トークンが正しくありません');

    await page.locator('#token').fill(ADMIN_TOKEN);
    await page.getByRole('button', { name: '接続' }).click();
    await expect.poll(() => page.locator('#admin-panel').isVisible()).toBe(true);
    expect(await page.locator('#status-summary').textContent()).toContain('回答できます');
    expect(await page.locator('#files-body tr').count()).toBe(5);
    expect(await page.getByTestId('inbox').textContent()).toContain(NONSENSE_QUESTION);

    await addPenguinFile(dirs.knowledge);
    await page.getByRole('button', { name: 'ナレッジを再読み込み' }).click();
    await expect.poll(() => page.locator('#admin-message').textContent()).toMatch(/再読み込みが完了しました: 6 ファイル/);
    await expect.poll(() => page.locator('#files-body tr').count()).toBe(6);
    expect(await page.locator('#files-body').textContent()).toContain('penguin.csv');
    expect(await page.locator('#status-summary').textContent()).toMatch(/インデックスのバージョン2/);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-admin.png`, fullPage: true });

    await askInConsole(PENGUIN_QUESTION);
    await expect.poll(() => page.getByTestId('citation').first().textContent()).toBe('penguin.csv › No.1');
  });

  it('fills an uploaded checksheet, shows the rows to check, and downloads the filled file', async () => {
    const questions = [
      ENCRYPTION_QUESTION,
      'ISMS認証を取得していますか',
      'バックアップは取得していますか',
      NONSENSE_QUESTION,
      'パスワードの最小文字数は何文字ですか',
      'ペンギンの好物は何ですか',
    ];
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('質問票');
    sheet.getRow(1).values = ['No', '確認内容', '備考'];
    for (const [i, q] of questions.entries()) sheet.getRow(i + 2).values = [i + 1, q];
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.goto(`${kotae.url}#fill`);
    expect(await page.locator('#tab-fill').getAttribute('aria-current')).toBe('page');
    expect(await page.locator('#fill-title').textContent()).toBe('チェックシート一括回答');
    const filled = page.waitForResponse((r) => r.url().includes('/api/fill'));
    await page.locator('#fill-file').setInputFiles({
      name: 'お客様チェックシート.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer,
    });
    expect((await filled).status()).toBe(200);
    await expect.poll(() => page.locator('#fill-result').isVisible()).toBe(true);

    expect(await page.locator('#fill-file-name').textContent()).toBe('お客様チェックシート.kotae.xlsx');
    expect(await page.locator('#stat-rows').textContent()).toBe('6');
    const answered = Number(await page.locator('#stat-answered').textContent());
    const toCheck = Number(await page.locator('#stat-to-check').textContent());
    expect(answered + toCheck).toBe(6);
    expect(answered).toBeGreaterThanOrEqual(3);
    expect(toCheck).toBeGreaterThanOrEqual(1);
    expect(await page.locator('#fill-message').textContent()).toContain('6 行の質問に回答しました');

    // The rows to check: row number, question, nearest answer, citation, confidence.
    const checkRows = page.getByTestId('check-row');
    expect(await checkRows.count()).toBe(toCheck);
    const nonsense = checkRows.filter({ hasText: NONSENSE_QUESTION });
    expect(await nonsense.locator('td').nth(0).textContent()).toBe('5');
    expect(await nonsense.locator('td').nth(4).textContent()).toMatch(/^\d+%$/);
    expect(await page.locator('#check-title').textContent()).toBe(`要確認の行 (${toCheck})`);

    // The answered rows are folded away until asked for.
    expect(await page.getByTestId('answered-row').count()).toBe(0);
    await page.locator('#answered-details > summary').click();
    await expect.poll(() => page.getByTestId('answered-row').count()).toBe(answered);
    const encryption = page.getByTestId('answered-row').filter({ hasText: ENCRYPTION_QUESTION });
    expect(await encryption.locator('td').nth(3).textContent()).toMatch(/^jinjer\.txt › /);
    expect(await encryption.locator('td').nth(2).textContent()).toContain('暗号化');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-fill.png`, fullPage: true });

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '回答済みファイルをダウンロード' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('お客様チェックシート.kotae.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await readFile(await download.path())).buffer);
    const out = book.getWorksheet('質問票')!;
    expect(out.getRow(1).values).toEqual([undefined, 'No', '確認内容', '備考', 'kotae回答', 'kotae出典', 'kotae信頼度', 'kotae候補']);
    expect(out.getCell('D5').value).toBe('要確認');
    expect(String(out.getCell('E2').value)).toMatch(/^jinjer\.txt › /);
    expect(questions.map((_, i) => out.getCell(`D${i + 2}`).value === '要確認').filter(Boolean)).toHaveLength(toCheck);

    const logged = kotae.logLines().filter((l) => l.event === 'fill');
    expect(logged.at(-1)).toMatchObject({ rows: 6, answered, to_check: toCheck });
  });

  it('lists every sheet with what was done and why, the cells written per row, and English answered in Japanese', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('記入要領').getCell('A1').value = '各設問の回答欄に「はい」「いいえ」を選び、備考欄に補足を記入してください。';
    const japanese = workbook.addWorksheet('質問票');
    japanese.addRows([
      ['No', '質問', '回答', '備考'],
      [1, ENCRYPTION_QUESTION],
      [2, NONSENSE_QUESTION],
    ]);
    const english = workbook.addWorksheet('English');
    english.addRows([
      ['No.', 'Question', 'Comments'],
      [1, 'Is data encrypted in transit?'],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());

    await page.goto(`${kotae.url}#fill`);
    const filled = page.waitForResponse((r) => r.url().includes('/api/fill'));
    await page
      .locator('#fill-file')
      .setInputFiles({ name: 'assessment.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    expect((await filled).status()).toBe(200);
    await expect.poll(() => page.locator('#fill-file-name').textContent()).toBe('assessment.kotae.xlsx');

    const sheets = await page.getByTestId('fill-sheet').allTextContents();
    expect(sheets[0]).toBe('記入要領 — 記入要領のシート：回答欄がないため対象外');
    expect(sheets[1]).toMatch(/^質問票 — 設問 2 行：回答欄（C列「回答」・D列「備考」）に記入し、/);
    expect(sheets[2]).toMatch(/^English — 設問 1 行：回答欄（C列「Comments」）に記入し、/);
    expect(await page.getByTestId('fill-sheet').first().getAttribute('title')).toBe('instructions: no answer cells, not filled');
    expect(await page.locator('#fill-language').isVisible()).toBe(true);
    expect(await page.locator('#fill-language').textContent()).toContain('英語の設問に日本語の回答を記入しました（1 行）');

    await page.locator('#answered-details > summary').click();
    const encryption = page.getByTestId('answered-row').filter({ hasText: ENCRYPTION_QUESTION });
    expect(await encryption.getByTestId('written-cells').textContent()).toMatch(/(?:^C2 ← [○×△−]\n)?D2 ← .*暗号化/s);
    const toCheck = page.getByTestId('check-row').filter({ hasText: NONSENSE_QUESTION });
    expect(await toCheck.locator('td').nth(6).textContent()).toBe('—');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-fill-sheets.png`, fullPage: true });
  });

  it('shows per row the status value proposed and the cell it went into, before the download', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('質問票').addRows([
      ['No', '質問', 'はい/いいえ', '備考'],
      [1, ENCRYPTION_QUESTION],
      [2, 'ISMS認証を取得していますか'],
      [3, NONSENSE_QUESTION],
    ]);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    await page.goto(`${kotae.url}#fill`);
    const filled = page.waitForResponse((r) => r.url().includes('/api/fill'));
    await page
      .locator('#fill-file')
      .setInputFiles({ name: 'status.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
    const response = (await (await filled).json()) as {
      rows: Array<{ question: string; proposedStatus: { value: string; cell: string } | null }>;
    };
    const proposed = response.rows.filter((r) => r.proposedStatus);
    expect(proposed.length).toBeGreaterThan(0);

    // Said before the rows are opened: which values went into the status column.
    await expect
      .poll(() => page.getByTestId('fill-statuses').textContent())
      .toMatch(/^回答状況の欄に記入した値: (?:はい|いいえ|一部|該当なし) \d+ 行/);
    await page.locator('#answered-details > summary').click();
    for (const row of proposed) {
      const cell = page.getByTestId('answered-row').filter({ hasText: row.question }).getByTestId('proposed-status');
      expect(await cell.textContent()).toBe(`${row.proposedStatus!.value} → ${row.proposedStatus!.cell}（はい/いいえ）`);
      expect(await cell.getAttribute('title')).toMatch(/^kotae の項目の回答状況: [○×△−] /);
    }
    expect(await page.getByTestId('check-row').filter({ hasText: NONSENSE_QUESTION }).getByTestId('proposed-status').textContent()).toBe(
      '—',
    );
  });

  it('takes a dropped CSV, and says in Japanese why a file is refused', async () => {
    await page.goto(`${kotae.url}#fill`);
    const csv = `No,質問\n1,${ENCRYPTION_QUESTION}\n2,${NONSENSE_QUESTION}\n`;
    const dataTransfer = await page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
      return transfer;
    }, csv);
    // Held on its way to the server for a moment, so that the working indicator can be seen.
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    let passed = Promise.resolve();
    await page.route('**/api/fill?*', (route) => (passed = held.then(() => route.continue())));
    await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
    await expect.poll(() => page.locator('#fill-progress').isVisible()).toBe(true);
    expect(await page.locator('#fill-progress-text').textContent()).toContain('dropped.csv');
    expect(await page.locator('#fill-choose').isDisabled()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-fill-working.png` });
    letThrough();
    await passed;
    await page.unroute('**/api/fill?*');
    await expect.poll(() => page.locator('#fill-file-name').textContent()).toBe('dropped.kotae.csv');
    expect(await page.locator('#fill-progress').isVisible()).toBe(false);
    expect(await page.locator('#stat-rows').textContent()).toBe('2');
    expect(await page.getByTestId('check-row').filter({ hasText: NONSENSE_QUESTION }).count()).toBe(1);

    await page.locator('#fill-file').setInputFiles({ name: '議事録.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7') });
    await expect.poll(() => page.locator('#fill-message').textContent()).toContain('このファイル形式には対応していません');
    expect(await page.locator('#fill-message').textContent()).toContain('議事録.pdf: not a spreadsheet (.pdf)');
    expect(await page.locator('#fill-result').isVisible()).toBe(false);
  });

  it('ran without script errors or blocked resources', () => {
    expect(ui.chromium.pageErrors).toEqual([]);
  });
});
