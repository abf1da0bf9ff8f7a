import { describe, expect, it } from 'vitest';
import { headerRole, isChangeLogHeader, isCrosswalkHeader, isQuestionId } from '../../src/fill/headers.js';

describe('what a questionnaire header says a column is for', () => {
  it.each([
    ['Ques Num', 'id'],
    ['No.', 'id'],
    ['項番', 'id'],
    ['Question ID', 'id'],
    ['Question/Request', 'question'],
    ['確認項目', 'question'],
    ['審査項目', 'question'],
    ['評価項目', 'question'],
    ['Vendor Answers', 'answer'],
    ['Response', 'answer'],
    ['CSP CAIQ Answer', 'answer'],
    ['回答', 'answer'],
    ['回答欄', 'answer'],
    ['実施状況', 'choice'],
    ['対応状況(はい/いいえ)', 'choice'],
    ['Yes/No', 'choice'],
    ['回答(○/×)', 'choice'],
    ['Status', 'choice'],
    ['Additional Information', 'text'],
    ['Comments', 'text'],
    ['補足', 'text'],
    ['備考', 'text'],
    ['回答内容', 'text'],
    ['CSP Implementation Description (Optional/Recommended)', 'text'],
    ['Guidance', 'other'],
    ['Analyst Comments', 'other'],
    ['Analyst Response', 'other'],
    ['Reference Notes', 'other'],
    ['備考（委託元記入欄）', 'other'],
    ['評価結果', 'other'],
    ['Maturity', 'other'],
    ['Documentation', null],
    ['分類', null],
    ['CSC Responsibilities (Optional/Recommended)', null],
  ])('%s → %s', (header, role) => {
    expect(headerRole(header)).toBe(role);
  });

  it('tells a change log and a standards crosswalk by their headers', () => {
    expect(isChangeLogHeader(['Version', 'Date', 'Change Description'])).toBe(true);
    expect(isChangeLogHeader(['版', '改訂日', '改訂内容'])).toBe(true);
    expect(isChangeLogHeader(['No', '質問', '回答'])).toBe(false);
    expect(isCrosswalkHeader(['SIG Question Number', 'ISO 27001:2013', 'NIST CSF', 'PCI DSS 3.2.1'])).toBe(true);
    expect(isCrosswalkHeader(['No', 'Question', 'ISO 27001 reference', 'Response'])).toBe(false);
  });

  it('reads question ids as assessments write them', () => {
    for (const id of ['DOCU-01', 'IAM-02.1', 'A.1', '6-30', 'A&A-01.1', '12']) expect(isQuestionId(id), id).toBe(true);
    for (const text of ['Documentation', 'Is data encrypted?', '']) expect(isQuestionId(text), text).toBe(false);
  });
});
