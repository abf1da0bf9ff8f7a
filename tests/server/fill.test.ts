/**
 * `POST /api/fill` on the real server: customer-style workbooks and CSVs built here from the
 * questions of one bundled sample (skyarch.txt), answered from the other four.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { citationLine } from '../../src/present/citation.js';
import { statusView } from '../../src/present/status.js';
import { loadConfig } from '../../src/config.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { KOTAE_HEADERS, MAX_QUESTION_ROWS, TO_CHECK } from '../../src/fill/index.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { createLogger } from '../../src/logging.js';
import { createServerDeps } from '../../src/server/deps.js';
import { attachment, CONTENT_TYPES, MAX_UPLOAD_BYTES, type FillResponseJson } from '../../src/server/routes/fill.js';
import { startServer } from '../../src/server/server.js';
import { asked, customerWorkbook, loadWorkbook } from '../fill/customer-files.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';
import { makeTempDirs, startTestServer, type TempDirs, type TestServer } from '../support/kotae-server.js';
import { waitFor } from '../helpers/wait-for.js';

let dirs: TempDirs;
let kotae: TestServer;
/** skyarch.txt's items that ask something; skyarch.txt itself is not in the server's knowledge. */
let questions: KnowledgeItem[];

beforeAll(async () => {
  dirs = await makeTempDirs();
  await rm(path.join(dirs.knowledge, 'skyarch.txt'));
  const asking = makeKnowledgeFolder({ samples: ['skyarch.txt'] });
  try {
    questions = (await loadKnowledge(asking.dir)).items.filter((item) => item.question !== '');
  } finally {
    asking.cleanup();
  }
  kotae = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data });
});

afterAll(async () => {
  await kotae?.stop();
  await dirs?.remove();
});

interface Upload {
  readonly status: number;
  readonly headers: Headers;
  readonly json: FillResponseJson & { error?: string; code?: string };
}

async function upload(
  fileName: string | null,
  body: Uint8Array<ArrayBuffer> | string,
  headers: Record<string, string> = {},
): Promise<Upload> {
  const url = new URL('api/fill', kotae.url);
  if (fileName !== null) url.searchParams.set('filename', fileName);
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Upload['json'] };
}

const fileOf = (json: FillResponseJson) => new Uint8Array(Buffer.from(json.file, 'base64'));

/** Where kotae's four columns are on a sheet: the header row and the column of `kotae回答`. */
function kotaeColumns(sheet: ExcelJS.Worksheet): { headerRow: number; column: number } {
  let found: { headerRow: number; column: number } | null = null;
  sheet.eachRow((row, rowNumber) => {
    row.eachCell((cell, column) => {
      if (!found && cell.value === KOTAE_HEADERS[0]) found = { headerRow: rowNumber, column };
    });
  });
  if (!found) throw new Error(`no ${KOTAE_HEADERS[0]} header on ${sheet.name}`);
  return found;
}

/** Excel's way of writing a CSV cell: quoted only when needed. */
const csvCell = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** Like Excel's "CSV" export on Japanese Windows: CP932, CRLF, a title line. */
function customerCsv(texts: readonly string[]): string {
  return `${['セキュリティ確認票,,,', 'No,確認内容,回答(○/×),備考', ...texts.map((q, i) => `${i + 1},${csvCell(q)},,`)].join('\r\n')}\r\n`;
}

