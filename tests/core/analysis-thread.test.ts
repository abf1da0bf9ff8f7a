import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseInWorker, workerEntry } from '../../src/core/analysis-thread.js';
import { analyseInProcess, taggerFor } from '../../src/core/analysis-session.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { buildGlossary } from '../../src/search/glossary.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const folder = makeKnowledgeFolder({ samples: ['skyarch.txt', 'jinjer.txt'] });
afterAll(() => folder.cleanup());

/** A thread's nice value from its `/proc/…/stat` line (Linux). */
const niceOf = (stat: string) => Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
const threadNiceValues = () =>
  readdirSync('/proc/self/task').map((thread) => niceOf(readFileSync(`/proc/self/task/${thread}/stat`, 'utf8')));

describe('the analysis worker thread', () => {
  it('runs the compiled worker from dist/ when the code runs from src/', () => {
    expect(workerEntry()).toBe(fileURLToPath(new URL('../../dist/core/analysis-worker.js', import.meta.url)));
  });

  it('hands over the merged index, which answers as one merged in this thread', async () => {
    const session = analyseInWorker(null);
    const analysed = await session.load(folder.dir);
    const image = await session.index(analysed.files.map((report) => ({ file: report.file })));
    await session.close();
    const local = analyseInProcess(null, () => createAnalyzer());
    await local.load(folder.dir);
    expect(image).toEqual(await local.index(analysed.files.map((report) => ({ file: report.file }))));
    const parts = { analyzer: createAnalyzer(), glossary: buildGlossary([]), tagger: taggerFor(null) };
    const index = await SearchIndex.open(analysed.items, image, parts);
    expect(index.search('USBメモリは使えますか', { top: 3 }).hits[0]?.item.file).toBe('skyarch.txt');
  }, 60_000);

  it("passes on the loader's message when the worker cannot read the folder", async () => {
    const session = analyseInWorker(null);
    await expect(session.load(path.join(folder.dir, 'missing'))).rejects.toThrow(
      /knowledge folder not found: .*missing\. Create it or point KNOWLEDGE_DIR/,
    );
    await session.close();
  });

  it.runIf(process.platform === 'linux')('runs at a lower CPU priority than the thread answering questions', async () => {
    const own = niceOf(readFileSync('/proc/thread-self/stat', 'utf8'));
    const session = analyseInWorker(null);
    await session.load(folder.dir);
    // A test run that is itself niced past 10 cannot see the difference, and must not fail for it.
    expect(threadNiceValues()).toContain(Math.max(10, own));
    await session.close();
  });
});
