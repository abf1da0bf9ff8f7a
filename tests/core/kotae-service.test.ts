import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KotaeService } from '../../src/core/kotae-service.js';
import { PENGUIN_CSV, PENGUIN_QUESTION } from '../support/kotae-server.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

/** A checksheet of `rows` penguin questions: the same file cut short is visible by its item count. */
const penguins = (rows: number) =>
  [
    'No.,質問,回答',
    ...Array.from({ length: rows }, (_, i) => `${i + 1},ペンギン${i + 1}号の飼育記録はありますか,${i + 1}号の飼育記録を毎日つけています。`),
  ].join('\n');

let folder: ReturnType<typeof makeKnowledgeFolder>;
let kotae: KotaeService;
const write = (name: string, content: string | Uint8Array) => writeFileSync(path.join(folder.dir, name), content);
const topId = (question: string) => kotae.ask(question).results[0]?.id;

beforeEach(async () => {
  folder = makeKnowledgeFolder({ samples: ['skyarch.txt'], files: { 'penguin.csv': PENGUIN_CSV } });
  kotae = new KotaeService(folder.dir);
  await kotae.reload();
});

afterEach(() => folder.cleanup());

describe('KotaeService reloads', () => {
  it('keeps the last good answers of a file that now fails to load, until the admin deletes it', async () => {
    write('penguin.csv', 'No.,質問\u0000,回答\n');
    const kept = await kotae.reload();
    expect(kept).toMatchObject({ ok: true, changes: { added: [], changed: [], kept: ['penguin.csv'], removed: [] } });
    expect(kept.status.warnings).toEqual([
      { file: 'penguin.csv', message: expect.stringContaining('NUL') },
      {
        file: 'penguin.csv',
        message: expect.stringMatching(/^前回の内容で回答しています（1 項目）。 Answering from this file's previous content/),
      },
    ]);
    expect(kept.status.files.map((f) => f.file)).toEqual(['penguin.csv', 'skyarch.txt']);
    expect(topId(PENGUIN_QUESTION)).toBe('penguin.csv#2');

    rmSync(path.join(folder.dir, 'penguin.csv'));
    const removed = await kotae.reload();
    expect(removed).toMatchObject({ ok: true, changes: { added: [], changed: [], kept: [], removed: ['penguin.csv'] } });
    expect(removed.status.warnings).toEqual([]);
    expect(kotae.ask(PENGUIN_QUESTION).results.some((r) => r.id.startsWith('penguin.csv'))).toBe(false);
  });

  it('keeps a file read half-written, takes it once complete, and says which files were added and changed', async () => {
    write('flock.csv', penguins(10));
    const added = await kotae.reload();
    expect(added.changes).toEqual({ added: ['flock.csv'], changed: [], kept: [], removed: [] });

    write('flock.csv', penguins(3));
    const partial = await kotae.reload();
    expect(partial.changes.kept).toEqual(['flock.csv']);
    expect(partial.status.items).toBe(added.status.items);
    expect(topId('ペンギン9号の飼育記録はありますか')).toBe('flock.csv#10');

    write('flock.csv', penguins(12));
    const complete = await kotae.reload();
    expect(complete.changes).toEqual({ added: [], changed: ['flock.csv'], kept: [], removed: [] });
    expect(complete.status.warnings).toEqual([]);
    expect(complete.status.files.find((f) => f.file === 'flock.csv')?.items).toBe(12);
  });

  it("makes a file whose text the analyzer cannot take that file's warning, never a failed reload", async () => {
    // UTF-16 lets a NUL through the decoder, and kuromoji throws on it.
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('No.,質問,回答\n1,暗号化\u0000されていますか,はい\n', 'utf16le')]);
    write('odd.csv', utf16);
    const outcome = await kotae.reload();
    expect(outcome.ok).toBe(true);
    expect(topId(PENGUIN_QUESTION)).toBe('penguin.csv#2');
    const accounted = outcome.status.files.some((f) => f.file === 'odd.csv') || outcome.status.warnings.some((w) => w.file === 'odd.csv');
    expect(accounted).toBe(true);
  });
});
