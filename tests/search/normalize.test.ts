import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldForBigrams, maskUnsafe, normalizeText, stemEnglish, stemKatakana } from '../../src/search/normalize.js';
import { BUNDLED_KNOWLEDGE } from '../helpers/knowledge-folder.js';

describe('normalizeText', () => {
  it('drops NUL, stray control characters and unpaired surrogates, keeping tabs, line breaks and emoji', () => {
    expect(normalizeText('x\u0000y\u0007z\u009f')).toBe('xyz');
    expect(normalizeText('暗号\ud800化\udc00です')).toBe('暗号化です');
    expect(normalizeText('a\tb\nc 😀 𠀋')).toBe('a\tb\nc 😀 𠀋');
  });

  it('masks the same characters with spaces when positions must hold', () => {
    expect(maskUnsafe('x\u0000y\ud800z😀')).toBe('x y z😀');
  });

  it('folds width and case: full-width Latin, half-width katakana', () => {
    expect(normalizeText('ＭＦＡ対応')).toBe('mfa対応');
    expect(normalizeText('ﾃﾞｰﾀ')).toBe('データ');
  });

  it('joins the spaces OCR put inside Japanese words, but not between English words', () => {
    expect(normalizeText('オペレー ティング システム')).toBe('オペレーティングシステム');
    expect(normalizeText('single sign on')).toBe('single sign on');
  });

  it('unifies circle marks', () => {
    expect(normalizeText('〇◯○')).toBe('○○○');
  });
});

describe('stemming', () => {
  it('treats サーバー and サーバ as one word, but keeps short katakana words whole', () => {
    expect(stemKatakana('サーバー')).toBe('サーバ');
    expect(stemKatakana('ユーザー')).toBe('ユーザ');
    expect(stemKatakana('キー')).toBe('キー');
  });

  it('folds English plurals', () => {
    expect(stemEnglish('backups')).toBe('backup');
    expect(stemEnglish('policies')).toBe('policy');
    expect(stemEnglish('access')).toBe('access');
    expect(stemEnglish('addresses')).toBe('address');
    expect(stemEnglish('patches')).toBe('patch');
  });

  it('meets -ed, -ing and final-e forms, leaving short words alone', () => {
    expect(stemEnglish('logged')).toBe(stemEnglish('logs'));
    expect(stemEnglish('encrypted')).toBe(stemEnglish('encrypt'));
    expect(stemEnglish('stored')).toBe(stemEnglish('store'));
    expect(stemEnglish('installed')).toBe('install');
    expect(stemEnglish('used')).toBe('used');
  });
});

describe('foldForBigrams', () => {
  it('makes OCR look-alikes meet: バスワード/パスワード, オベレーティング/オペレーティング', () => {
    expect(foldForBigrams('バスワード')).toBe(foldForBigrams('パスワード'));
    expect(foldForBigrams('オベレーティング')).toBe(foldForBigrams('オペレーティング'));
  });

  it('makes hiragana typing meet katakana words', () => {
    expect(foldForBigrams('ばっくあっぷ')).toBe(foldForBigrams('バックアップ'));
  });

  it('folds character by character exactly as the fold of the whole text, odd characters included', () => {
    const small: Record<string, string> = {
      ぁ: 'あ',
      ぃ: 'い',
      ぅ: 'う',
      ぇ: 'え',
      ぉ: 'お',
      っ: 'つ',
      ゃ: 'や',
      ゅ: 'ゆ',
      ょ: 'よ',
      ゎ: 'わ',
      ァ: 'ア',
      ィ: 'イ',
      ゥ: 'ウ',
      ェ: 'エ',
      ォ: 'オ',
      ッ: 'ツ',
      ャ: 'ヤ',
      ュ: 'ユ',
      ョ: 'ヨ',
      ヮ: 'ワ',
      ヵ: 'カ',
      ヶ: 'ケ',
    };
    const whole = (text: string) =>
      text
        .normalize('NFD')
        .replace(/[\u3099\u309a]/g, '')
        .normalize('NFC')
        .replace(/[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ]/g, (c) => small[c] ?? c)
        .replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))
        .replace(/ー/g, '');
    const odd = [
      'ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟ',
      'か\u3099き\u309a',
      'e\u0301 café Ω Å K',
      '가나다 \u1100\u1161\u11a8',
      '𠮷野家 👍 \ud800',
      '丽 豈 更',
      'ゔヴゝゞヽヾ 々〆ヵヶ',
      'ﾞﾟ゛゜',
    ];
    const rows = readdirSync(BUNDLED_KNOWLEDGE).flatMap((file) => readFileSync(path.join(BUNDLED_KNOWLEDGE, file), 'utf8').split('\n'));
    for (const text of [...odd, ...rows, ...rows.map((row) => normalizeText(row))]) expect(foldForBigrams(text)).toBe(whole(text));
  });
});
