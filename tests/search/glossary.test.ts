import { describe, expect, it } from 'vitest';
import { buildGlossary, createGlossary, parseSynonyms } from '../../src/search/glossary.js';
import { normalizeText } from '../../src/search/normalize.js';

describe('glossary matching', () => {
  const glossary = createGlossary([
    ['多要素認証', '二段階認証', 'MFA', '2FA'],
    ['認証', 'authentication'],
    ['IPアドレス', 'ip address'],
  ]);

  it('finds a term and returns its whole group, normalised', () => {
    const [match] = glossary.match(normalizeText('ログインにＭＦＡ必須にできる？'));
    expect(match!.text).toBe('mfa');
    expect(match!.terms).toEqual(['多要素認証', '二段階認証', 'mfa', '2fa']);
  });

  it('prefers the longest match: 多要素認証 is not also 認証', () => {
    const matches = glossary.match(normalizeText('多要素認証はありますか'));
    expect(matches.map((m) => m.text)).toEqual(['多要素認証']);
  });

  it('matches English terms on word boundaries only, plural allowed', () => {
    expect(glossary.match('membership')).toEqual([]);
    expect(glossary.match('restrict by ip addresses').map((m) => m.text)).toEqual(['ip addresses']);
  });

  it('has the built-in security glossary bridging English and Japanese', () => {
    const builtIn = buildGlossary();
    expect(builtIn.groupCount).toBeGreaterThan(150);
    const terms = builtIn.match(normalizeText('Do you support SSO?')).flatMap((m) => m.terms);
    expect(terms).toContain('シングルサインオン');
  });

  it('adds the admin synonyms to the built-in ones', () => {
    const withExtra = buildGlossary([['ゼロトラスト', 'zero trust']]);
    expect(withExtra.match('zero trust').flatMap((m) => m.terms)).toContain('ゼロトラスト');
  });
});

describe('parseSynonyms (the admin file)', () => {
  it('keeps a # inside a term (C#) and starts a comment only at the line start or after a space', () => {
    const parsed = parseSynonyms('C#, シーシャープ\n#コメント\nF#, エフシャープ #関数型\n', 'synonyms.txt');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.groups).toEqual([
      ['C#', 'シーシャープ'],
      ['F#', 'エフシャープ'],
    ]);
    expect(
      buildGlossary(parsed.groups)
        .match(normalizeText('C#で書いていますか'))
        .map((m) => m.terms),
    ).toEqual([['c#', 'シーシャープ']]);
  });

  it('reads one group per line, commas or 、, with comments and blank lines', () => {
    const parsed = parseSynonyms('# 社内用語\nゼロトラスト, zero trust\n\nEDR、エンドポイント保護 # 2024年追加\n', 'synonyms.txt');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.groups).toEqual([
      ['ゼロトラスト', 'zero trust'],
      ['EDR', 'エンドポイント保護'],
    ]);
  });

  it('reports a bad line with the file and line number and keeps the good lines', () => {
    const parsed = parseSynonyms('ゼロトラスト, zero trust\nひとつだけ\nVPN,,社内網\n', 'synonyms.txt');
    expect(parsed.groups).toEqual([['ゼロトラスト', 'zero trust']]);
    expect(parsed.warnings).toEqual([
      { file: 'synonyms.txt', message: expect.stringMatching(/^line 2: a group needs at least two terms/) },
      { file: 'synonyms.txt', message: expect.stringMatching(/^line 3: an empty term/) },
    ]);
  });
});
