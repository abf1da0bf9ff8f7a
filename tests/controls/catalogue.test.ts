import { describe, expect, it } from 'vitest';
import { buildCatalogue, CUSTOM_FAMILY, parseControls, type Catalogue } from '../../src/controls/catalogue.js';

const base: Catalogue = {
  families: [{ id: 'A.9', label: { ja: 'アクセス制御', en: 'Access control' }, headings: ['アクセス制御'] }],
  controls: [
    {
      id: '8.5-mfa',
      family: 'A.9',
      iso27002_2022: ['8.5'],
      iso27002_2013: ['A.9.4.2'],
      label: { ja: '多要素認証', en: 'MFA' },
      terms: ['多要素認証', 'mfa'],
      related: [],
    },
  ],
};

describe('parseControls (the admin file controls.txt)', () => {
  it('adds terms to a built-in control and defines a new control with its labels', () => {
    const parsed = parseControls(
      '# 社内用語\n8.5-mfa: ワンタイムパスワード, FIDO2\nx-zero-trust [ゼロトラスト | Zero trust]: ゼロトラスト、zero trust # 2026年追加\n',
      'controls.txt',
      base,
    );
    expect(parsed.warnings).toEqual([]);
    expect(parsed.additions).toEqual([
      { id: '8.5-mfa', terms: ['ワンタイムパスワード', 'FIDO2'] },
      { id: 'x-zero-trust', label: { ja: 'ゼロトラスト', en: 'Zero trust' }, terms: ['ゼロトラスト', 'zero trust'] },
    ]);
  });

  it('keeps # inside a term (C#) and treats it as a comment only at the start or after a space', () => {
    const parsed = parseControls('x-lang [言語 | Languages]: C#, F#\n', 'controls.txt', base);
    expect(parsed.additions[0]!.terms).toEqual(['C#', 'F#']);
  });

  it('reports bad lines with the file and line number and keeps the good ones', () => {
    const parsed = parseControls('8.5-mfa: OTP\nnope: 何か\n8.5-mfa:\nx-a [ | A]: term\n8.5-mfa: x\n', 'controls.txt', base);
    expect(parsed.additions).toEqual([{ id: '8.5-mfa', terms: ['OTP'] }]);
    expect(parsed.warnings.map((w) => [w.file, w.message.split(';')[0]])).toEqual([
      ['controls.txt', 'line 2: unknown control id "nope" (give it labels to add it as a new control)'],
      ['controls.txt', 'line 3: no terms after the colon'],
      ['controls.txt', 'line 4: an empty Japanese label in [日本語 | English]'],
      ['controls.txt', 'line 5: a term shorter than two characters (it would match inside unrelated words)'],
    ]);
  });
});

describe('buildCatalogue', () => {
  it('merges additions into the base catalogue without changing the base', () => {
    const { additions } = parseControls('8.5-mfa: OTP\nx-zt [ゼロトラスト | Zero trust]: zero trust\n', 'controls.txt', base);
    const catalogue = buildCatalogue(additions, base);
    expect(catalogue.controls.find((c) => c.id === '8.5-mfa')!.terms).toEqual(['多要素認証', 'mfa', 'OTP']);
    expect(catalogue.controls.find((c) => c.id === 'x-zt')).toMatchObject({
      family: CUSTOM_FAMILY.id,
      label: { ja: 'ゼロトラスト', en: 'Zero trust' },
    });
    expect(base.controls[0]!.terms).toEqual(['多要素認証', 'mfa']);
  });

  it('ships a built-in catalogue with Japanese and English labels, every id keyed to an ISO/IEC 27002:2022 clause citing it', () => {
    const catalogue = buildCatalogue();
    expect(catalogue.controls.length).toBeGreaterThan(100);
    for (const control of catalogue.controls) {
      expect(control.label.ja && control.label.en, control.id).toBeTruthy();
      const clause = /^(\d+\.\d+)-/.exec(control.id)?.[1];
      if (clause) expect(control.iso27002_2022, control.id).toContain(clause);
    }
  });
});
