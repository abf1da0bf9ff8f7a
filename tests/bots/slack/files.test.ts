import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFillComment, FILL_LISTED_ROWS } from '../../../src/bots/slack/blocks.js';
import { DOWNLOAD_RETRIES, downloadSharedFile, FileDownloadError, sharedFiles } from '../../../src/bots/slack/files.js';
import { isSlackFileUrl, mayCarryToken, tokenGuard } from '../../../src/bots/slack/hosts.js';
import { isFileHelpRequest } from '../../../src/bots/slack/listeners/reply.js';
import type { AskResult } from '../../../src/core/types.js';
import type { FilledRow, FillSummary, SheetSummary } from '../../../src/fill/index.js';
import { RecordingServer } from './fake-slack.js';

const TOKEN = 'xoxb-unit-test-token';

describe('where the bot token may go', () => {
  it('downloads only from Slack’s file host over HTTPS, or from SLACK_API_URL’s origin', () => {
    expect(isSlackFileUrl('https://files.slack.com/files-pri/T1-F1/download/a.xlsx', undefined)).toBe(true);
    for (const url of [
      'http://files.slack.com/files-pri/T1-F1/download/a.xlsx',
      'https://files.slack.com:8443/files-pri/T1-F1/download/a.xlsx',
      'https://files.slack.com.evil.example/files-pri/a.xlsx',
      'https://evil.example/files.slack.com/a.xlsx',
      'https://user:pw@files.slack.com/a.xlsx',
      'https://slack.com/api/files.info',
      'https://kotae-test.slack.com/files/U1/F1/a.xlsx',
      'not a url',
      '',
    ]) {
      expect(isSlackFileUrl(url, undefined), url).toBe(false);
    }
    expect(isSlackFileUrl('http://127.0.0.1:4000/files-pri/x', 'http://127.0.0.1:4000/api/')).toBe(true);
    expect(isSlackFileUrl('http://127.0.0.1:4001/files-pri/x', 'http://127.0.0.1:4000/api/')).toBe(false);
    // SLACK_API_URL adds a host; Slack's own stays allowed.
    expect(isSlackFileUrl('https://files.slack.com/files-pri/x', 'https://gateway.example/slack/api/')).toBe(true);
  });

  it('sends the token with API calls and file transfers to Slack, and nowhere else', () => {
    expect(mayCarryToken('https://slack.com/api/chat.postMessage', undefined)).toBe(true);
    expect(mayCarryToken('https://files.slack.com/upload/v1/abc', undefined)).toBe(true);
    expect(mayCarryToken('https://uploads.example/upload/v1/abc', undefined)).toBe(false);
    expect(mayCarryToken('https://gateway.example/slack/api/auth.test', 'https://gateway.example/slack/api/')).toBe(true);
  });

  it('strips the Authorization header from Web API client requests off Slack, whatever its case', () => {
    const guard = tokenGuard(undefined);
    const run = (url: string, headers: Record<string, unknown>) =>
      guard({ url, baseURL: 'https://slack.com/api/', headers } as never) as unknown as { headers: Record<string, unknown> };
    expect(run('https://uploads.example/upload/1', { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'x' }).headers).toEqual({
      'Content-Type': 'x',
    });
    expect(run('https://uploads.example/upload/1', { authorization: `Bearer ${TOKEN}` }).headers).toEqual({});
    expect(run('chat.postMessage', { Authorization: `Bearer ${TOKEN}` }).headers).toEqual({ Authorization: `Bearer ${TOKEN}` });
    expect(run('https://files.slack.com/upload/v1/abc', { Authorization: `Bearer ${TOKEN}` }).headers).toEqual({
      Authorization: `Bearer ${TOKEN}`,
    });
  });
});

