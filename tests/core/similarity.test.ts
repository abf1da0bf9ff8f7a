import { describe, expect, it } from 'vitest';
import { bigramSet, jaccard, similarPairs } from '../../src/core/similarity.js';

describe('text similarity', () => {
  it('compares normalised character bigrams: width, case and punctuation do not matter', () => {
    expect(jaccard(bigramSet('ＴＬＳ１．２で暗号化。'), bigramSet('TLS1.2で暗号化'))).toBe(1);
    expect(jaccard(bigramSet('データを暗号化しています'), bigramSet('データを暗号化しております'))).toBeGreaterThan(0.6);
    expect(jaccard(bigramSet('入退室管理'), bigramSet('パスワード'))).toBe(0);
  });

  it('finds exactly the pairs a comparison of every pair finds, without comparing every pair', () => {
    // A seeded generator: the same sets on every run.
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'あいうえおかきくけこさしすせそ';
    const texts = Array.from({ length: 300 }, () =>
      Array.from({ length: 6 + Math.floor(random() * 20) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''),
    );
    // Near copies, so that there are pairs above the thresholds.
    for (let i = 0; i < 60; i++) texts.push(`${texts[i]!}${alphabet[i % alphabet.length]}`);
    const sets = texts.map(bigramSet);
    for (const threshold of [0.5, 0.7, 0.9]) {
      const expected: string[] = [];
      for (let a = 0; a < sets.length; a++)
        for (let b = a + 1; b < sets.length; b++) if (jaccard(sets[a]!, sets[b]!) >= threshold) expected.push(`${a}-${b}`);
      const found = similarPairs(sets, threshold).map((p) => `${p.a}-${p.b}`);
      expect(found.sort()).toEqual(expected.sort());
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('leaves out the pairs the caller refuses', () => {
    const sets = ['同じ文章です', '同じ文章です', '同じ文章です'].map(bigramSet);
    expect(similarPairs(sets, 0.9, (a, b) => !(a === 0 && b === 1)).map((p) => [p.a, p.b])).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });
});
