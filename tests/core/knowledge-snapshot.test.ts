import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { analyseInWorker, workerEntry } from '../../src/core/analysis-thread.js';
import { buildSnapshot, termLookup } from '../../src/core/knowledge-snapshot.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { buildGlossary } from '../../src/search/glossary.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { PENGUIN_CSV } from '../support/kotae-server.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const folder = makeKnowledgeFolder({ samples: ['skyarch.txt', 'jinjer.txt'] });
afterAll(() => folder.cleanup());

describe('building a snapshot off the event loop', () => {
  it('runs the compiled worker from dist/ when the code runs from src/', () => {
    expect(workerEntry()).toBe(fileURLToPath(new URL('../../dist/core/analysis-worker.js', import.meta.url)));
  });

  it('gives the same answers whether the folder is analysed in a worker thread or in this one', async () => {
    const [offThread, inProcess] = [await buildSnapshot(folder.dir, { offThread: true, cacheFile: false }), await buildSnapshot(folder.dir, { cacheFile: false })];
    expect(offThread.items).toEqual(inProcess.items);
    for (const question of ['USBメモリは使えますか', 'パスワードの文字数は？', 'Is there a bug bounty program?']) {
      expect(answerQuestion(offThread, question)).toEqual({ ...answerQuestion(inProcess, question), took_ms: expect.any(Number) });
    }
  }, 60_000);

  it("hands the index every text it reads already analysed, so this thread's analyzer is never needed", async () => {
    const session = analyseInWorker(null);
    const analysed = await session.load(folder.dir);
    const { terms } = await session.terms([]);
    await session.close();
    const lookup = termLookup(terms);
    const index = await SearchIndex.build(analysed.items, createAnalyzer(), buildGlossary([]), lookup);
    expect(index.items.length).toBe(analysed.items.length);
    expect(lookup.misses).toBe(0);
  }, 60_000);

  it("passes on the loader's message when the worker cannot read the folder", async () => {
    const session = analyseInWorker(null);
    await expect(session.load(path.join(folder.dir, 'missing'))).rejects.toThrow(/knowledge folder not found: .*missing\. Create it or point KNOWLEDGE_DIR/);
    await session.close();
  });

  it('keeps the serving index when a reload finds nothing changed, and builds a new one when a file did', async () => {
    const first = await buildSnapshot(folder.dir, { offThread: true, cacheFile: false });
    const same = await buildSnapshot(folder.dir, { offThread: true, cacheFile: false, previous: first });
    expect(same.index).toBe(first.index);
    expect(same.changes).toEqual({ added: [], changed: [], kept: [], removed: [] });

    writeFileSync(path.join(folder.dir, 'penguin.csv'), PENGUIN_CSV);
    const next = await buildSnapshot(folder.dir, { offThread: true, cacheFile: false, previous: same });
    expect(next.index).not.toBe(first.index);
    expect(next.changes.added).toEqual(['penguin.csv']);
    expect(answerQuestion(next, 'ペンギンの飼育方針はありますか').results[0]?.id).toBe('penguin.csv#2');
  }, 60_000);
});
