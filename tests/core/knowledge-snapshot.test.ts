import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { PENGUIN_CSV } from '../support/kotae-server.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const folder = makeKnowledgeFolder({ samples: ['skyarch.txt', 'jinjer.txt'] });
afterAll(() => folder.cleanup());

describe('building a snapshot off the event loop', () => {
  it('gives the same answers whether the folder is analysed in a worker thread or in this one', async () => {
    const [offThread, inProcess] = [
      await buildSnapshot(folder.dir, { offThread: true, cacheDir: false }),
      await buildSnapshot(folder.dir, { cacheDir: false }),
    ];
    expect(offThread.items).toEqual(inProcess.items);
    for (const question of ['USBメモリは使えますか', 'パスワードの文字数は？', 'Is there a bug bounty program?']) {
      expect(answerQuestion(offThread, question)).toEqual({ ...answerQuestion(inProcess, question), took_ms: expect.any(Number) });
    }
  }, 60_000);

  it('keeps the serving index when a reload finds nothing changed, and builds a new one when a file did', async () => {
    const first = await buildSnapshot(folder.dir, { offThread: true, cacheDir: false });
    const same = await buildSnapshot(folder.dir, { offThread: true, cacheDir: false, previous: first });
    expect(same.index).toBe(first.index);
    expect(same.changes).toEqual({ added: [], changed: [], kept: [], removed: [] });

    writeFileSync(path.join(folder.dir, 'penguin.csv'), PENGUIN_CSV);
    const next = await buildSnapshot(folder.dir, { offThread: true, cacheDir: false, previous: same });
    expect(next.index).not.toBe(first.index);
    expect(next.changes.added).toEqual(['penguin.csv']);
    expect(answerQuestion(next, 'ペンギンの飼育方針はありますか').results[0]?.id).toBe('penguin.csv#2');
  }, 60_000);
});

describe('starts and reloads with the analysis cache', () => {
  it('analyses nothing on a second start, only the changed file on a reload, and answers the same', async () => {
    const own = makeKnowledgeFolder({ samples: ['skyarch.txt', 'jinjer.txt'] });
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-snapshot-cache-'));
    try {
      const cold = await buildSnapshot(own.dir, { offThread: true, cacheDir });
      expect(cold.reanalysed).toEqual(['jinjer.txt', 'skyarch.txt']);
      const warm = await buildSnapshot(own.dir, { offThread: true, cacheDir });
      expect(warm.reanalysed).toEqual([]);
      for (const question of ['USBメモリは使えますか', 'パスワードの文字数は？']) {
        expect(answerQuestion(warm, question)).toEqual({ ...answerQuestion(cold, question), took_ms: expect.any(Number) });
      }
      writeFileSync(path.join(own.dir, 'penguin.csv'), PENGUIN_CSV);
      const reloaded = await buildSnapshot(own.dir, { offThread: true, cacheDir, previous: warm });
      expect(reloaded.reanalysed).toEqual(['penguin.csv']);
      expect(answerQuestion(reloaded, 'ペンギンの飼育方針はありますか').results[0]?.id).toBe('penguin.csv#2');
    } finally {
      own.cleanup();
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 60_000);
});
