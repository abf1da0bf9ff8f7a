/**
 * The attacks of the hardening report, against a real `kotae serve` process on 127.0.0.1: every
 * hostile file is generated here, and after each the process must still be alive and answering,
 * with its peak memory (VmHWM, read from /proc) within the budget above the idle process.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  admin,
  ask,
  ENCRYPTION_QUESTION,
  makeTempDirs,
  spawnServe,
  type ServeProcess,
  type TempDirs,
} from '../support/kotae-server.js';
import { dimensionBomb, longRun, mergeBomb, randomUtf16, utf16le, zipBomb } from '../support/hostile-files.js';
import { waitFor } from '../helpers/wait-for.js';

/** The budget of the hardening issue: peak RSS at most this much above the idle server. */
const MEMORY_BUDGET_MB = 300;

let dirs: TempDirs;
let serve: ServeProcess;
let idlePeakMb: number;

/** Peak resident memory of the server process since it started (Linux: VmHWM). */
function peakMb(pid: number): number {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`no VmHWM for process ${pid}`);
  return Number(kb) / 1024;
}

async function expectAliveAndAnswering(): Promise<void> {
  expect(serve.child.exitCode).toBeNull();
  expect((await fetch(new URL('healthz', serve.url))).status).toBe(200);
  const { status, body } = await ask(serve.url, { question: ENCRYPTION_QUESTION });
  expect(status).toBe(200);
  expect(body.answered).toBe(true);
}

async function upload(name: string, bytes: Uint8Array): Promise<{ status: number; body: { error?: string; code?: string } }> {
  const response = await fetch(new URL(`api/fill?filename=${encodeURIComponent(name)}`, serve.url), {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream' },
    body: new Uint8Array(bytes),
  });
  return { status: response.status, body: (await response.json()) as { error?: string; code?: string } };
}

beforeAll(async () => {
  dirs = await makeTempDirs();
  serve = await spawnServe(dirs.root, { KNOWLEDGE_DIR: dirs.knowledge, KOTAE_DATA_DIR: dirs.data, KOTAE_ADMIN_TOKEN: ADMIN_TOKEN });
  await waitFor(async () => (await fetch(new URL('readyz', serve.url))).status === 200, 'the knowledge to load');
  idlePeakMb = peakMb(serve.child.pid!);
});

afterAll(async () => {
  if (serve && serve.child.exitCode === null) {
    serve.child.kill('SIGTERM');
    await serve.exited;
  }
  await dirs?.remove();
});

describe('kotae serve against hostile uploads', () => {
  it('refuses the 8 KB merge bomb upload with 422 in Japanese and English, and keeps answering', async () => {
    const { status, body } = await upload('bomb.xlsx', await mergeBomb());
    expect(status).toBe(422);
    expect(body.code).toBe('over-budget');
    expect(body.error).toMatch(/^bomb\.xlsx: merged ranges too large: they cover 17,179,869,184 cells.*結合セルの範囲が大きすぎます/);
    await expectAliveAndAnswering();
  });

  it('refuses a zip bomb whose headers lie about its size with 422, and keeps answering', async () => {
    const { status, body } = await upload('zip.xlsx', await zipBomb(1024, { lying: true }));
    expect(status).toBe(422);
    expect(body.error).toMatch(/zip bomb.*zip爆弾|zip bomb.*展開後/);
    await expectAliveAndAnswering();
  });

  it('refuses a dimension bomb with 422, and keeps answering', async () => {
    const { status, body } = await upload('dimension.xlsx', await dimensionBomb(50_000, { claimed: false }));
    expect(status).toBe(422);
    expect(body.error).toMatch(/sheets too large.*シートの範囲が大きすぎます/);
    await expectAliveAndAnswering();
  });

  it('answers questions holding NUL and unpaired surrogates with 200', async () => {
    for (const question of ['x\u0000', 'データは\ud800暗号化されていますか\u0000', '\udc00']) {
      const { status } = await ask(serve.url, { question });
      expect(status).toBe(200);
    }
    await expectAliveAndAnswering();
  });
});

describe('kotae serve reloading a folder of hostile files', () => {
  it('reloads with each hostile file as its warning, and answers from the good files, including the repaired ones', async () => {
    const files: Record<string, string | Uint8Array> = {
      'merge.xlsx': await mergeBomb(),
      'zip.xlsx': await zipBomb(256, { lying: true }),
      'dimension.xlsx': await dimensionBomb(50_000),
      'noise.csv': randomUtf16(),
      'long-run.csv': `No.,質問,回答\n1,${longRun(100_000)},はい\n`,
      'wide.csv': `${Array.from({ length: 4000 }, (_, i) => (i === 0 ? '質問' : i === 1 ? '回答' : `列${i}`)).join(',')}\n${Array.from({ length: 4000 }, (_, i) => (i === 0 ? 'カワウソの飼育方針はありますか' : i === 1 ? 'はい、定めています。' : 'x')).join(',')}\n`,
      'surrogates.csv': utf16le('No.,質問,回答\n1,ラッコの\ud800飼育記録\udc00はありますか,はい、毎日記録しています。\n'),
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(dirs.knowledge, name), content);

    const response = await admin(serve.url, 'api/admin/reload', { method: 'POST' });
    const body = (await response.json()) as { ok: boolean; status: { warnings: Array<{ file: string; message: string }> } };
    expect(response.status).toBe(200);
    expect(body.ok).toBe(true);
    const warned = Object.fromEntries(body.status.warnings.map((w) => [w.file, w.message]));
    expect(warned['merge.xlsx']).toMatch(/merged ranges too large/);
    expect(warned['zip.xlsx']).toMatch(/zip bomb/);
    expect(warned['dimension.xlsx']).toMatch(/claims the range A1:XFD1048576/);
    expect(warned['noise.csv']).toMatch(/looks binary/);
    expect(warned['long-run.csv']).toMatch(/only its first 10,000 are searched/);
    expect(warned['wide.csv']).toMatch(/more than 256 cells/);

    await expectAliveAndAnswering();
    const otter = await ask(serve.url, { question: 'カワウソの飼育方針' });
    expect(otter.body.results?.[0]?.citation).toMatch(/^wide\.csv/);
    const seaOtter = await ask(serve.url, { question: 'ラッコの飼育記録はありますか' });
    expect(seaOtter.body.results?.[0]?.answer).toBe('はい、毎日記録しています。');
  });

  it(`stayed within ${MEMORY_BUDGET_MB} MB above the idle server through all of the above`, () => {
    const grown = peakMb(serve.child.pid!) - idlePeakMb;
    console.info(`kotae serve peak RSS: idle ${idlePeakMb.toFixed(0)} MB, after the hostile files +${grown.toFixed(0)} MB`);
    expect(grown).toBeLessThan(MEMORY_BUDGET_MB);
  });
});
