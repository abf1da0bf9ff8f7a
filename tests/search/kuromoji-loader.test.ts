import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { afterAll, describe, expect, it } from 'vitest';
import kuromoji from 'kuromoji';
import { buildTokenizer, type KuromojiTokenizer } from '../../src/search/kuromoji-loader.js';
import { BUNDLED_KNOWLEDGE } from '../helpers/knowledge-folder.js';

const require = createRequire(import.meta.url);
const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-dict-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

const surfaces = async (text: string) =>
  (await buildTokenizer(cacheDir)).tokenize(text).map((t) => `${t.surface_form}/${t.basic_form}/${t.pos}`);

describe('the kuromoji dictionary loader', () => {
  it('tokenizes from the packaged dictionary and keeps it uncompressed for the next start', async () => {
    const first = await surfaces('パスワードを定期的に変更していますか');
    expect(first).toContain('パスワード/パスワード/名詞');
    expect(first).toContain('変更/変更/名詞');
    expect(readdirSync(cacheDir).sort()).toEqual([
      'base.dat',
      'cc.dat',
      'check.dat',
      'tid.dat',
      'tid_map.dat',
      'tid_pos.dat',
      'unk.dat',
      'unk_char.dat',
      'unk_compat.dat',
      'unk_invoke.dat',
      'unk_map.dat',
      'unk_pos.dat',
    ]);
    expect(await surfaces('パスワードを定期的に変更していますか')).toEqual(first);
  }, 60_000);

  it("keeps the files without kuromoji's zero padding, and drops it from files an earlier start kept padded", async () => {
    const dictionary = path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict');
    const padded = gunzipSync(readFileSync(path.join(dictionary, 'unk_pos.dat.gz')));
    expect(statSync(path.join(cacheDir, 'unk_pos.dat')).size).toBeLessThan(padded.length / 100);
    const earlier = mkdtempSync(path.join(os.tmpdir(), 'kotae-dict-padded-'));
    try {
      writeFileSync(path.join(earlier, 'unk_pos.dat'), padded);
      const tokens = (await buildTokenizer(earlier)).tokenize('ｷｬｯｼｭﾚｽ決済とぴよ丸');
      expect(tokens).toEqual((await buildTokenizer(cacheDir)).tokenize('ｷｬｯｼｭﾚｽ決済とぴよ丸'));
      expect(statSync(path.join(earlier, 'unk_pos.dat')).size).toBe(statSync(path.join(cacheDir, 'unk_pos.dat')).size);
    } finally {
      rmSync(earlier, { recursive: true, force: true });
    }
  }, 60_000);

  it('reads words from the kept files, and from the packaged ones should the kept ones go while it runs', async () => {
    const own = mkdtempSync(path.join(os.tmpdir(), 'kotae-dict-vanishing-'));
    try {
      await buildTokenizer(own);
      const tokenizer = await buildTokenizer(own);
      const before = tokenizer.tokenize('パスワードを定期的に変更していますか');
      rmSync(own, { recursive: true, force: true });
      expect(tokenizer.tokenize('パスワードを定期的に変更していますか')).toEqual(before);
      expect(tokenizer.tokenize('ウイルス対策ソフトを導入し、定義ファイルを毎日更新しています').map((t) => t.basic_form)).toEqual(
        (await surfaces('ウイルス対策ソフトを導入し、定義ファイルを毎日更新しています')).map((s) => s.split('/')[1]),
      );
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  }, 60_000);

  it('falls back to the packaged dictionary when the cache folder cannot be written', async () => {
    const notAFolder = path.join(cacheDir, 'file');
    writeFileSync(notAFolder, 'x');
    const tokenizer = await buildTokenizer(notAFolder);
    expect(tokenizer.tokenize('暗号化').length).toBeGreaterThan(0);
  }, 60_000);
});

describe("the loader's faster dictionary reading", () => {
  it('finds exactly the tokens the stock kuromoji loader finds, in real checksheets, unknown words and odd characters included', async () => {
    const stock = await new Promise<KuromojiTokenizer>((resolve, reject) =>
      kuromoji
        .builder({ dicPath: path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict') })
        .build((error, tokenizer) => (error ? reject(error) : resolve(tokenizer))),
    );
    const ours = await buildTokenizer(cacheDir);
    const odd = [
      '貴社のクラウドサービスでは、保存データをAES-256で暗号化していますか？',
      'ＳＳＯ（SAML 2.0）とMFAに対応。ﾊﾟｽﾜｰﾄﾞは8文字以上、90日ごとに変更。',
      'ぴよぴよ株式会社のジンジャー勤怠とkotaeの𠮷野家 👍 ISMS/ISO27001認証取得済み',
      'ＡＢＣ－１２３ ＃タグ ｶﾀｶﾅ ﾞ 〜〜 ・・・ ⅷ ㈱ ①②',
      'アクセスログアクセスログアクセスログアクセスログアクセスログアクセスログアクセスログ',
    ];
    // Every row of the bundled checksheets too: thousands of real sentences.
    const bundled = readdirSync(BUNDLED_KNOWLEDGE).flatMap((file) => readFileSync(path.join(BUNDLED_KNOWLEDGE, file), 'utf8').split('\n'));
    const text = [...odd, ...bundled].join('\n');
    expect(bundled.length).toBeGreaterThan(400);
    expect(ours.tokenize(text)).toEqual(stock.tokenize(text));
  }, 60_000);
});
