import { describe, expect, it } from 'vitest';
import { namesStatusVocabulary, statusWord, vocabularyOf } from '../../src/fill/status-vocabulary.js';
import { parseStatus } from '../../src/knowledge/cells.js';

const words = (header: string, values: string[] = []) => {
  const vocabulary = vocabularyOf(header, values);
  return ['○', '×', '△', '−'].map((s) => statusWord(vocabulary, s));
};

describe("a status column's vocabulary", () => {
  it('follows the values the customer already wrote', () => {
    expect(words('回答', ['はい', 'いいえ', 'はい'])).toEqual(['はい', 'いいえ', '一部', '該当なし']);
    expect(words('状況', ['対応済み', '未対応'])).toEqual(['対応済み', '未対応', '一部対応', '対象外']);
    expect(words('', ['可', '不可'])).toEqual(['可', '不可', '条件付き', '対象外']);
    expect(words('', ['有', '無'])).toEqual(['有', '無', '一部', '該当なし']);
    expect(words('実施', ['実施済', '未実施'])).toEqual(['実施済', '未実施', '一部', '対象外']);
  });

  it("keeps the customer's own glyphs and letter case", () => {
    expect(words('', ['〇', '×'])).toEqual(['〇', '×', '△', '−']);
    expect(words('', ['YES', 'NO'])).toEqual(['YES', 'NO', 'PARTIAL', 'N/A']);
    expect(words('', ['y', 'n'])).toEqual(['y', 'n', 'partial', 'n/a']);
    expect(words('', ['Yes'])).toEqual(['Yes', 'No', 'Partial', 'N/A']);
  });

  it('falls back to what the header names, then to ○/×', () => {
    expect(words('対応状況(はい/いいえ)')).toEqual(['はい', 'いいえ', '一部', '該当なし']);
    expect(words('Yes/No')).toEqual(['Yes', 'No', 'Partial', 'N/A']);
    expect(words('対応可否')).toEqual(['可', '不可', '条件付き', '対象外']);
    expect(words('対応済/未対応')).toEqual(['対応済', '未対応', '一部対応', '対象外']);
    expect(words('実施状況')).toEqual(['○', '×', '△', '−']);
  });

  it('proposes nothing for an answer without a status', () => {
    expect(statusWord(vocabularyOf('', []), '')).toBeNull();
  });

  it('only proposes words that read back as the same status', () => {
    for (const header of ['はい/いいえ', 'Yes/No', '対応済/未対応', '実施済/未実施', '可否', '有無', '○/×']) {
      const vocabulary = vocabularyOf(header, []);
      for (const status of ['○', '×', '△', '−'] as const)
        expect(parseStatus(statusWord(vocabulary, status)!), `${header} ${status}`).toBe(status);
    }
  });

  it('recognises headers that name a vocabulary, and not item-number headers', () => {
    for (const header of ['はい/いいえ', '回答(○/×)', 'Yes/No', 'Y/N', '対応可否', '有無'])
      expect(namesStatusVocabulary(header), header).toBe(true);
    for (const header of ['No', 'No.', '質問', '回答', '備考']) expect(namesStatusVocabulary(header), header).toBe(false);
  });
});
