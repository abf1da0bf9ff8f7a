import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  analysisVersion,
  codeVersion,
  decodeRecord,
  encodeRecord,
  openAnalysisStore,
  recordId,
  type StoredRecord,
} from '../../src/search/analysis-cache.js';

const work = mkdtempSync(path.join(os.tmpdir(), 'kotae-analysis-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const record: StoredRecord = {
  json: { items: ['暗号化していますか', 'はい'], note: 'ｶﾀｶﾅ 𠮷' },
  arrays: {
    tokens: Int32Array.from([3, 1, 4, 1, 5]),
    evidence: Float64Array.from([0.6, 1, 0.30000000000000004]),
    bits: Uint8Array.from([1, 0, 7]),
  },
};
const name = { group: recordId(16, '/k', 'a.csv'), key: recordId(32, 'v1', 'a.csv', 'content') };

describe('analysis cache records', () => {
  it('read back as written: JSON and typed arrays, to the last bit', () => {
    const decoded = decodeRecord(encodeRecord(record, 'v1', name.key), { version: 'v1', key: name.key });
    expect(decoded).toEqual({ record, version: 'v1' });
  });

  it('are foreign under another version or key, and damaged when any byte changed or is missing', () => {
    const bytes = encodeRecord(record, 'v1', name.key);
    expect(decodeRecord(bytes, { version: 'v2', key: name.key })).toBe('foreign');
    expect(decodeRecord(bytes, { version: 'v1', key: 'another' })).toBe('foreign');
    for (const at of [0, 12, bytes.length - 20, bytes.length - 1]) {
      const flipped = Uint8Array.from(bytes);
      flipped[at]! ^= 0x01;
      expect(decodeRecord(flipped, { version: 'v1', key: name.key })).toBe('damaged');
    }
    expect(decodeRecord(bytes.subarray(0, bytes.length - 8), { version: 'v1', key: name.key })).toBe('damaged');
    expect(decodeRecord(new TextEncoder().encode('{"entries":{}}'), { version: 'v1', key: name.key })).toBe('damaged');
  });
});

describe('the analysis store', () => {
  it('gives back what this version stored, misses what another version stored, and says when a file is damaged', async () => {
    const dir = path.join(work, 'store');
    await openAnalysisStore(dir, { version: 'v1' }).put(name, record);
    expect(await openAnalysisStore(dir, { version: 'v1' }).get(name)).toEqual({ record });
    expect(await openAnalysisStore(dir, { version: 'v2' }).get(name)).toBe('missing');
    expect(await openAnalysisStore(dir, { version: 'v1' }).get({ ...name, key: recordId(32, 'other') })).toBe('missing');
    const [file] = readdirSync(dir);
    writeFileSync(path.join(dir, file!), readFileSync(path.join(dir, file!)).subarray(0, 40));
    expect(await openAnalysisStore(dir, { version: 'v1' }).get(name)).toBe('damaged');
  });

  it("finds a file's most recently used record under any version", async () => {
    const dir = path.join(work, 'latest');
    const older = { ...name, key: recordId(32, 'older') };
    await openAnalysisStore(dir, { version: 'v0' }).put(older, { json: 'older', arrays: {} });
    utimesSync(path.join(dir, `${older.group}-${older.key}.rec`), new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    await openAnalysisStore(dir, { version: 'v1' }).put(name, record);
    const store = openAnalysisStore(dir, { version: 'v2' });
    expect(await store.latest(name.group)).toEqual({ record, version: 'v1', key: name.key });
    expect(await store.latest(recordId(16, 'no such file'))).toBeNull();
  });

  it('is no cache at all in a folder others may write to', async () => {
    const dir = path.join(work, 'shared');
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    const store = openAnalysisStore(dir, { version: 'v1' });
    await store.put(name, record);
    expect(readdirSync(dir)).toEqual([]);
    expect(await store.get(name)).toBe('missing');
  });

  it('stays within its bound, dropping the least recently used records but never those in use, and dead temporaries', async () => {
    const dir = path.join(work, 'bounded');
    const writer = openAnalysisStore(dir, { version: 'v1' });
    const names = Array.from({ length: 5 }, (_, i) => ({ group: recordId(16, `file${i}`), key: recordId(32, `key${i}`) }));
    for (const n of names) await writer.put(n, record);
    const files = names.map((n) => `${n.group}-${n.key}.rec`);
    const size = statSync(path.join(dir, files[0]!)).size;
    const hour = 3600;
    const now = Date.now() / 1000;
    for (const [i, file] of files.entries()) utimesSync(path.join(dir, file), now - (i + 1) * hour, now - (i + 1) * hour);
    writeFileSync(path.join(dir, 'notes.txt'), 'not a record');
    const deadWrite = `${files[0]}.123-abcd.tmp`;
    writeFileSync(path.join(dir, deadWrite), 'half');
    utimesSync(path.join(dir, deadWrite), now - 2 * hour, now - 2 * hour);

    // This store uses the oldest record; the bound leaves room for two.
    const store = openAnalysisStore(dir, { version: 'v1', maxBytes: 2 * size });
    expect(await store.get(names[4]!)).toEqual({ record });
    await store.prune();
    expect(readdirSync(dir).sort()).toEqual([files[0], files[4], 'notes.txt'].sort());
    expect(existsSync(path.join(dir, deadWrite))).toBe(false);
  });
});

describe('the analysis version', () => {
  it('is the hash of the analysis code as it runs, here from src/, so a change to it is never served stale', async () => {
    const code = await codeVersion(fileURLToPath(new URL('../../src/search/analyzer.ts', import.meta.url)));
    expect(code).toMatch(/^[0-9a-f]{16}$/);
    expect(await analysisVersion()).toMatch(new RegExp(`^${code}-kuromoji-`));
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
