import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseInProcess, type AnalysisHelper, type CacheLocation } from '../../src/core/analysis-session.js';
import { startAnalysisHelper } from '../../src/core/analysis-thread.js';
import { decodeRecord, encodeRecord } from '../../src/search/analysis-cache.js';
import { createAnalyzer, type Analyzer } from '../../src/search/analyzer.js';
import { PENGUIN_CSV } from '../support/kotae-server.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const TRIGGER = 'ペンギンの飼育方針はありますか';
const work = mkdtempSync(path.join(os.tmpdir(), 'kotae-analysis-session-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The real analyzer, counting the texts it analyses; it throws on `failOn`, as kuromoji does on some input. */
function countingAnalyzer(failOn?: string): { analyzer: () => Promise<Analyzer>; analysed: string[] } {
  const analysed: string[] = [];
  const ready = createAnalyzer().then(
    (real): Analyzer => ({
      ...real,
      terms: (text) => {
        if (text === failOn) throw new TypeError("Cannot read properties of undefined (reading 'length')");
        analysed.push(text);
        return real.terms(text);
      },
    }),
  );
  return { analyzer: () => ready, analysed };
}

/** An analyzer that must not be needed: a start whose every file is in the cache never awaits it. */
const noAnalyzer = () => Promise.reject(new Error('the analyzer was needed'));

/** Loads the folder in a fresh session (as a new process would) and merges its index. */
async function load(dir: string, cache: CacheLocation, analyzer: () => Promise<Analyzer> = countingAnalyzer().analyzer) {
  const session = analyseInProcess(cache, analyzer);
  try {
    const knowledge = await session.load(dir);
    const image = await session.index(knowledge.files.map((report) => ({ file: report.file })));
    return { knowledge, image };
  } finally {
    await session.close();
  }
}

const cacheIn = (name: string): CacheLocation => ({ dir: path.join(work, name) });
const records = (cache: CacheLocation) => readdirSync(cache!.dir).filter((f) => f.endsWith('.rec'));

describe('analysing a folder', () => {
  const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
  afterAll(() => folder.cleanup());

  it("turns an error in one file's analysis into that file's warning and loads the others", async () => {
    const { knowledge } = await load(folder.dir, null, countingAnalyzer(TRIGGER).analyzer);
    expect(knowledge.warnings).toEqual([
      {
        file: 'penguin.csv',
        message: expect.stringMatching(/^could not be analysed \(Cannot read properties.*\): its answers are left out/),
      },
    ]);
    expect(knowledge.files.map((f) => f.file)).toEqual(['skyarch.txt']);
    expect(knowledge.items.length).toBeGreaterThan(30);
    expect(knowledge.items.every((i) => i.file === 'skyarch.txt')).toBe(true);
    expect([...knowledge.digests.keys()]).toEqual(['skyarch.txt']);
  });

  it('fails as a whole when the analyzer itself cannot load', async () => {
    await expect(load(folder.dir, null, () => Promise.reject(new Error('kuromoji dictionary missing')))).rejects.toThrow(
      'kuromoji dictionary missing',
    );
  });

  it('analyses a text that stands in several places once, and gives equal digests to equal files', async () => {
    const counted = countingAnalyzer();
    const [a, b] = [await load(folder.dir, null, counted.analyzer), await load(folder.dir, null)];
    expect(counted.analysed.length).toBe(new Set(counted.analysed).size);
    expect(a.knowledge.digests).toEqual(b.knowledge.digests);
    expect(a.image).toEqual(b.image);
  });
});

describe('the analysis cache, file by file', () => {
  it('lets a warm start analyse no file and not even wait for the analyzer, and gives the same index', async () => {
    const folder = makeKnowledgeFolder({ samples: ['skyarch.txt', 'jinjer.txt'] });
    const cache = cacheIn('warm');
    try {
      const cold = await load(folder.dir, cache);
      expect(cold.knowledge.reanalysed).toEqual(['jinjer.txt', 'skyarch.txt']);
      expect(records(cache)).toHaveLength(2);
      const warm = await load(folder.dir, cache, noAnalyzer);
      expect(warm.knowledge.reanalysed).toEqual([]);
      expect(warm.knowledge.items).toEqual(cold.knowledge.items);
      expect(warm.knowledge.warnings).toEqual(cold.knowledge.warnings);
      expect(warm.image).toEqual(cold.image);
    } finally {
      folder.cleanup();
    }
  }, 60_000);

  it('re-analyses only the file that changed, and of it only the texts its last version did not have', async () => {
    const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
    const cache = cacheIn('changed');
    try {
      await load(folder.dir, cache);
      writeFileSync(path.join(folder.dir, 'penguin.csv'), `${PENGUIN_CSV}2,皇帝ペンギンもいますか,います。\n`);
      const counted = countingAnalyzer();
      const { knowledge } = await load(folder.dir, cache, counted.analyzer);
      expect(knowledge.reanalysed).toEqual(['penguin.csv']);
      expect(counted.analysed.sort()).toEqual(['います。', '皇帝ペンギンもいますか']);
      const uncached = await load(folder.dir, null);
      expect((await load(folder.dir, cache, noAnalyzer)).image).toEqual(uncached.image);
    } finally {
      folder.cleanup();
    }
  }, 60_000);

  it('ignores records written by another version of the analysis code', async () => {
    const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
    const cache = cacheIn('foreign');
    try {
      await load(folder.dir, cache);
      for (const file of records(cache)) {
        const full = path.join(cache!.dir, file);
        const key = file.slice(17, -4);
        const decoded = decodeRecord(readFileSync(full), { version: null, key });
        if (typeof decoded !== 'object') throw new Error(`record ${file} should decode`);
        writeFileSync(full, encodeRecord(decoded.record, 'an-older-kotae', key));
      }
      const { knowledge } = await load(folder.dir, cache);
      expect(knowledge.reanalysed).toEqual(['penguin.csv', 'skyarch.txt']);
      expect(knowledge.warnings).toEqual([]);
    } finally {
      folder.cleanup();
    }
  }, 60_000);

  it('warns of a damaged record and analyses its file again, never failing the load', async () => {
    const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
    const cache = cacheIn('damaged');
    try {
      const cold = await load(folder.dir, cache);
      const [first, second] = records(cache).map((file) => path.join(cache!.dir, file));
      const bytes = readFileSync(first!);
      bytes[bytes.length - 3]! ^= 0xff;
      writeFileSync(first!, bytes);
      writeFileSync(second!, readFileSync(second!).subarray(0, 100));
      const { knowledge, image } = await load(folder.dir, cache);
      expect(knowledge.reanalysed).toEqual(['penguin.csv', 'skyarch.txt']);
      expect(knowledge.warnings.map((w) => w.file).sort()).toEqual(['penguin.csv', 'skyarch.txt']);
      expect(knowledge.warnings[0]!.message).toMatch(
        /saved analysis in the analysis cache \(.*damaged\) was damaged, so the file was analysed again; nothing is lost/,
      );
      expect(image).toEqual(cold.image);
      // The damaged records were written again.
      expect((await load(folder.dir, cache, noAnalyzer)).knowledge.warnings).toEqual([]);
    } finally {
      folder.cleanup();
    }
  }, 60_000);

  it('tags the stored items again, without analysing them, when the controls file changes', async () => {
    const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
    const cache = cacheIn('controls');
    try {
      const before = await load(folder.dir, cache);
      writeFileSync(path.join(folder.dir, 'controls.txt'), 'x-animal-care [動物の飼育 | Animal care]: ペンギン, 飼育方針\n');
      const after = await load(folder.dir, cache, noAnalyzer);
      expect(after.knowledge.reanalysed).toEqual([]);
      expect(after.image.controls.length).toBeGreaterThan(before.image.controls.length);
    } finally {
      folder.cleanup();
    }
  }, 60_000);
});

describe('a large load shared with a helper thread', () => {
  const folder = makeKnowledgeFolder({ samples: ['skyarch.txt', 'jinjer.txt', 'rescuenow.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
  afterAll(() => folder.cleanup());

  /** Loads with `helper` for any load, however small. */
  async function loadHelped(helper: () => AnalysisHelper) {
    const session = analyseInProcess(null, countingAnalyzer().analyzer, { helper, helperMinItems: 1 });
    try {
      const knowledge = await session.load(folder.dir);
      return { knowledge, image: await session.index(knowledge.files.map((report) => ({ file: report.file }))) };
    } finally {
      await session.close();
    }
  }

  it('gives the index this thread alone gives, with the helper analysing part of the files', async () => {
    let jobs: string[] = [];
    const helped = await loadHelped(() => {
      const real = startAnalysisHelper();
      return {
        ...real,
        analyse: (given, controlsText) => {
          jobs = given.map((job) => job.file);
          return real.analyse(given, controlsText);
        },
      };
    });
    const alone = await load(folder.dir, null);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.length).toBeLessThan(4);
    expect(helped.knowledge.reanalysed).toEqual(['jinjer.txt', 'penguin.csv', 'rescuenow.txt', 'skyarch.txt']);
    expect(helped.knowledge.items).toEqual(alone.knowledge.items);
    expect(helped.image).toEqual(alone.image);
  }, 60_000);

  it('analyses the files itself when the helper thread fails', async () => {
    const helped = await loadHelped(() => ({
      analyse: () => Promise.reject(new Error('the helper thread stopped')),
      close: () => undefined,
    }));
    expect(helped.knowledge.warnings).toEqual([]);
    expect(helped.image).toEqual((await load(folder.dir, null)).image);
  }, 60_000);
});
