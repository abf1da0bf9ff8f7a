import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildTokenizer } from '../../src/search/kuromoji-loader.js';

const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-dict-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const surfaces = async (text: string) => (await buildTokenizer(cacheDir)).tokenize(text).map((t) => `${t.surface_form}/${t.basic_form}/${t.pos}`);

describe('the kuromoji dictionary loader', () => {
  it('tokenizes from the packaged dictionary and keeps it uncompressed for the next start', async () => {
    const first = await surfaces('パスワードを定期的に変更していますか');
    expect(first).toContain('パスワード/パスワード/名詞');
    expect(first).toContain('変更/変更/名詞');
    expect(readdirSync(cacheDir).sort()).toEqual([
      'base.dat', 'cc.dat', 'check.dat', 'tid.dat', 'tid_map.dat', 'tid_pos.dat',
      'unk.dat', 'unk_char.dat', 'unk_compat.dat', 'unk_invoke.dat', 'unk_map.dat', 'unk_pos.dat',
    ]);
    expect(await surfaces('パスワードを定期的に変更していますか')).toEqual(first);
  }, 60_000);

  it('falls back to the packaged dictionary when the cache folder cannot be written', async () => {
    const notAFolder = path.join(cacheDir, 'file');
    writeFileSync(notAFolder, 'x');
    const tokenizer = await buildTokenizer(notAFolder);
    expect(tokenizer.tokenize('暗号化').length).toBeGreaterThan(0);
  }, 60_000);
});