describe('POST /api/fill', () => {
  it('fills a customer workbook: summary, rows to check with their nearest candidate, and the filled file', async () => {
    const bytes = new Uint8Array((await customerWorkbook(questions)).bytes);
    const before = kotae.logLines().length;
    const { status, headers, json } = await upload('株式会社サンプル チェックシート.xlsx', bytes);
    expect(status).toBe(200);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(json.fileName).toBe('株式会社サンプル チェックシート.kotae.xlsx');
    expect(json.contentType).toBe(CONTENT_TYPES.xlsx);

    // The summary agrees with the rows: skyarch's questions plus the 4 of the English sheet.
    const { summary, rows } = json;
    expect(summary.rows).toBe(questions.length + 4);
    expect(rows).toHaveLength(summary.rows);
    expect(summary.toCheck).toBe(rows.filter((r) => r.toCheck).length);
    expect(summary.answered).toBe(rows.filter((r) => !r.toCheck).length);
    expect(summary.answered).toBeGreaterThan(0);
    expect(summary.toCheck).toBeGreaterThan(0);
    expect(summary.sheets.map((s) => [s.sheet, s.kind, s.rows])).toEqual([
      ['記入方法', 'instructions', 0],
      ['チェックシート', 'questionnaire', questions.length],
      ['English', 'questionnaire', 4],
      ['旧版', 'hidden', 0],
    ]);
    expect(summary.sheets[0]!.note).toEqual({
      ja: '記入要領のシート：回答欄がないため対象外',
      en: 'instructions: no answer cells, not filled',
    });
    expect(summary.languageNote?.ja).toBe('英語の設問に日本語の回答を記入しました');
    // Which of the customer's own cells got which value: the status column and 備考.
    expect(summary.cellsWritten).toBe(rows.reduce((n, r) => n + r.cells.length, 0));
    for (const row of rows.filter((r) => r.sheet === 'チェックシート' && r.cells.length > 0)) {
      expect(row.toCheck).toBe(false);
      expect(row.cells.map((c) => c.address[0])).toEqual(
        row.cells.length === 2 ? ['D', 'E'] : [row.cells[0]!.role === 'choice' ? 'D' : 'E'],
      );
    }
    expect(rows.filter((r) => r.sheet === 'チェックシート').map((r) => r.question)).toEqual(questions.map(asked));

    // Each row says what the answering core says for its question; a row to check shows the
    // nearest candidate (not 要確認) so that the reviewer has somewhere to start.
    for (const row of rows) {
      const expected = kotae.deps.kotae.ask(row.question, { top: 3 });
      const first = expected.results[0];
      expect(row.toCheck, row.question).toBe(!expected.answered);
      expect(row.confidence).toBe(first?.confidence ?? 0);
      expect(row.citation).toBe(first ? citationLine(first) : '');
      if (first) expect(row.answer.startsWith(first.answer || first.remarks)).toBe(true);
    }

    // The file is a valid workbook whose kotae columns hold what the rows say.
    const workbook = await loadWorkbook(fileOf(json));
    for (const row of rows) {
      const sheet = workbook.getWorksheet(row.sheet!)!;
      const { headerRow, column } = kotaeColumns(sheet);
      expect(KOTAE_HEADERS.map((_, i) => sheet.getRow(headerRow).getCell(column + i).value)).toEqual([...KOTAE_HEADERS]);
      const cells = sheet.getRow(row.row);
      expect(cells.getCell(column).value, `${row.sheet} row ${row.row}`).toBe(row.toCheck ? TO_CHECK : row.answer);
      expect(cells.getCell(column + 1).value ?? '').toBe(row.toCheck ? '' : row.citation);
      expect(cells.getCell(column + 2).value).toBe(row.confidence);
    }

    // One log line for the fill, with the counts and the time, and nothing of the file's contents.
    const logged = kotae.logLines().slice(before);
    expect(logged.filter((l) => String(l.event).startsWith('fill'))).toEqual([
      expect.objectContaining({
        event: 'fill',
        format: 'xlsx',
        rows: questions.length + 4,
        answered: summary.answered,
        to_check: summary.toCheck,
        took_ms: expect.any(Number),
      }),
    ]);
    const text = JSON.stringify(logged);
    for (const row of rows) expect(text).not.toContain(row.question);
    expect(text).not.toContain('株式会社サンプル');
    // Rows to check are in the file for the reviewer; they are not questions someone asked.
    expect(logged.filter((l) => l.event === 'question')).toEqual([]);
  });

  it('round-trips a Shift_JIS (CP932) CSV in CP932, the original records kept', async () => {
    const texts = [...questions.slice(0, 8).map(asked), 'ペンギンの飼育方針はありますか'];
    const original = customerCsv(texts);
    const { status, json } = await upload('確認票.csv', new Uint8Array(iconv.encode(original, 'cp932')));
    expect(status).toBe(200);
    expect(json.fileName).toBe('確認票.kotae.csv');
    expect(json.contentType).toBe('text/csv');
    const bytes = fileOf(json);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(Buffer.from(bytes), 'cp932');
    expect(iconv.encode(text, 'cp932').equals(Buffer.from(bytes))).toBe(true);
    const records = text.split('\r\n');
    expect(records[0]).toBe('セキュリティ確認票,,,');
    expect(records[1]).toBe(`No,確認内容,回答(○/×),備考,${KOTAE_HEADERS.join(',')}`);
    expect(json.rows.map((r) => r.row)).toEqual(texts.map((_, i) => i + 3));
    json.rows.forEach((row, i) => {
      expect(row.sheet).toBeNull();
      // 回答(○/×) gets the status and 備考 the answer, in place, for confident rows.
      expect(records[i + 2]!.startsWith(`${i + 1},${csvCell(texts[i]!)},${row.status ?? ''},`)).toBe(true);
      expect(row.cells.map((c) => c.address)).toEqual(row.toCheck ? [] : [...(row.status ? [`C${i + 3}`] : []), `D${i + 3}`]);
      // The status proposed, where it went, and the status of kotae's item it came from: checked before download.
      const itemStatus = statusView(kotae.deps.kotae.ask(texts[i]!, { top: 1 }).results[0]?.status ?? '')?.label;
      expect(row.proposedStatus).toEqual(
        row.status ? { value: row.status, cell: `C${i + 3}`, header: '回答(○/×)', from: itemStatus } : null,
      );
    });
    expect(json.rows.some((r) => r.proposedStatus)).toBe(true);
    const penguin = json.rows.at(-1)!;
    expect(penguin.toCheck).toBe(true);
    expect(records[texts.length + 1]).toContain(`,${TO_CHECK},`);
    expect(json.summary.toCheck).toBe(json.rows.filter((r) => r.toCheck).length);
  });

  it('sends the filled file itself, named in UTF-8, to a client that asks for octet-stream', async () => {
    const csv = new TextEncoder().encode(customerCsv(questions.slice(0, 3).map(asked)));
    const url = new URL('api/fill', kotae.url);
    url.searchParams.set('filename', "お客様's 確認票 (2025).csv");
    const response = await fetch(url, {
      method: 'POST',
      headers: { accept: 'application/octet-stream', 'content-type': 'application/octet-stream' },
      body: csv,
    });
    expect(response.status).toBe(200);
    // No charset: a filled CSV keeps the customer's encoding, which Express must not relabel.
    expect(response.headers.get('content-type')).toBe('text/csv');
    expect(response.headers.get('content-disposition')).toBe(
      "attachment; filename=\"___'s ___ (2025).kotae.csv\"; filename*=UTF-8''%E3%81%8A%E5%AE%A2%E6%A7%98%27s%20%E7%A2%BA%E8%AA%8D%E7%A5%A8%20%282025%29.kotae.csv",
    );
    expect(response.headers.get('x-kotae-rows')).toBe('3');
    expect(Number(response.headers.get('x-kotae-answered')) + Number(response.headers.get('x-kotae-to-check'))).toBe(3);
    const text = new TextDecoder().decode(await response.arrayBuffer());
    expect(text.split('\r\n')[1]).toBe(`No,確認内容,回答(○/×),備考,${KOTAE_HEADERS.join(',')}`);

    const bytes = new Uint8Array((await customerWorkbook(questions.slice(0, 2))).bytes);
    const xlsx = await fetch(new URL('api/fill?filename=a.xlsx', kotae.url), {
      method: 'POST',
      headers: { accept: 'application/octet-stream', 'content-type': CONTENT_TYPES.xlsx },
      body: bytes,
    });
    expect(xlsx.headers.get('content-type')).toBe(CONTENT_TYPES.xlsx);
    expect(xlsx.headers.get('content-disposition')).toBe('attachment; filename="a.kotae.xlsx"; filename*=UTF-8\'\'a.kotae.xlsx');
    const workbook = await loadWorkbook(new Uint8Array(await xlsx.arrayBuffer()));
    expect(workbook.getWorksheet('チェックシート')).toBeDefined();
  });

  it('encodes file names for Content-Disposition the RFC 5987 way', () => {
    expect(attachment('回答.kotae.xlsx')).toBe('attachment; filename="__.kotae.xlsx"; filename*=UTF-8\'\'%E5%9B%9E%E7%AD%94.kotae.xlsx');
    expect(attachment('a"b\\c%.csv')).toBe('attachment; filename="a_b_c_.csv"; filename*=UTF-8\'\'a%22b%5Cc%25.csv');
  });
});

