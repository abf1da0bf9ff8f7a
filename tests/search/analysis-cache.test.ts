import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { codeVersion, openAnalysisCache } from '../../src/search/analysis-cache.js';
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

describe('the analysis cache version', () => {
  it('is the hash of the analysis code as it runs, here from src/, so a change to it is never served stale', async () => {
    const file = path.join(work, 'versioned.json');
    const cache = await openAnalysisCache(file);
    cache.set('暗号化', ['暗号化']);
    await cache.save();
    const code = await codeVersion(fileURLToPath(new URL('../../src/search/analyzer.ts', import.meta.url)));
    expect(code).toMatch(/^[0-9a-f]{16}$/);
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version).toMatch(new RegExp(`^${code}-kuromoji-`));
  });

  it('changes when any module the entry imports changes, and is null when one is missing', async () => {
    const dir = mkdtempSync(path.join(work, 'code-'));
    writeFileSync(path.join(dir, 'entry.ts'), "import { a } from './a.js';\nimport type { T } from '../types.js';\nexport const b = a;\n");
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 1;\n');
    writeFileSync(path.join(work, 'types.ts'), 'export type T = string;\n');
    const before = await codeVersion(path.join(dir, 'entry.ts'));
    writeFileSync(path.join(dir, 'a.ts'), 'export const a = 2;\n');
    const after = await codeVersion(path.join(dir, 'entry.ts'));
    expect(before).not.toBeNull();
    expect(after).not.toBe(before);
    rmSync(path.join(dir, 'a.ts'));
    expect(await codeVersion(path.join(dir, 'entry.ts'))).toBeNull();
  });
});

describe('the cache folder', () => {
  it('keeps only the most recently used caches, and leaves files that are not caches alone', async () => {
    const dir = path.join(work, 'bounded');
    mkdirSync(dir);
    const hour = 3600;
    const now = Date.now() / 1000;
    const caches = Array.from({ length: 6 }, (_, i) => `${String(i).repeat(16)}.json`);
    caches.forEach((name, i) => {
      writeFileSync(path.join(dir, name), '{}');
      utimesSync(path.join(dir, name), now - (i + 1) * hour, now - (i + 1) * hour);
    });
    writeFileSync(path.join(dir, 'notes.json'), 'not a cache');
    const deadWrite = `${'a'.repeat(16)}.json.123-abcd.tmp`;
    writeFileSync(path.join(dir, deadWrite), '{');
    utimesSync(path.join(dir, deadWrite), now - 2 * hour, now - 2 * hour);

    const own = path.join(dir, `${'f'.repeat(16)}.json`);
    const cache = await openAnalysisCache(own, { keepNewest: 3 });
    cache.set('暗号化', ['暗号化']);
    await cache.save();
    expect(readdirSync(dir).sort()).toEqual([caches[0], caches[1], path.basename(own), 'notes.json'].sort());
    expect(existsSync(path.join(dir, deadWrite))).toBe(false);
  });
});
