/**
 * The console's admin view in a real browser (tests/support/console-browser.ts) against the real
 * server: the inbox of unanswered questions with 「回答を登録」, usage and the library's health;
 * and the whole console on a 390 px phone screen.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOT_DIR, skipBrowserTests, skipLayoutTests, useConsole } from '../support/console-browser.js';
import { ADMIN_TOKEN, ask, ENCRYPTION_QUESTION, NONSENSE_QUESTION, type TestServer } from '../support/kotae-server.js';

const SEA_OTTER = 'ラッコの飼育記録はありますか';
/** The same question again, worded a little differently: one entry of the inbox. */
const SEA_OTTER_AGAIN = 'ラッコの 飼育記録は ありますか？';
const ANSWER = 'ラッコの飼育記録は毎日つけ、5年間保管しています。';
/** An answer last checked long ago: the health view lists it as stale. */
const LEGACY_CSV = 'No.,質問,回答状況,回答,最終確認日\n1,カピバラの飼育方針はありますか,○,社内規程で定めています。,2020-04-01\n';

const ui = useConsole({ prepare: (dirs) => writeFile(path.join(dirs.knowledge, 'legacy.csv'), LEGACY_CSV) });
let kotae: TestServer;
let page: Page;

beforeAll(() => {
  ({ kotae, page } = ui);
});

async function askInConsole(target: Page, question: string): Promise<void> {
  await target.goto(`${kotae.url}#`);
  await target.locator('#question').fill(question);
  const answered = target.waitForResponse((r) => r.url().endsWith('/api/ask'));
  await target.locator('#question').press('Enter');
  await answered;
}

async function openAdmin(target: Page): Promise<void> {
  await target.goto(`${kotae.url}#admin`);
  await target.locator('#token').fill(ADMIN_TOKEN);
  await target.getByRole('button', { name: '接続' }).click();
  await expect.poll(() => target.locator('#admin-panel').isVisible()).toBe(true);
}

const inboxItem = (question: string): Locator =>
  page.getByTestId('inbox-item').filter({ has: page.getByTestId('inbox-question').getByText(question, { exact: true }) });

