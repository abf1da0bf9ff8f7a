import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/search/normalize.js';
import { quantitiesAsked, quantitiesStated } from '../../src/search/quantity.js';

describe('quantitiesAsked (plan stage: questions asking for a number)', () => {
  it.each([
    ['パスワードの最低文字数は？', ['length']],
    ['バックアップの頻度を教えてください', ['frequency']],
    ['How often do you back up data?', ['frequency']],
    ['ログは何年保存していますか', ['duration']],
    ['How long do you retain audit logs?', ['duration']],
    ['RTOは？', ['duration']],
    ['稼働率の目標は', ['percentage']],
    ['データは暗号化されていますか', []],
  ])('%s asks for %j', (question, kinds) => {
    expect(quantitiesAsked(normalizeText(question))).toEqual(kinds);
  });
});

describe('quantitiesStated (items that state a number of a kind)', () => {
  it('finds a length, a frequency, a duration and a percentage', () => {
    expect([...quantitiesStated(normalizeText('パスワードは8文字以上で設定'))]).toEqual(['length']);
    expect([...quantitiesStated(normalizeText('毎日無停止でバックアップを取得'))]).toEqual(['frequency']);
    expect([...quantitiesStated(normalizeText('ログは3年間保管しています'))]).toEqual(['duration']);
    expect([...quantitiesStated(normalizeText('稼働率99.9％を目標'))]).toEqual(['percentage']);
  });

  it('finds nothing where an item only says a value can be set', () => {
    expect(quantitiesStated(normalizeText('パスワードの最小文字数を設定可能です')).size).toBe(0);
  });
});
