import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { openAnalysisCache } from '../../src/search/analysis-cache.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'kotae-analysis-cache-'));
const folder = makeKnowledgeFolder({ samples: ['skyarch.txt'] });
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  folder.cleanup();
});

describe('the analysis cache', () => {
  it('gives the same answers when the index is built from cached analysis', async () => {
    const cacheFile = path.join(work, 'cache.json');
    const fresh = await buildSnapshot(folder.dir, { cacheFile });
    const stored = JSON.parse(readFileSync(cacheFile, 'utf8')) as { entries: Record<string, string[]> };
    expect(Object.keys(stored.entries).length).toBeGreaterThan(36);
    const cached = await buildSnapshot(folder.dir, { cacheFile });
    for (const question of ['USBメモリは使えますか', 'メールの誤送信対策は？', 'Is there a bug bounty program?']) {
      expect(answerQuestion(cached, question)).toEqual({ ...answerQuestion(fresh, question), took_ms: expect.any(Number) });
    }
  }, 60_000);

  it('ignores a cache written by other analysis code, and a damaged one', async () => {
    const stale = path.join(work, 'stale.json');
    writeFileSync(stale, JSON.stringify({ version: 'other', entries: { x: ['y'] } }));
    expect((await openAnalysisCache(stale)).get('x')).toBeUndefined();
    const damaged = path.join(work, 'damaged.json');
    writeFileSync(damaged, '{"version":');
    expect((await openAnalysisCache(damaged)).get('x')).toBeUndefined();
  });
});
