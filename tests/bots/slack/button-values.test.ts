import { describe, expect, it } from 'vitest';
import {
  BUTTON_VALUE_MAX,
  decodeFeedbackValue,
  decodeQuestionValue,
  encodeFeedbackValue,
  encodeQuestionValue,
} from '../../../src/bots/slack/button-values.js';

describe('feedback button values', () => {
  it('carry the question and the item id back', () => {
    const value = encodeFeedbackValue({ question: 'データは暗号化されていますか', itemId: 'products/hr/jinjer.txt#54' });
    expect(decodeFeedbackValue(value!)).toEqual({ question: 'データは暗号化されていますか', itemId: 'products/hr/jinjer.txt#54' });
  });

  it('stay within 2000 characters by shortening the question, never the item id', () => {
    const question = '"\\\n'.repeat(1000) + 'あ'.repeat(3000);
    const value = encodeFeedbackValue({ question, itemId: 'a.txt#1' })!;
    expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
    const decoded = decodeFeedbackValue(value)!;
    expect(decoded.itemId).toBe('a.txt#1');
    expect(decoded.question.endsWith('…')).toBe(true);
    expect(question.startsWith(decoded.question.slice(0, -1))).toBe(true);
  });

  it('are left out (null) when even the item id cannot fit', () => {
    expect(encodeFeedbackValue({ question: 'q', itemId: 'x'.repeat(2500) })).toBeNull();
  });

  it('decode to null when missing or tampered with', () => {
    for (const raw of [undefined, '', 'nope', '[]', '{"q":"x"}', '{"i":"","q":"x"}', '{"i":1,"q":"x"}'])
      expect(decodeFeedbackValue(raw)).toBeNull();
  });
});

describe('share button values', () => {
  it('carry the question, within 2000 characters', () => {
    const value = encodeQuestionValue({ question: 'x'.repeat(5000) })!;
    expect(value.length).toBeLessThanOrEqual(BUTTON_VALUE_MAX);
    expect(decodeQuestionValue(value)!.question.length).toBeGreaterThan(1900);
    expect(decodeQuestionValue('{"q":"  "}')).toBeNull();
  });
});
