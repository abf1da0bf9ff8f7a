/**
 * The web console in a real browser for the tests in tests/browser: Debian's chromium, headless,
 * driven by playwright-core. Without a browser those tests are skipped on a developer's machine
 * (with a message saying how to enable them) and fail under CI=true.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ADMIN_TOKEN, makeTempDirs, startTestServer, type TempDirs, type TestServer } from './kotae-server.js';

/** KOTAE_CHROMIUM points at another Chromium build (a snap, Chrome) when Debian's is not installed. */
const CHROMIUM = process.env.KOTAE_CHROMIUM?.trim() || '/usr/bin/chromium';
export const SCREENSHOT_DIR = '/tmp';
const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const MISSING = `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does, or set KOTAE_CHROMIUM to a Chromium executable.`;
const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && !IN_CI) console.warn(`browser tests SKIPPED: ${MISSING}`);

/** True when the browser tests are to be skipped: no browser, and not under CI. */
export const skipBrowserTests = !browserAvailable && !IN_CI;

/** Whether fontconfig knows a Japanese font: without one, glyphs fall back to narrow boxes and layout checks prove nothing. */
function japaneseFontInstalled(): boolean {
  try {
    return execFileSync('fc-list', [':lang=ja'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().length > 0;
  } catch {
    return false;
  }
}
const NO_JAPANESE_FONT = 'no Japanese font: install fonts-ipafont-gothic (apt-get install fonts-ipafont-gothic), as .ci/run does.';
const japaneseFontAvailable = skipBrowserTests || japaneseFontInstalled();
if (!japaneseFontAvailable && !IN_CI) console.warn(`layout tests SKIPPED: ${NO_JAPANESE_FONT}`);

/** True when the layout tests (CJK glyph widths) are to be skipped: no browser or no Japanese font, and not under CI. */
export const skipLayoutTests = skipBrowserTests || (!japaneseFontAvailable && !IN_CI);

export interface ConsoleBrowser {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Script errors, CSP violations and failed requests logged by the page: it must run clean. */
  readonly pageErrors: string[];
  close(): Promise<void>;
}

export interface ConsoleBrowserOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Console errors a test provokes on purpose (a wrong token's 401). */
  readonly expectedError?: (message: ConsoleMessage) => boolean;
}

/** Launches chromium with one page on `url` (the console of a test server). */
export async function openConsole(url: string, options: ConsoleBrowserOptions = {}): Promise<ConsoleBrowser> {
  // Under CI a missing browser is a failure, never a quiet skip.
  if (!browserAvailable) throw new Error(`${MISSING} (CI=true: the browser tests must run)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const context = await browser.newContext({ locale: 'ja-JP', viewport: options.viewport ?? { width: 1100, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !options.expectedError?.(message)) pageErrors.push(message.text());
  });
  await page.goto(url);
  return { browser, context, page, pageErrors, close: () => browser.close() };
}

export interface ConsoleUnderTest {
  dirs: TempDirs;
  /** The real server, with KOTAE_ADMIN_TOKEN = ADMIN_TOKEN, on a copy of the bundled knowledge. */
  kotae: TestServer;
  chromium: ConsoleBrowser;
  /** The page, on the console. */
  page: Page;
}

/**
 * A server and a browser on its console, started before the calling file's tests (after
 * `prepare` has added to the knowledge folder) and stopped after them.
 */
export function useConsole(
  options: ConsoleBrowserOptions & { readonly prepare?: (dirs: TempDirs) => Promise<void> } = {},
): ConsoleUnderTest {
  const under = {} as ConsoleUnderTest;
  beforeAll(async () => {
    under.dirs = await makeTempDirs();
    await options.prepare?.(under.dirs);
    under.kotae = await startTestServer({
      knowledgeDir: under.dirs.knowledge,
      dataDir: under.dirs.data,
      env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    under.chromium = await openConsole(under.kotae.url, options);
    under.page = under.chromium.page;
  });
  afterAll(async () => {
    await under.chromium?.close();
    await under.kotae?.stop();
    await under.dirs?.remove();
  });
  return under;
}