describe.skipIf(skipBrowserTests)('admin view', () => {
  it('lists an unanswered question once with its count and nearest citation; 「回答を登録」 saves an answer the next asker gets', async () => {
    await askInConsole(page, SEA_OTTER);
    await expect.poll(() => page.getByTestId('no-confident-answer').isVisible()).toBe(true);
    await askInConsole(page, SEA_OTTER_AGAIN);

    await openAdmin(page);
    const item = inboxItem(SEA_OTTER_AGAIN);
    await expect.poll(() => item.count()).toBe(1);
    expect(await page.getByTestId('inbox-question').getByText(SEA_OTTER, { exact: true }).count()).toBe(0);
    expect(await item.getByTestId('inbox-count').textContent()).toBe('2 回');
    const nearest = kotae.deps.kotae.ask(SEA_OTTER, { top: 1 }).results[0]!;
    const citation = await item.getByTestId('inbox-citation').textContent();
    expect(citation).toMatch(new RegExp(`^${literal(nearest.citation)}.*（信頼度 \\d+%）$`));
    expect(citation).not.toContain(nearest.id);
    expect(await item.textContent()).toContain('Web');

    await item.getByRole('button', { name: '回答を登録' }).click();
    const form = item.getByTestId('answer-form');
    await form.getByLabel('回答', { exact: false }).first().fill(ANSWER);
    await form.getByLabel('回答状況').selectOption('○');
    await form.getByLabel('回答者').fill('山田');
    await form.getByLabel('備考').fill('飼育日誌アプリで記録');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-admin-register.png`, fullPage: true });
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/admin/answers'));
    await form.getByRole('button', { name: '登録' }).click();
    const body = (await (await saved).json()) as { citation: string; served: boolean };
    expect(body.served).toBe(true);
    expect(body.citation).toMatch(/^kotae-curated\.csv › No\.C-1 \(山田, \d{4}-\d{2}-\d{2}\)$/);
    await expect.poll(() => page.locator('#admin-message').textContent()).toContain(`回答を登録しました（${body.citation}）`);

    // The list is read again after the reload: the question is answered now, by the new answer.
    await expect.poll(() => item.getByTestId('inbox-state').textContent()).toBe('回答済み');
    expect(await item.getByTestId('inbox-citation').textContent()).toMatch(new RegExp(`^${literal(body.citation)}`));
    expect(await item.getByRole('button', { name: '回答を登録' }).count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-admin-inbox.png`, fullPage: true });

    await askInConsole(page, SEA_OTTER);
    const first = page.getByTestId('answer').first();
    await expect.poll(() => first.getByTestId('citation').textContent()).toMatch(new RegExp(`^${literal(body.citation)}`));
    expect(await first.getByTestId('answer-text').textContent()).toBe(ANSWER);
  });

  it('answers a question sent to the experts through its escalation, which is then marked answered', async () => {
    const question = 'カワウソの飼育記録はありますか';
    const escalation = await kotae.deps.escalations.record({
      question,
      asker: { name: '佐藤' },
      surface: 'slack',
      where: { channel: 'C1' },
      candidates: [],
    });
    await page.goto(`${kotae.url}#admin`);
    const item = inboxItem(question);
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain('専門家へ 1');

    await item.getByRole('button', { name: '回答を登録' }).click();
    await item.getByTestId('answer-form').getByLabel('回答', { exact: false }).first().fill('カワウソの飼育記録は毎日つけています。');
    const answered = page.waitForResponse((r) => r.url().endsWith(`/api/admin/escalations/${escalation.id}/answer`));
    await item.getByRole('button', { name: '登録' }).click();
    expect((await answered).status()).toBe(200);
    // Its only signal was the escalation: answered, it leaves the list.
    await expect.poll(() => item.count()).toBe(0);
    expect((await kotae.deps.escalations.get(escalation.id))?.state).toBe('answered');
  });

  it("shows usage as a chart and the library's health: conflicts with both citations, gaps, stale answers, missing words", async () => {
    await ask(kotae.url, { question: ENCRYPTION_QUESTION }, { 'x-kotae-client': 'web' });
    await ask(kotae.url, { question: 'ウォンバットの飼育方針はありますか' });
    await page.goto(`${kotae.url}#admin`);
    const reported = page.waitForResponse((r) => r.url().endsWith('/api/admin/report'));
    await page.getByRole('button', { name: '状態を更新' }).click();
    await reported;
    const chart = page.getByTestId('usage-chart');
    await expect.poll(() => chart.isVisible()).toBe(true);
    const questions = Number(await page.getByTestId('usage-questions').textContent());
    expect(questions).toBeGreaterThanOrEqual(5);
    expect(await chart.getAttribute('aria-label')).toMatch(new RegExp(`に ${questions} 件`));
    expect(await chart.locator('g.day').count()).toBe(30);
    expect(await page.getByTestId('usage-answered').textContent()).toMatch(/^\d+%$/);
    expect(await page.getByTestId('usage-surfaces').textContent()).toContain('Web');

    const health = (name: string) => page.getByTestId(`health-${name}`);
    const conflicts = health('conflicts');
    expect(Number(await conflicts.getByTestId('health-count').textContent())).toBeGreaterThan(0);
    await conflicts.locator('summary').click();
    expect(await conflicts.locator('li').first().getByTestId('health-citation').count()).toBe(2);
    const stale = health('stale');
    await stale.locator('summary').click();
    expect(await stale.locator('li').allTextContents()).toContain('legacy.csv › No.1 ｜ 最終確認: 2020-04');
    expect(Number(await health('coverage').getByTestId('health-count').textContent())).toBeGreaterThan(0);
    await health('missing-words').locator('summary').click();
    expect(await health('missing-words').locator('li').allTextContents()).toContain('ウォンバット ×1');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-admin-health.png`, fullPage: true });
  });

  it('ran without script errors or blocked resources', () => {
    expect(ui.chromium.pageErrors).toEqual([]);
  });
});

describe.skipIf(skipLayoutTests)('the console at 390 px', () => {
  let phone: Page;
  beforeAll(async () => {
    await ask(kotae.url, { question: NONSENSE_QUESTION });
    const context = await ui.chromium.browser.newContext({ locale: 'ja-JP', viewport: { width: 390, height: 844 } });
    phone = await context.newPage();
    phone.setDefaultTimeout(20_000);
  });

  it('keeps every tab label on one line', async () => {
    await phone.goto(kotae.url);
    // Without a Japanese font the glyphs fall back to narrow boxes and every label fits anyway.
    const glyph = await phone.locator('#tab-admin').evaluate((tab) => {
      const range = document.createRange();
      range.selectNodeContents(tab);
      return range.getBoundingClientRect().width / 2 / parseFloat(getComputedStyle(tab).fontSize);
    });
    expect(glyph, 'no Japanese font: install fonts-ipafont-gothic (as .ci/run does) for the layout tests').toBeGreaterThan(0.9);
    const tabs = await phone.locator('.tab').evaluateAll((elements) =>
      elements.map((tab) => {
        const range = document.createRange();
        range.selectNodeContents(tab);
        const lineTops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        const style = getComputedStyle(tab);
        const content = tab.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        return {
          label: tab.textContent,
          lines: lineTops.size,
          content: Math.round(content),
          lineHeight: Math.round(parseFloat(style.lineHeight)),
        };
      }),
    );
    expect(tabs.map((t) => t.label)).toEqual(['質問する', 'チェックシート一括回答', '管理']);
    for (const tab of tabs) expect(tab, tab.label ?? '').toMatchObject({ lines: 1, content: tab.lineHeight });
  });

  it('lays the fill results out without overlapping cells or a page wider than the screen', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('質問票').addRows([
      ['No', '質問', 'はい/いいえ', '備考'],
      [1, ENCRYPTION_QUESTION],
      [2, NONSENSE_QUESTION],
    ]);
    await phone.goto(`${kotae.url}#fill`);
    const filled = phone.waitForResponse((r) => r.url().includes('/api/fill'));
    await phone.locator('#fill-file').setInputFiles({
      name: 'phone.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
    });
    await filled;
    await phone.locator('#answered-details > summary').click();
    await expect.poll(() => phone.getByTestId('answered-row').count()).toBe(1);
    expect(await overlaps(phone, '#fill-view table')).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // Each cell names its column, the header row being out of sight.
    expect(await phone.getByTestId('answered-row').locator('td').first().getAttribute('data-label')).toBe('行');
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-fill-390.png`, fullPage: true });
  });

  it('lays the admin view out without overlapping cells or a page wider than the screen', async () => {
    await openAdmin(phone);
    await expect.poll(() => phone.getByTestId('usage-chart').isVisible()).toBe(true);
    expect(await overlaps(phone, '#admin-view table')).toEqual([]);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const button = phone.getByTestId('inbox-item').first().getByRole('button', { name: '回答を登録' });
    await button.click();
    const form = await phone.getByTestId('answer-form').boundingBox();
    expect(form!.x + form!.width).toBeLessThanOrEqual(390);
    await phone.screenshot({ path: `${SCREENSHOT_DIR}/kotae-console-admin-390.png`, fullPage: true });
  });
});

/**
 * What is wrong with the layout of the tables matched by `selector`: cells (header and body) whose
 * boxes overlap, text running out of its cell (onto the next one), cells reaching past the right
 * edge of the screen; empty when the layout is sound. Cells not shown (a stacked table's header
 * row) are left out.
 */
function overlaps(target: Page, selector: string): Promise<string[]> {
  return target.evaluate((tables) => {
    const problems: string[] = [];
    const outside = (inner: DOMRect, outer: DOMRect) =>
      inner.left < outer.left - 1 || inner.right > outer.right + 1 || inner.top < outer.top - 1 || inner.bottom > outer.bottom + 1;
    for (const table of document.querySelectorAll(tables)) {
      const cells = [...table.querySelectorAll('th, td')]
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return { text: (cell.textContent ?? '').slice(0, 20), box: cell.getBoundingClientRect(), content: range.getBoundingClientRect() };
        })
        .filter(({ box }) => box.width > 0 && box.height > 0);
      for (const [i, a] of cells.entries()) {
        if (a.box.right > window.innerWidth + 0.5) problems.push(`${a.text} reaches ${Math.round(a.box.right)} px`);
        if (a.content.width > 0 && outside(a.content, a.box)) problems.push(`${a.text} runs out of its cell`);
        for (const b of cells.slice(i + 1)) {
          const width = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
          const height = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
          if (width > 0.5 && height > 0.5) problems.push(`${a.text} overlaps ${b.text}`);
        }
      }
    }
    return problems;
  }, selector);
}

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
