import * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LogQueueFull, type LogFileSystem } from '../../src/core/json-lines-file.js';
import { MAX_TAIL_BYTES, QuestionLog, UNANSWERED_FILE, type UnansweredEntry } from '../../src/core/question-log.js';
import { waitFor } from '../helpers/wait-for.js';

/** The real file system, counting the calls that cost: writes, fsyncs and bytes read. */
function countingFs(options: { holdSync?: Promise<void> } = {}) {
  const counts = { writes: 0, syncs: 0, bytesRead: 0 };
  const fs: LogFileSystem = {
    mkdir: fsPromises.mkdir,
    rename: fsPromises.rename,
    rm: fsPromises.rm,
    open: (async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await fsPromises.open(...args);
      const write = handle.write.bind(handle) as (...a: unknown[]) => Promise<unknown>;
      const sync = handle.sync.bind(handle);
      const read = handle.read.bind(handle) as (...a: unknown[]) => Promise<{ bytesRead: number }>;
      Object.assign(handle, {
        write: (...a: unknown[]) => {
          counts.writes++;
          return write(...a);
        },
        sync: async () => {
          counts.syncs++;
          await options.holdSync;
          return sync();
        },
        read: async (...a: unknown[]) => {
          const result = await read(...a);
          counts.bytesRead += result.bytesRead;
          return result;
        },
      });
      return handle;
    }) as LogFileSystem['open'],
  };
  return { fs, counts };
}

const entry = (n: number): Omit<UnansweredEntry, 'at'> => ({
  channel: 'api',
  question: `question ${n}`,
  nearestId: null,
  nearestConfidence: null,
});

async function fileEntries(file: string): Promise<UnansweredEntry[]> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as UnansweredEntry);
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'kotae-question-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('QuestionLog appends', () => {
  it('keeps every one of 500 concurrent appends, in order, with one write and one fsync per batch', async () => {
    const { fs, counts } = countingFs();
    const log = new QuestionLog(dir, { fs });
    await Promise.all(Array.from({ length: 500 }, (_, n) => log.recordUnanswered(entry(n))));
    const written = await fileEntries(path.join(dir, UNANSWERED_FILE));
    expect(written.map((e) => e.question)).toEqual(Array.from({ length: 500 }, (_, n) => `question ${n}`));
    expect(counts.syncs).toBe(counts.writes);
    // The first entry goes alone while the others queue behind it; they then share a batch.
    expect(counts.syncs).toBeLessThanOrEqual(2);
  });

  it('acknowledges an entry only once it is on disk', async () => {
    let release!: () => void;
    const { fs, counts } = countingFs({ holdSync: new Promise<void>((resolve) => (release = resolve)) });
    const log = new QuestionLog(dir, { fs });
    let acknowledged = false;
    const recording = log.recordUnanswered(entry(1)).then(() => (acknowledged = true));
    await waitFor(() => counts.syncs === 1, 'the entry to reach fsync');
    expect(acknowledged).toBe(false);
    release();
    await recording;
    expect(acknowledged).toBe(true);
  });

  it('refuses new entries, naming KOTAE_DATA_DIR, once the queue behind a stuck disk is full, and loses none it accepted', async () => {
    let release!: () => void;
    const { fs, counts } = countingFs({ holdSync: new Promise<void>((resolve) => (release = resolve)) });
    const log = new QuestionLog(dir, { fs, maxQueued: 3 });
    const accepted = [0, 1, 2, 3].map((n) => log.recordUnanswered(entry(n)));
    await waitFor(() => counts.syncs === 1, 'the first entry to reach fsync');
    await expect(log.recordUnanswered(entry(4))).rejects.toThrow(LogQueueFull);
    await expect(log.recordUnanswered(entry(5))).rejects.toThrow(/KOTAE_DATA_DIR/);
    release();
    await Promise.all(accepted);
    expect((await fileEntries(path.join(dir, UNANSWERED_FILE))).map((e) => e.question)).toEqual([
      'question 0',
      'question 1',
      'question 2',
      'question 3',
    ]);
  });

  it('flush() waits for entries still being written', async () => {
    const log = new QuestionLog(dir);
    void log.recordUnanswered(entry(1));
    void log.recordFeedback({ channel: 'slack', question: 'q', itemId: 'a.txt#1', helpful: true });
    await log.flush();
    expect(await fileEntries(path.join(dir, UNANSWERED_FILE))).toHaveLength(1);
    expect(await log.recentFeedback()).toHaveLength(1);
  });
});

