import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_ANALYSED_CHARS } from '../../src/knowledge/limits.js';
import { analysisRuns, createAnalyzer, MAX_RUN_CHARS, type Analyzer } from '../../src/search/analyzer.js';
import { normalizeText } from '../../src/search/normalize.js';
import { longRun } from '../support/hostile-files.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});

const pieces = (text: string) => analysisRuns(text).map(([from, to]) => text.slice(from, to));

describe('analysisRuns (what kuromoji is given at once)', () => {
  it('leaves a text of up to MAX_RUN_CHARS characters whole', () => {
    const text = 'データは暗号化されていますか。'.repeat(8).slice(0, MAX_RUN_CHARS);
    expect(pieces(text)).toEqual([text]);
  });

  it('cuts a 100,000-character run without punctuation into runs no longer than MAX_RUN_CHARS that cover it all', () => {
    const text = longRun(100_000);
    const runs = pieces(text);
    expect(Math.max(...runs.map((run) => run.length))).toBeLessThanOrEqual(MAX_RUN_CHARS);
    expect(runs.join('')).toBe(text);
  });

  it('cuts after sentence marks and spaces first, and never inside a surrogate pair', () => {
    const sentence = 'パスワードは定期的に変更していますか。';
    expect(pieces(sentence.repeat(10)).every((run) => run.endsWith('。'))).toBe(true);
    const astral = '𠀋'.repeat(200);
    expect(pieces(astral).every((run) => !/[\ud800-\udbff]$/.test(run))).toBe(true);
  });
});

describe('the analyzer with hostile text', () => {
  it('analyses text holding NUL and unpaired surrogates instead of letting kuromoji throw', () => {
    expect(analyzer.terms('暗号化\u0000されて\ud800いますか\udc00')).toContain('暗号化');
    // words() is given normalised text by its callers, but must not trust that.
    expect(analyzer.words('x\u0000\ud800暗号化').map((w) => w.term)).toContain('暗号化');
  });

  it('gives the same words for a long text as for its runs, with positions in the whole text', () => {
    const text = normalizeText(`${'ログを一年間保管しています'.repeat(20)}監査ログ`);
    const words = analyzer.words(text);
    expect(words.length).toBeGreaterThan(40);
    for (const word of words) expect(text.slice(word.start, word.end)).toBe(word.surface);
  });

  it('analyses only the first MAX_ANALYSED_CHARS characters of a 100,000-character run', () => {
    const words = analyzer.words(normalizeText(longRun(100_000)));
    expect(words.length).toBeGreaterThan(100);
    expect(Math.max(...words.map((w) => w.end))).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
  });
});