describe('downloadSharedFile', () => {
  let server: http.Server;
  let base = '';
  let foreign: RecordingServer;
  const seen: Array<{ path: string; authorization: string | undefined }> = [];

  beforeAll(async () => {
    foreign = new RecordingServer();
    await foreign.start();
    server = http.createServer((req, res) => {
      seen.push({ path: req.url ?? '', authorization: req.headers.authorization });
      const url = req.url ?? '';
      if (url === '/ok') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end('No.,質問\n');
      } else if (url === '/redirect-here') {
        res.writeHead(302, { location: '/ok' });
        res.end();
      } else if (url === '/redirect-away') {
        res.writeHead(302, { location: `${foreign.base}/stolen` });
        res.end();
      } else if (url === '/loop') {
        res.writeHead(302, { location: '/loop' });
        res.end();
      } else if (url === '/big-chunked') {
        // No content-length: the cap must hold while reading.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        for (let i = 0; i < 8; i++) res.write(Buffer.alloc(1024, 1));
        res.end();
      } else if (url === '/big-declared') {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(1024 * 1024) });
        res.end(Buffer.alloc(1024 * 1024));
      } else if (url === '/login') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<html>Sign in</html>');
      } else if (url === '/flaky' || url === '/down') {
        // /flaky fails twice and then serves the file; /down never recovers.
        const failures = seen.filter((s) => s.path === url).length;
        if (url === '/down' || failures <= 2) {
          res.writeHead(503, { 'content-type': 'text/plain' });
          res.end('unavailable');
        } else {
          res.writeHead(200, { 'content-type': 'text/csv' });
          res.end('No.,質問\n');
        }
      } else if (url === '/slow') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.write('No.');
        // Never ends: the timeout must.
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await foreign.stop();
  });

  const options = (extra: { maxBytes?: number; timeoutMs?: number } = {}) => ({
    token: TOKEN,
    apiUrl: `${base}/api/`,
    retryDelayMs: 10,
    ...extra,
  });
  const codeOf = async (promise: Promise<unknown>) => {
    try {
      await promise;
      return 'resolved';
    } catch (error) {
      return error instanceof FileDownloadError ? error.code : `unexpected ${String(error)}`;
    }
  };

  it('downloads with the bearer token and follows a redirect that stays on Slack', async () => {
    const bytes = await downloadSharedFile(`${base}/redirect-here`, options());
    expect(new TextDecoder().decode(bytes)).toBe('No.,質問\n');
    expect(seen.filter((s) => s.path === '/ok').at(-1)?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('refuses a URL off Slack before sending anything', async () => {
    expect(await codeOf(downloadSharedFile(`${foreign.base}/file.csv`, options()))).toBe('refused-host');
    expect(foreign.requests).toHaveLength(0);
  });

  it('does not follow a redirect off Slack (the token would go with it)', async () => {
    expect(await codeOf(downloadSharedFile(`${base}/redirect-away`, options()))).toBe('refused-host');
    expect(foreign.requests).toHaveLength(0);
  });

  it('gives up on a redirect loop', async () => {
    expect(await codeOf(downloadSharedFile(`${base}/loop`, options()))).toBe('http');
  });

  it('stops at the size cap, declared or not', async () => {
    expect(await codeOf(downloadSharedFile(`${base}/big-declared`, options({ maxBytes: 1000 })))).toBe('too-large');
    expect(await codeOf(downloadSharedFile(`${base}/big-chunked`, options({ maxBytes: 4000 })))).toBe('too-large');
    expect((await downloadSharedFile(`${base}/big-chunked`, options({ maxBytes: 8192 }))).byteLength).toBe(8192);
  });

  it(`retries a 5xx up to ${DOWNLOAD_RETRIES} times, then gives up with the status`, async () => {
    expect(new TextDecoder().decode(await downloadSharedFile(`${base}/flaky`, options()))).toBe('No.,質問\n');
    expect(seen.filter((s) => s.path === '/flaky')).toHaveLength(DOWNLOAD_RETRIES + 1);
    expect(await codeOf(downloadSharedFile(`${base}/down`, options()))).toBe('http');
    expect(seen.filter((s) => s.path === '/down')).toHaveLength(DOWNLOAD_RETRIES + 1);
  });

  it('retries a refused connection, and gives up after its retries', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    let attempts = 0;
    const counting = (url: string, init?: RequestInit) => {
      attempts++;
      return fetch(url, init);
    };
    const refused = downloadSharedFile(`http://127.0.0.1:${port}/file.csv`, {
      token: TOKEN,
      apiUrl: `http://127.0.0.1:${port}/api/`,
      retryDelayMs: 10,
      fetch: counting,
    });
    expect(await codeOf(refused)).toBe('network');
    expect(attempts).toBe(DOWNLOAD_RETRIES + 1);
  });

  it('takes Slack’s sign-in page for what it is, not for the file', async () => {
    expect(await codeOf(downloadSharedFile(`${base}/login`, options()))).toBe('not-a-file');
  });

  it('reports other statuses and a stalled transfer', async () => {
    expect(await codeOf(downloadSharedFile(`${base}/missing`, options()))).toBe('http');
    expect(await codeOf(downloadSharedFile(`${base}/slow`, options({ timeoutMs: 300 })))).toBe('network');
  });
});

