import { describe, expect, it } from 'vitest';
import { cardBytes, MAX_CARD_BYTES } from '../../../src/bots/teams/cards.js';
import { escalationCard, expertAnswerCard, parseExpertAnswer, whereLabel } from '../../../src/bots/teams/escalation-cards.js';
import type { Escalation } from '../../../src/core/escalations.js';
import { presentEscalation, presentExpertAnswer } from '../../../src/present/index.js';
import { cardTexts } from './card-facts.js';

const HUGE = '長い回答です。'.repeat(3_000);

const ESCALATION: Escalation = {
  id: 'e-1',
  at: '2026-12-01T09:00:00.000Z',
  state: 'answered',
  question: HUGE.slice(0, 1000),
  asker: { id: 'aad-1', name: '山田 花子' },
  surface: 'teams',
  where: { conversationType: 'groupChat', reference: '{}' },
  candidates: [1, 2, 3].map((n) => ({ id: `a.csv#${n}`, citation: `a.csv › 物理 › No.${n}`, confidence: 0.4, status: '○', answer: HUGE })),
  answered: { at: '2026-12-01T10:00:00.000Z', answer: HUGE.slice(0, 5000), remarks: HUGE.slice(0, 2000), status: '×', by: '佐藤' },
};

describe('escalationCard', () => {
  it("fits Teams' budget for the longest question, candidates and answer, keeping every citation whole", () => {
    for (const escalation of [ESCALATION, { ...ESCALATION, state: 'open' as const, answered: undefined }]) {
      const card = escalationCard(presentEscalation(escalation), whereLabel(escalation));
      expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
      for (const n of [1, 2, 3]) expect(cardTexts(card).some((t) => t.startsWith(`出典: a.csv › 物理 › No.${n} · `))).toBe(true);
    }
  });

  it('says where in Teams the question was asked', () => {
    expect(whereLabel({ where: { conversationType: 'groupChat' } })).toBe('グループチャット (group chat)');
    expect(whereLabel({ where: {} })).toBe('Teams');
  });
});

describe('expertAnswerCard', () => {
  it("fits Teams' budget for the longest answer", () => {
    const card = expertAnswerCard(presentExpertAnswer(ESCALATION.answered!), ESCALATION.question);
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(cardTexts(card)).toContain('佐藤さんの回答: × 非対応');
  });
});

describe('parseExpertAnswer', () => {
  it('reads 「回答する」 with its inputs, the toggle off only when Teams says "false"', () => {
    expect(
      parseExpertAnswer({ kotae: 'expert-answer', escalationId: 'e-1', answer: '記録しています。', status: '○', addToKnowledge: 'true' }),
    ).toEqual({ escalationId: 'e-1', answer: '記録しています。', status: '○', addToKnowledge: true });
    expect(parseExpertAnswer({ kotae: 'expert-answer', escalationId: 'e-1', addToKnowledge: 'false' })).toEqual({
      escalationId: 'e-1',
      answer: '',
      status: '',
      addToKnowledge: false,
    });
    expect(parseExpertAnswer({ kotae: 'feedback', escalationId: 'e-1' })).toBeNull();
    expect(parseExpertAnswer({ kotae: 'expert-answer', escalationId: '' })).toBeNull();
    expect(parseExpertAnswer('text')).toBeNull();
  });
});
