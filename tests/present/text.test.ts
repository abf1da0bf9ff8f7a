import { describe, expect, it } from 'vitest';
import { fitToBudget, oneLine, truncate } from '../../src/present/index.js';

describe('truncate', () => {
  it('cuts text to the limit with …, the … counted in', () => {
    expect(truncate('あいうえお', 3)).toBe('あい…');
    expect(truncate('あいう', 3)).toBe('あいう');
  });

  it('never splits a surrogate pair, and stays within the limit in UTF-16 units', () => {
    const cut = truncate('𠮷'.repeat(10), 6);
    expect(cut).toBe('𠮷𠮷…');
    expect(cut.length).toBeLessThanOrEqual(6);
  });

  it('drops the blanks before the …', () => {
    expect(truncate('abc   defgh', 7)).toBe('abc…');
  });
});

describe('oneLine', () => {
  it('puts a multi-line cell on one line', () => {
    expect(oneLine('  暗号化:\n TLS 1.2\t以上 ')).toBe('暗号化: TLS 1.2 以上');
  });
});

describe('fitToBudget', () => {
  const build = (limit: number) => truncate('x'.repeat(1000), limit);

  it('keeps the widest build when it fits', () => {
    expect(fitToBudget(build, (t) => t.length, 1000, 5000)).toHaveLength(1000);
  });

  it('finds the largest limit that fits the budget', () => {
    expect(fitToBudget(build, (t) => t.length + 10, 1000, 110)).toHaveLength(100);
  });
});