describe('QuestionLog rotation', () => {
  it('rotates a file before it would pass the size, keeps the configured number of old files and deletes older ones', async () => {
    const maxFileBytes = 1000;
    const log = new QuestionLog(dir, { maxFileBytes, keptFiles: 2 });
    for (let n = 0; n < 60; n++) await log.recordUnanswered(entry(n));
    const files = (await readdir(dir)).sort();
    expect(files).toEqual([UNANSWERED_FILE, `${UNANSWERED_FILE}.1`, `${UNANSWERED_FILE}.2`]);
    for (const file of files) expect((await stat(path.join(dir, file))).size).toBeLessThanOrEqual(maxFileBytes);
    const current = await fileEntries(path.join(dir, UNANSWERED_FILE));
    expect(current.at(-1)?.question).toBe('question 59');
    const previous = await fileEntries(path.join(dir, `${UNANSWERED_FILE}.1`));
    expect(Number(previous.at(-1)?.question.split(' ')[1]) + 1).toBe(Number(current[0]?.question.split(' ')[1]));
  });

  it('reads the newest entries across the current and the rotated files, newest first', async () => {
    const log = new QuestionLog(dir, { maxFileBytes: 600, keptFiles: 3 });
    for (let n = 0; n < 20; n++) await log.recordUnanswered(entry(n));
    const newest = await log.recentUnanswered(12);
    expect(newest.map((e) => e.question)).toEqual(Array.from({ length: 12 }, (_, i) => `question ${19 - i}`));
  });

  it('with KOTAE_DATA_ROTATE_KEEP=0 starts the file afresh instead of keeping old ones', async () => {
    const log = new QuestionLog(dir, { maxFileBytes: 300, keptFiles: 0 });
    for (let n = 0; n < 10; n++) await log.recordUnanswered(entry(n));
    expect(await readdir(dir)).toEqual([UNANSWERED_FILE]);
    expect((await fileEntries(path.join(dir, UNANSWERED_FILE))).at(-1)?.question).toBe('question 9');
  });
});

describe('QuestionLog reading the newest entries', () => {
  it(`reads at most ${MAX_TAIL_BYTES / 1048576} MB of a much larger log, and still returns the newest entries`, async () => {
    const file = path.join(dir, UNANSWERED_FILE);
    const padding = `${JSON.stringify({ at: '2024-01-01T00:00:00.000Z', channel: 'api', question: 'old '.repeat(2000), nearestId: null, nearestConfidence: null })}\n`;
    await writeFile(file, padding.repeat(Math.ceil((3 * MAX_TAIL_BYTES) / padding.length)));
    const { fs, counts } = countingFs();
    const log = new QuestionLog(dir, { fs, maxFileBytes: 100 * MAX_TAIL_BYTES });
    for (let n = 0; n < 5; n++) await log.recordUnanswered(entry(n));
    const newest = await log.recentUnanswered(1000);
    expect(newest.slice(0, 5).map((e) => e.question)).toEqual(['question 4', 'question 3', 'question 2', 'question 1', 'question 0']);
    expect(newest.length).toBeLessThan(1000);
    expect(counts.bytesRead).toBeLessThanOrEqual(MAX_TAIL_BYTES);
  });

  it('skips a line cut short by a crash and a file without a final newline', async () => {
    const file = path.join(dir, UNANSWERED_FILE);
    const line = (q: string) =>
      JSON.stringify({ at: '2024-01-01T00:00:00.000Z', channel: 'api', question: q, nearestId: null, nearestConfidence: null });
    await writeFile(file, `${line('first')}\n{"at":"2024-01-01T00:00:0\n${line('last')}`);
    const log = new QuestionLog(dir);
    expect((await log.recentUnanswered()).map((e) => e.question)).toEqual(['last', 'first']);
  });

  it('returns nothing, without an error, before anything was recorded', async () => {
    expect(await new QuestionLog(path.join(dir, 'not-yet')).recentUnanswered()).toEqual([]);
  });

  it('keeps multi-byte text intact across the pieces it reads backwards', async () => {
    const log = new QuestionLog(dir);
    const question = 'データは暗号化されていますか'.repeat(2000);
    await log.recordUnanswered({ ...entry(0), question });
    await log.recordUnanswered(entry(1));
    const [newest, older] = await log.recentUnanswered(2);
    expect(newest?.question).toBe('question 1');
    expect(older?.question).toBe(question);
  });
});
