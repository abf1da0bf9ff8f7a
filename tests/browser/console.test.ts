/**
 * The web console in a real browser: Debian's chromium, headless, driven by playwright-core,
 * against the real server on real knowledge files.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import {
  ADMIN_TOKEN,
  ENCRYPTION_QUESTION,
  NONSENSE_QUESTION,
  PENGUIN_QUESTION,
  addPenguinFile,
  makeTempDirs,
  startTestServer,
  type TempDirs,
  type TestServer,
} from '../support/kotae-server.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT_DIR = '/tmp';

let dirs: TempDirs;
let kotae: TestServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Script errors and CSP violations: the page must run clean. */
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does.`);
  dirs = await makeTempDirs();
  kotae = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN } });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  context = await browser.newContext({ locale: 'ja-JP', viewport: { width: 1100, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(kotae.url).origin });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    // The wrong-token step's 401s are expected; anything else failing is not.
    if (message.type() === 'error' && !/status of 401/.test(message.text())) pageErrors.push(message.text());
  });
  await page.goto(kotae.url);
});

afterAll(async () => {
  await browser?.close();
  await kotae?.stop();
  await dirs?.remove();
});

async function askInConsole(question: string): Promise<void> {
  await page.goto(`${kotae.url}#`);
  await page.locator('#question').fill(question);
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/ask'));
  await page.locator('#question').press('Enter');
  await answered;
}

describe('web console', () => {
  it('answers a question with status, confidence and citation, and copies the answer', async () => {
    await askInConsole(ENCRYPTION_QUESTION);
    const first = page.getByTestId('answer').first();
    await expect.poll(() => first.getByTestId('citation').textContent()).toMatch(/^jinjer\.txt › データ管理 › /);
    expect(await first.getByTestId('answer-text').textContent()).toContain('暗号化');
    expect(await first.locator('.best-label').textContent()).toBe('最も適切な回答');
    expect(await first.locator('.status').textContent()).toBe('○ 対応');
    expect(await first.locator('.confidence').textContent()).toMatch(/信頼度 高\d+%/);
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
    expect(await page.locator('#unanswered-body').textContent()).toContain(NONSENSE_QUESTION);

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

  it('ran without script errors or blocked resources', () => {
    expect(pageErrors).toEqual([]);
  });
});