describe('POST /api/fill refusals', () => {
  it("refuses what is not a spreadsheet with 400 and the fill module's message", async () => {
    const pdf = await upload('仕様書.pdf', '%PDF-1.7 ...');
    expect(pdf.status).toBe(400);
    expect(pdf.json).toEqual({
      code: 'unsupported',
      error: '仕様書.pdf: not a spreadsheet (.pdf): kotae fills .xlsx, .xlsm, .csv and .tsv files.',
    });

    const fake = await upload('fake.xlsx', 'this is plain text, not a workbook');
    expect(fake.status).toBe(400);
    expect(fake.json.code).toBe('unreadable');
    expect(fake.json.error).toMatch(/^fake\.xlsx: /);

    const noQuestions = await upload('numbers.csv', 'a,b\n1,2\n3,4\n');
    expect(noQuestions.status).toBe(400);
    expect(noQuestions.json.code).toBe('no-questions');
    expect(noQuestions.json.error).toMatch(/^numbers\.csv: no question column found/);

    expect(kotae.logLines()).toContainEqual(expect.objectContaining({ event: 'fill_refused', code: 'unsupported', extension: '.pdf' }));
  });

  it('refuses a missing file name or an empty body with 400', async () => {
    const unnamed = await upload(null, 'No,質問\n1,データは暗号化されていますか\n');
    expect(unnamed.status).toBe(400);
    expect(unnamed.json.error).toMatch(/\?filename=/);
    const empty = await upload('empty.csv', '');
    expect(empty.status).toBe(400);
    expect(empty.json.error).toMatch(/request body/);
  });

  it('refuses bodies that any web page could send cross-site (form types, text/plain, no type) with 415', async () => {
    const csv = 'No,質問\n1,データは暗号化されていますか\n';
    for (const type of ['text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const { status, json } = await upload('a.csv', csv, { 'content-type': type });
      expect(status, type).toBe(415);
      expect(json.error).toMatch(/Content-Type: application\/octet-stream/);
    }
    const untyped = await fetch(new URL('api/fill?filename=a.csv', kotae.url), { method: 'POST', body: new TextEncoder().encode(csv) });
    expect(untyped.status).toBe(415);
    expect((await upload('a.csv', csv, { 'content-type': 'text/csv' })).status).toBe(200);
  });

  it(`refuses a body over ${MAX_UPLOAD_BYTES / 1048576} MB with 413`, async () => {
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    const { status, json } = await upload('big.csv', big);
    expect(status).toBe(413);
    expect(json.error).toMatch(/larger than 10 MB/);
    // The connection is still usable afterwards.
    expect((await upload('memo.txt', 'x')).status).toBe(400);
  });

  it(`refuses more than ${MAX_QUESTION_ROWS} question rows with 413, before answering any`, async () => {
    const texts = Array.from({ length: MAX_QUESTION_ROWS + 1 }, (_, i) => `設問${i}について、データは暗号化されていますか`);
    const asked = vi.spyOn(kotae.deps.kotae, 'ask');
    try {
      const { status, json } = await upload('huge.csv', customerCsv(texts));
      expect(status).toBe(413);
      expect(json.code).toBe('too-many-rows');
      expect(json.error).toMatch(/^huge\.csv: 10001 question rows/);
      expect(asked).not.toHaveBeenCalled();
    } finally {
      asked.mockRestore();
    }
  });

  it('stops filling when the client disconnects, and frees its slot', async () => {
    const texts = Array.from({ length: 5000 }, (_, i) => `${questions[i % questions.length]!.question} (${i})`);
    const body = customerCsv(texts);
    const { slots } = kotae.deps.fills;
    const asked = vi.spyOn(kotae.deps.kotae, 'ask');
    try {
      const controller = new AbortController();
      const request = fetch(new URL('api/fill?filename=long.csv', kotae.url), {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body,
        signal: controller.signal,
      });
      // The client leaves once the server is answering its rows.
      await waitFor(() => asked.mock.calls.length > 0, 'the fill to answer its first row');
      expect(slots.active).toBe(1);
      controller.abort();
      await expect(request).rejects.toThrow();
      const aborted = await waitFor(() => kotae.logLines().find((l) => l.event === 'fill_aborted'), 'the fill to stop');
      expect(slots.active).toBe(0);
      expect(aborted.rows_done).toBeLessThan(5000);
      expect(asked.mock.calls.length).toBeLessThan(5000);
      expect(kotae.logLines().some((l) => l.event === 'fill' && l.rows === 5000)).toBe(false);
    } finally {
      asked.mockRestore();
    }
  });

  it('answers 503 while the knowledge is still loading', async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', KOTAE_DATA_DIR: dirs.data });
    const deps = createServerDeps(config, {
      knowledgeDir: dirs.knowledge,
      logger,
      buildSnapshot: async (dir) => {
        await held;
        return buildSnapshot(dir);
      },
    });
    const starting = startServer(deps, { adapters: [] });
    await waitFor(() => lines.some((l) => l.includes('"event":"listening"')), 'the server to listen');
    const url = String((JSON.parse(lines.find((l) => l.includes('"event":"listening"'))!) as { url: string }).url);
    const csv = { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'No,質問\n1,データは暗号化されていますか\n' };
    const early = await fetch(new URL('api/fill?filename=a.csv', url), csv);
    expect(early.status).toBe(503);
    expect(early.headers.get('retry-after')).toBe('5');
    expect(((await early.json()) as { error: string }).error).toMatch(/still loading/);
    release();
    const server = await starting;
    const later = await fetch(new URL('api/fill?filename=a.csv', url), csv);
    expect(later.status).toBe(200);
    await server.stop();
  });
});
