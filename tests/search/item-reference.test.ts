import { describe, expect, it } from 'vitest';
import { findItemReference, itemNumberKey } from '../../src/search/item-reference.js';
import { normalizeText } from '../../src/search/normalize.js';

const reference = (question: string) => findItemReference(normalizeText(question));

describe('findItemReference (plan stage: a question that names an item)', () => {
  it.each([
    ['No.12', '12', ''],
    ['項番6-30の回答をください', '6-30', 'の回答をください'],
    ['設問 1-2', '1-2', ''],
    ['【項番5.7】について', '5-7', '】について'],
    ['6-30', '6-30', ''],
    ['６－３０', '6-30', ''],
    ['1-2 の回答は？', '1-2', '回答は?'],
    ['item 4.2: do you encrypt backups?', '4-2', ': do you encrypt backups?'],
  ])('reads %s as item %s', (question, key, rest) => {
    expect(reference(question)).toEqual({ key, rest });
  });

  it.each([
    '障害時は1-2時間以内に復旧できますか',
    '1-2時間以内に復旧できますか',
    '2-4日で納品できますか',
    'ログの保存期間は設問12と同じですか',
    'バックアップは30日保管していますか',
    '3-5営業日で対応できますか',
    'パスワードは8文字以上ですか',
  ])('does not read %s as an item number', (question) => {
    expect(reference(question)).toBeNull();
  });
});

describe('itemNumberKey', () => {
  it('compares numbers whatever the separator, width or No. prefix', () => {
    expect(itemNumberKey('6.30')).toBe('6-30');
    expect(itemNumberKey('６－３０')).toBe('6-30');
    expect(itemNumberKey('No.35')).toBe('35');
    expect(itemNumberKey('A-1')).toBe('a-1');
  });
});
