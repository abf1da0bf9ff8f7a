/**
 * A bounded load test on 127.0.0.1: a real `kotae serve`, askers asking without pause while an
 * admin reloads over and over, a file changing before each reload as it does in use. What it checks is behaviour (no ask fails, every reload is reported right, the last
 * edition answers); how fast asks are during reloads is a figure for `node bench/reload.mjs`.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN_TOKEN,
  ENCRYPTION_QUESTION,
  admin,
  ask,
  makeTempDirs,
  spawnServe,
  type ServeProcess,
  type TempDirs,
} from '../support/kotae-server.js';
import { waitFor } from '../helpers/wait-for.js';

const ASKERS = 4;
const RELOADS = 5;
/** Rows of the file that changes before each reload: all new text, so all of it is analysed. */
const CHANGING_ROWS = 300;

const QUESTIONS = [
  ENCRYPTION_QUESTION,
  'パスワードの最小文字数は？',
  'バックアップの取得頻度を教えてください',
  'ISMS認証を取得していますか',
  '脆弱性診断を実施していますか',
];
const TOPICS = [
  'アクセスログを保管し',
  '通信経路を暗号化し',
  '委託先を年次で監査し',
  '権限を四半期ごとに見直し',
  '障害訓練を半期ごとに実施し',
  '教育を全従業員に実施し',
];

/** The changing file's `edition`: every row's text is new, and row 1 names the edition. */
function changingCsv(edition: number): string {
  const rows = Array.from({ length: CHANGING_ROWS }, (_, i) => {
    const topic = TOPICS[(i + edition) % TOPICS.length]!;
    return `${i + 1},第${edition}版の手順${i + 1}について${topic}ていますか,第${edition}版では手順${i + 1}として${topic}、記録を${(i % 9) + 2}年間保管しています。`;
  });
  return ['No.,質問,回答', ...rows].join('\n');
}

/** True when the ask was answered with results. */
async function answers(url: string, question: string): Promise<boolean> {
  try {
    const response = await fetch(new URL('api/ask', url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ question }),
    });
    const body = (await response.json()) as { results?: unknown[] };
    return response.status === 200 && Array.isArray(body.results) && body.results.length > 0;
  } catch {
    return false;
  }
}

/** `ASKERS` askers, each asking in turn until `more()` says stop: whether each ask was answered. */
async function askWhile(url: string, more: () => boolean): Promise<boolean[]> {
  const outcomes: boolean[] = [];
  await Promise.all(
    Array.from({ length: ASKERS }, async (_, asker) => {
      for (let asked = 0; more(); asked++) outcomes.push(await answers(url, QUESTIONS[(asker + asked) % QUESTIONS.length]!));
    }),
  );
  return outcomes;
}

interface ReloadBody {
  readonly ok: boolean;
  readonly changes: { readonly added: string[]; readonly changed: string[]; readonly kept: string[]; readonly removed: string[] };
  readonly status: { readonly items: number };
}

let dirs: TempDirs;
let serve: ServeProcess;
const changing = () => path.join(dirs.knowledge, 'changing.csv');

beforeAll(async () => {
  dirs = await makeTempDirs();
  await writeFile(changing(), changingCsv(0));
  serve = await spawnServe(dirs.root, {
    KNOWLEDGE_DIR: dirs.knowledge,
    KOTAE_DATA_DIR: dirs.data,
    KOTAE_ADMIN_TOKEN: ADMIN_TOKEN,
    LOG_LEVEL: 'warn',
  });
  await waitFor(async () => (await fetch(new URL('readyz', serve.url))).status === 200, 'the knowledge to load', 60_000);
});

afterAll(async () => {
  if (serve?.child.exitCode === null) {
    serve.child.kill('SIGTERM');
    await serve.exited;
  }
  await dirs?.remove();
});

describe('asking during repeated reloads', () => {
  it('fails no ask, keeps answering through every reload, and reports every reload right', async () => {
    const reloads: ReloadBody[] = [];
    let reloading = true;
    const reloader = (async () => {
      try {
        for (let edition = 1; edition <= RELOADS; edition++) {
          await writeFile(changing(), changingCsv(edition));
          reloads.push((await (await admin(serve.url, 'api/admin/reload', { method: 'POST' })).json()) as ReloadBody);
        }
      } finally {
        reloading = false;
      }
    })();
    const busy = await askWhile(serve.url, () => reloading);
    await reloader;

    expect(busy.filter((ok) => !ok)).toEqual([]);
    // More than one ask per asker per reload: asks were answered while reloads ran, not only between them.
    expect(busy.length).toBeGreaterThan(ASKERS * RELOADS);

    const baseItems = reloads[0]!.status.items;
    for (const reload of reloads) {
      expect(reload).toMatchObject({
        ok: true,
        changes: { added: [], changed: ['changing.csv'], kept: [], removed: [] },
        status: { items: baseItems },
      });
    }
    const latest = await ask(serve.url, { question: `第${RELOADS}版の手順1について${TOPICS[(0 + RELOADS) % TOPICS.length]}ていますか` });
    expect(latest.body.results?.[0]).toMatchObject({
      id: 'changing.csv#2',
      answer: expect.stringContaining(`第${RELOADS}版では手順1として`),
    });
  }, 180_000);
});
