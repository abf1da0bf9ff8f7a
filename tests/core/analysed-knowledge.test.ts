import { afterAll, describe, expect, it } from 'vitest';
import { analyseFiles, analyseLoaded } from '../../src/core/analysed-knowledge.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { createAnalyzer, type Analyzer } from '../../src/search/analyzer.js';
import { PENGUIN_CSV } from '../support/kotae-server.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const TRIGGER = 'ペンギンの飼育方針はありますか';

/** The real analyzer, except that it throws on one text, as kuromoji does on some input. */
async function analyzerFailingOn(text: string): Promise<Analyzer> {
  const real = await createAnalyzer();
  return {
    ...real,
    terms: (t) => {
      if (t === text) throw new TypeError("Cannot read properties of undefined (reading 'length')");
      return real.terms(t);
    },
  };
}

const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
afterAll(() => folder.cleanup());

describe('analysing a loaded folder', () => {
  it("turns an error in one file's analysis into that file's warning and loads the others", async () => {
    const analyzer = analyzerFailingOn(TRIGGER);
    const { knowledge: analysed, terms } = await analyseLoaded(await loadKnowledge(folder.dir), () => analyzer);
    expect(analysed.warnings).toEqual([{ file: 'penguin.csv', message: expect.stringMatching(/^could not be analysed \(Cannot read properties.*\): its answers are left out/) }]);
    expect(analysed.files.map((f) => f.file)).toEqual(['skyarch.txt']);
    expect(analysed.items.length).toBeGreaterThan(30);
    expect(analysed.items.every((i) => i.file === 'skyarch.txt')).toBe(true);
    expect([...analysed.digests.keys()]).toEqual(['skyarch.txt']);
    expect(terms.has(TRIGGER)).toBe(false);
  });

  it('analyses every text of every item, and gives equal digests to equal files', async () => {
    const analyzer = createAnalyzer();
    const loaded = await loadKnowledge(folder.dir);
    const [a, b] = [await analyseLoaded(loaded, () => analyzer), await analyseLoaded(await loadKnowledge(folder.dir), () => analyzer)];
    for (const item of a.knowledge.items) for (const text of [item.question, item.answer]) if (text) expect(a.terms.get(text)).toEqual((await analyzer).terms(text));
    expect(a.knowledge.digests).toEqual(b.knowledge.digests);
  });

  it('fails as a whole when the analyzer itself cannot load', async () => {
    const broken = Promise.reject(new Error('kuromoji dictionary missing'));
    broken.catch(() => undefined);
    await expect(analyseFiles([{ file: 'a.csv', texts: ['暗号化'] }], () => broken)).rejects.toThrow('kuromoji dictionary missing');
  });
});
