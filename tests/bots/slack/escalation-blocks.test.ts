import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../src/bots/slack/blocks.js';
import {
  ANSWER_FIELDS,
  buildAnswerModal,
  buildEscalationMessage,
  buildExpertAnswerMessage,
  parseModalContext,
  readAnswerModal,
  slackWhere,
} from '../../../src/bots/slack/escalation-blocks.js';
import type { Escalation } from '../../../src/core/escalations.js';
import { presentEscalation, presentExpertAnswer } from '../../../src/present/index.js';
import { buttons, expectWithinLimits } from './block-limits.js';
import { blockTexts } from './harness.js';

const HUGE = '<!channel> & 長い回答です。'.repeat(2_000);

function escalation(overrides: Partial<Escalation> = {}): Escalation {
  return {
    id: '0b7f4a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
    at: '2026-12-01T09:00:00.000Z',
    state: 'open',
    question: '入退室の記録は何年保管していますか',
    asker: { id: 'U0ASKER01' },
    surface: 'slack',
    where: { channel: 'C0SALES01', thread_ts: '1764579600.000100' },
    candidates: [1, 2, 3].map((n) => ({
      id: `a.csv#${n}`,
      citation: `a.csv › 物理 › No.${n} ｜ 管理策: 物理的入退管理`,
      confidence: 0.4,
      status: '○',
      answer: `候補 ${n}`,
    })),
    ...overrides,
  };
}

describe('buildEscalationMessage', () => {
  it("stays within Block Kit's limits for the longest question, candidates and answer, keeping every citation whole and escaping what people wrote", () => {
    const candidates = escalation().candidates.map((c) => ({ ...c, answer: HUGE }));
    const answered = escalation({
      question: HUGE.slice(0, 1000),
      candidates,
      state: 'answered',
      answered: { at: '2026-12-01T10:00:00.000Z', answer: HUGE.slice(0, 5000), remarks: HUGE.slice(0, 2000), status: '×', by: '<@U0EVIL>' },
    });
    for (const message of [
      buildEscalationMessage(presentEscalation(answered), slackWhere(answered)!),
      buildEscalationMessage(presentEscalation({ ...answered, state: 'open', answered: undefined }), slackWhere(answered)!),
    ]) {
      expectWithinLimits(message);
      const texts = blockTexts(message.blocks).join('\n');
      for (const candidate of candidates) expect(texts).toContain(`📄 ${candidate.citation}`);
      expect(texts).not.toContain('<!channel>');
      expect(texts).not.toContain('<@U0EVIL>');
    }
  });

  it("names where the question was asked: the thread's permalink, else the channel, and a private /ask as such", () => {
    const where = (over: Record<string, string>) =>
      blockTexts(
        buildEscalationMessage(presentEscalation(escalation({ where: over })), slackWhere(escalation({ where: over }))!).blocks,
      ).join('\n');
    expect(where({ channel: 'C0SALES01', permalink: 'https://kotae.slack.com/archives/C0SALES01/p1' })).toContain(
      '場所: <https://kotae.slack.com/archives/C0SALES01/p1|<#C0SALES01> のスレッド>',
    );
    expect(where({ channel: 'C0SALES01' })).toContain('場所: <#C0SALES01>');
    expect(where({ channel: 'C0SALES01', permalink: 'javascript:alert(1)|x' })).toContain('場所: <#C0SALES01>');
    expect(where({ channel: 'C0SALES01', private: 'true' })).toContain('場所: <#C0SALES01> の /ask（本人のみ表示）');
    expect(where({ channel: 'D0USER01', permalink: 'https://kotae.slack.com/archives/D0USER01/p1' })).toContain('場所: kotae との DM');
  });

  it('puts only the escalation id on 「回答する」', () => {
    const [answer] = buttons(buildEscalationMessage(presentEscalation(escalation({ question: HUGE })), slackWhere(escalation())!));
    expect(answer).toMatchObject({
      action_id: ACTION_IDS.answerEscalation,
      value: '0b7f4a8e-1c2d-4e5f-8a9b-0c1d2e3f4a5b',
      text: { text: '回答する' },
    });
  });
});

describe('buildExpertAnswerMessage', () => {
  it("stays within Block Kit's limits for the longest answer", () => {
    const message = buildExpertAnswerMessage(
      presentExpertAnswer({ at: '', answer: HUGE.slice(0, 5000), remarks: HUGE.slice(0, 2000), status: '△', by: '山田' }),
      HUGE.slice(0, 1000),
    );
    expectWithinLimits(message);
    expect(message.text.startsWith('山田さんの回答: △ 一部対応')).toBe(true);
  });
});

describe('the answer modal', () => {
  it("opens with the question, a multiline answer, the four statuses and 「ナレッジに追加」 checked, within Slack's modal limits", () => {
    const modal = buildAnswerModal(presentEscalation(escalation({ question: HUGE.slice(0, 1000) })), {
      id: 'x',
      channel: 'C0EXPERTS',
      ts: '1.2',
    });
    expect(modal.title.text.length).toBeLessThanOrEqual(24);
    expect(modal.private_metadata!.length).toBeLessThanOrEqual(3000);
    expect(parseModalContext(modal.private_metadata!)).toEqual({ id: 'x', channel: 'C0EXPERTS', ts: '1.2' });
    const inputs = modal.blocks.filter((block) => block.type === 'input');
    expect(inputs.map((block) => block.block_id)).toEqual([ANSWER_FIELDS.answer, ANSWER_FIELDS.status, ANSWER_FIELDS.addToKnowledge]);
    expect(JSON.stringify(inputs)).toMatch(
      /"options":\[\{"text":\{"type":"plain_text","text":"○ 対応"\},"value":"○"\},.*"value":"×".*"value":"△".*"value":"−"/,
    );
  });

  it('reads the answer, the status and the checkbox back, unchecked meaning not to add', () => {
    const values = (checked: boolean) => ({
      [ANSWER_FIELDS.answer]: { [ANSWER_FIELDS.answer]: { value: '記録は3年保管します。' } },
      [ANSWER_FIELDS.status]: { [ANSWER_FIELDS.status]: { selected_option: { value: '○' } } },
      [ANSWER_FIELDS.addToKnowledge]: { [ANSWER_FIELDS.addToKnowledge]: { selected_options: checked ? [{ value: 'add' }] : [] } },
    });
    expect(readAnswerModal(values(true))).toEqual({ answer: '記録は3年保管します。', status: '○', addToKnowledge: true });
    expect(readAnswerModal(values(false))).toMatchObject({ addToKnowledge: false });
    expect(readAnswerModal({})).toEqual({ answer: '', status: '', addToKnowledge: false });
    expect(parseModalContext('not json')).toBeNull();
  });
});
