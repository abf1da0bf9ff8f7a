import { describe, expect, it } from 'vitest';
import { CONTROL_CATALOGUE, CONTROL_FAMILIES } from '../../src/controls/catalogue-data.js';
import { SECURITY_GLOSSARY } from '../../src/search/glossary-data.js';
import { normalizeText } from '../../src/search/normalize.js';
import { createTermMatcher, normalizeTerm } from '../../src/search/term-matcher.js';

describe('createTermMatcher', () => {
  const matcher = createTermMatcher([
    { term: '暗号化', key: 'crypto' },
    { term: '通信の暗号化', key: 'transit' },
    { term: 'TLS', key: 'transit' },
    { term: 'IP address', key: 'ip' },
    { term: 'ＭＦＡ', key: 'mfa' },
  ]);

  it('prefers the longest match and does not also report the shorter one inside it', () => {
    expect(matcher.match(normalizeText('通信の暗号化はしていますか')).map((m) => m.keys)).toEqual([['transit']]);
  });

  it('matches English on word boundaries only, plural and case free', () => {
    expect(matcher.match('membership')).toEqual([]);
    expect(matcher.match(normalizeText('Restrict by IP Addresses and TLS')).map((m) => [m.text, m.keys[0]])).toEqual([
      ['ip addresses', 'ip'],
      ['tls', 'transit'],
    ]);
  });

  it('normalises the terms it is given (full-width, case)', () => {
    expect(matcher.match(normalizeText('mfaは必須？')).map((m) => m.keys[0])).toEqual(['mfa']);
  });

  it('merges the keys of entries that share a term', () => {
    const shared = createTermMatcher([
      { term: 'バックアップ', key: 1 },
      { term: 'バックアップ', key: 2 },
    ]);
    expect(shared.match('バックアップ')[0]!.keys).toEqual([1, 2]);
  });
});

describe('normalizeTerm', () => {
  it('gives every catalogue and glossary term, and odd ones, the form normalizeText gives it', () => {
    const odd = ['ＭＦＡ', 'Sign-On', ' ip ', 'ﾊﾟｽﾜｰﾄﾞ', 'ヿ', 'ゟ', '゛', '暗号 化', 'データ　暗号化', 'c#', 'a--b', 'x-', '〇', '丽'];
    const catalogue = [...CONTROL_CATALOGUE.flatMap((c) => [...c.terms, ...c.related]), ...CONTROL_FAMILIES.flatMap((f) => f.headings)];
    for (const term of [...odd, ...catalogue, ...SECURITY_GLOSSARY.flat()]) expect(normalizeTerm(term)).toBe(normalizeText(term).trim());
  });
});