describe('sharedFiles', () => {
  it('reads hosted files, marks id-only ones for files.info, and gives external ones no URL', () => {
    const files = sharedFiles({
      files: [
        {
          id: 'F1',
          name: 'a.xlsx',
          size: 10,
          url_private_download: 'https://files.slack.com/d/a.xlsx',
          url_private: 'https://files.slack.com/a.xlsx',
        },
        { id: 'F2', mode: 'file_access', file_access: 'check_file_info' },
        { id: 'F3', name: 'b.xlsx', mode: 'external', is_external: true, url_private: 'https://docs.google.com/x' },
        { name: 'no id' },
        'junk',
      ],
    });
    expect(files).toEqual([
      { id: 'F1', name: 'a.xlsx', size: 10, url: 'https://files.slack.com/d/a.xlsx', needsInfo: false },
      { id: 'F2', name: '', size: null, url: null, needsInfo: true },
      { id: 'F3', name: 'b.xlsx', size: null, url: null, needsInfo: false },
    ]);
    expect(sharedFiles({ text: 'no files' })).toEqual([]);
  });
});

describe('buildFillComment', () => {
  const row = (
    line: number,
    question: string,
    toCheck: boolean,
    sheet: string | null = null,
    cells: FilledRow['cells'] = [],
  ): FilledRow => ({
    sheet,
    line,
    question,
    toCheck,
    answer: toCheck ? '要確認' : '対応しています',
    citation: toCheck ? '' : 'a.txt › No.1',
    confidence: toCheck ? 0.2 : 0.9,
    candidates: '',
    status: null,
    cells,
    japaneseForEnglish: false,
    result: { question, answered: !toCheck, results: [] } as unknown as AskResult,
  });
  const sheetSummary = (
    sheet: string | null,
    note = '設問 1 行：回答欄がないため、kotae の列（C〜F）に回答を記入しました',
  ): SheetSummary => ({
    sheet,
    kind: 'questionnaire',
    note: { ja: note, en: 'note' },
    rows: 0,
    answered: 0,
    toCheck: 0,
    cellsWritten: 0,
    kept: 0,
    kotaeColumns: 'C:F',
  });
  const summary = (rows: FilledRow[], sheets: Array<string | null> = [null]): FillSummary => ({
    rows: rows.length,
    answered: rows.filter((r) => !r.toCheck).length,
    toCheck: rows.filter((r) => r.toCheck).length,
    statusProposed: 0,
    cellsWritten: rows.reduce((n, r) => n + r.cells.length, 0),
    sheets: sheets.map((sheet) => sheetSummary(sheet)),
    japaneseForEnglish: 0,
    languageNote: null,
  });

  it('gives the counts and lists the first rows to check, escaped, then how many more', () => {
    const rows = [row(2, '答えられる質問', false), ...Array.from({ length: 13 }, (_, i) => row(i + 3, `質問 ${i} <@U1> & <!here>`, true))];
    const comment = buildFillComment({ summary: summary(rows), rows });
    expect(comment).toContain('行数 14 ・ 回答済み 1 ・ 要確認 13');
    expect(comment).toContain(`*要確認の行*（最初の ${FILL_LISTED_ROWS} 件）`);
    expect(comment.match(/^• /gm)).toHaveLength(FILL_LISTED_ROWS);
    expect(comment).toContain('• 3 行目: 質問 0 &lt;@U1&gt; &amp; &lt;!here&gt;');
    expect(comment).toContain('…ほか 3 行');
    expect(comment).not.toMatch(/<[@!]/);
    expect(comment).not.toContain('答えられる質問');
  });

  it('names the sheet when the workbook has several, and says when nothing needs checking', () => {
    const rows = [row(5, '質問', true, '別紙A'), row(6, '質問2', false, '別紙B')];
    expect(buildFillComment({ summary: summary(rows, ['別紙A', '別紙B']), rows })).toContain('• 別紙A › 5 行目: 質問');
    const done = [row(2, '答えられる質問', false)];
    const comment = buildFillComment({ summary: summary(done), rows: done });
    expect(comment).toContain('要確認の行はありません。');
    expect(comment).not.toContain('•');
  });

  it('says what was done with every sheet and why, which answer cells got which value, and when English got Japanese', () => {
    const rows = [
      row(5, 'Is data encrypted?', false, 'Lite', [
        { address: 'C5', role: 'choice', value: 'Yes' },
        { address: 'D5', role: 'text', value: 'データは <暗号化> しています。'.repeat(5) },
      ]),
      row(6, 'Penguins?', true, 'Lite'),
    ];
    const base = summary(rows, ['Lite']);
    const comment = buildFillComment({
      rows,
      summary: {
        ...base,
        sheets: [
          sheetSummary('Instructions', '記入要領のシート：回答欄がないため対象外'),
          sheetSummary('Lite', '設問 2 行：回答欄（C列「Vendor Answers」）に記入し…'),
        ],
        japaneseForEnglish: 1,
        languageNote: { ja: '英語の設問に日本語の回答を記入しました', en: 'English questions were answered in Japanese' },
      },
    });
    expect(comment).toContain('行数 2 ・ 回答済み 1 ・ 要確認 1 ・ 回答欄に記入 2');
    expect(comment).toContain('⚠️ 英語の設問に日本語の回答を記入しました（English questions were answered in Japanese）。');
    expect(comment).toContain(
      '*シートごとの結果*\n• Instructions: 記入要領のシート：回答欄がないため対象外\n• Lite: 設問 2 行：回答欄（C列「Vendor Answers」）に記入し…',
    );
    // Cell values are the knowledge's text: escaped, and cut short beside their address.
    expect(comment).toMatch(
      /\*回答欄に記入したセル\*\n• Lite › 5 行目: C5 ← Yes, D5 ← データは &lt;暗号化&gt; しています。データは[^\n]*…\n/,
    );
    expect(comment).toContain('*要確認の行*\n• Lite › 6 行目: Penguins?');
  });

  it('cuts a long question', () => {
    const rows = [row(2, 'あ'.repeat(500), true)];
    const line = buildFillComment({ summary: summary(rows), rows })
      .split('\n')
      .find((l) => l.startsWith('• '))!;
    expect(line.length).toBeLessThan(130);
    expect(line.endsWith('…')).toBe(true);
  });
});

describe('isFileHelpRequest', () => {
  it('takes the word alone for a request for instructions, and a real question for a question', () => {
    for (const text of ['ファイル', 'file', 'ＦＩＬＥ', 'チェックシート', 'ファイル？']) expect(isFileHelpRequest(text), text).toBe(true);
    for (const text of ['ファイルの暗号化はしていますか', 'ファイル共有の制限', '']) expect(isFileHelpRequest(text), text).toBe(false);
  });
});
