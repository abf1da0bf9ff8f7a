import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { concernsKnowledge } from '../../src/server/watch.js';
import {
  ENCRYPTION_QUESTION,
  PENGUIN_QUESTION,
  addPenguinFile,
  admin,
  ask,
  makeTempDirs,
  startTestServer,
  ADMIN_TOKEN,
  type TempDirs,
  type TestServer,
  type TestServerOptions,
} from '../support/kotae-server.js';
import { waitFor } from '../helpers/wait-for.js';

interface ReloadBody {
  readonly ok: boolean;
  readonly error?: string;
  readonly joined: boolean;
  readonly changes: { readonly added: string[]; readonly changed: string[]; readonly kept: string[]; readonly removed: string[] };
  readonly status: {
    readonly version: number;
    readonly items: number;
    readonly warnings: ReadonlyArray<{ file: string; message: string }>;
  };
}

const reload = async (kotae: TestServer) => {
  const response = await admin(kotae.url, 'api/admin/reload', { method: 'POST' });
  return { status: response.status, body: (await response.json()) as ReloadBody };
};

const topId = async (kotae: TestServer, question: string) => (await ask(kotae.url, { question })).body.results?.[0]?.id;

let dirs: TempDirs;
let kotae: TestServer | undefined;

beforeEach(async () => {
  dirs = await makeTempDirs();
});

afterEach(async () => {
  await kotae?.stop();
  kotae = undefined;
  await dirs.remove();
});

const start = (extra: Partial<TestServerOptions> = {}) =>
  startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN }, ...extra });

describe('reload', () => {
  it('picks up a file added to the knowledge folder', async () => {
    kotae = await start();
    const before = await ask(kotae.url, { question: PENGUIN_QUESTION });
    expect(before.body.results?.some((r) => r.id.startsWith('penguin.csv'))).toBe(false);

    await addPenguinFile(dirs.knowledge);
    const { status, body } = await reload(kotae);
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.changes).toEqual({ added: ['penguin.csv'], changed: [], kept: [], removed: [] });

    const after = await ask(kotae.url, { question: PENGUIN_QUESTION });
    expect(after.body.answered).toBe(true);
    expect(after.body.results?.[0]).toMatchObject({ id: 'penguin.csv#2', citation: 'penguin.csv › No.1' });
  });

  it('keeps the old index serving when the folder is emptied, and says why', async () => {
    kotae = await start();
    const expected = await topId(kotae, ENCRYPTION_QUESTION);
    await rm(dirs.knowledge, { recursive: true });
    await mkdir(dirs.knowledge);

    const { status, body } = await reload(kotae);
    expect(status).toBe(422);
    expect(body.ok).toBe(false);
    expect(body.error).toMatch(/no items could be loaded.*The previous knowledge is still in use/);
    expect(body.status.version).toBe(1);
    expect(await topId(kotae, ENCRYPTION_QUESTION)).toBe(expected);
    expect((await fetch(new URL('readyz', kotae.url))).status).toBe(200);

    const status2 = (await (await admin(kotae.url, 'api/admin/status')).json()) as {
      lastReload: { ok: boolean; error: string };
      version: number;
    };
    expect(status2.lastReload).toMatchObject({ ok: false, error: body.error });
  });

  it('keeps the old index serving when the folder is gone or holds only broken files', async () => {
    kotae = await start();
    const expected = await topId(kotae, ENCRYPTION_QUESTION);

    await rename(dirs.knowledge, `${dirs.knowledge}-moved`);
    const gone = await reload(kotae);
    expect(gone.status).toBe(422);
    expect(gone.body.error).toMatch(/knowledge folder not found/);
    expect(await topId(kotae, ENCRYPTION_QUESTION)).toBe(expected);

    await mkdir(dirs.knowledge);
    await writeFile(path.join(dirs.knowledge, 'answers.xlsx'), 'this is not a workbook');
    const broken = await reload(kotae);
    expect(broken.status).toBe(422);
    expect(broken.body.error).toMatch(/answers\.xlsx/);
    expect(await topId(kotae, ENCRYPTION_QUESTION)).toBe(expected);
  });

  it('reports a broken file as a warning while the other files load', async () => {
    kotae = await start();
    await writeFile(path.join(dirs.knowledge, 'broken.xlsx'), 'plain text with an .xlsx name');
    await addPenguinFile(dirs.knowledge);

    const { status, body } = await reload(kotae);
    expect(status).toBe(200);
    expect(body.status.warnings).toEqual([expect.objectContaining({ file: 'broken.xlsx' })]);
    expect(await topId(kotae, PENGUIN_QUESTION)).toBe('penguin.csv#2');
  });

  it('answers 20 concurrent askers from the old index while a reload builds, and runs one build for two reload requests', async () => {
    // The real builder, held open after it finishes until the askers are done: the reload is
    // then certainly in progress while they ask, however fast or slow this machine is.
    let builds = 0;
    let hold: Promise<void> | null = null;
    let release = () => {};
    kotae = await start({
      buildSnapshot: async (dir) => {
        builds++;
        const snapshot = await buildSnapshot(dir);
        if (hold) await hold;
        return snapshot;
      },
    });
    const expected = await topId(kotae, ENCRYPTION_QUESTION);
    await addPenguinFile(dirs.knowledge);
    hold = new Promise((resolve) => (release = resolve));

    const first = reload(kotae);
    await waitFor(() => builds === 2 && kotae!.deps.kotae.reloading, 'the reload to start');
    const second = reload(kotae);
    const askers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => ask(kotae!.url, { question: i % 2 ? ENCRYPTION_QUESTION : PENGUIN_QUESTION })),
    );
    expect(kotae.deps.kotae.reloading).toBe(true);
    release();

    for (const [i, response] of askers.entries()) {
      expect(response.status).toBe(200);
      if (i % 2) expect(response.body.results?.[0]?.id).toBe(expected);
      else expect(response.body.results?.some((r) => r.id.startsWith('penguin.csv'))).toBe(false);
    }
    const [a, b] = await Promise.all([first, second]);
    expect(a.body).toMatchObject({ ok: true, joined: false, status: { version: 2 } });
    expect(b.body).toMatchObject({ ok: true, joined: true, status: { version: 2 } });
    expect(builds).toBe(2);
    expect(await topId(kotae, PENGUIN_QUESTION)).toBe('penguin.csv#2');
  });

  it('reloads by itself after files change when KNOWLEDGE_WATCH is on', async () => {
    kotae = await start({ env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN, KNOWLEDGE_WATCH: 'true' }, watchDebounceMs: 200 });
    await addPenguinFile(dirs.knowledge);
    await waitFor(async () => (await topId(kotae!, PENGUIN_QUESTION)) === 'penguin.csv#2', 'the watcher to reload');
    expect(kotae.logLines()).toContainEqual(expect.objectContaining({ event: 'reload', trigger: 'watch', ok: true }));
  });

  it('lets the watcher ignore files that hold no answers, such as editor swap files and logs', () => {
    for (const name of ['jinjer.txt', 'sub/a.XLSX', 'synonyms.txt', 'b.csv', 'new-collection', null])
      expect(concernsKnowledge(name), String(name)).toBe(true);
    for (const name of ['.jinjer.txt.swp', 'unanswered.jsonl', 'notes.docx', '.~lock.a.xlsx#'])
      expect(concernsKnowledge(name), name).toBe(false);
  });
});
