import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CuratedAnswers, CuratedAnswersFile, curatedAnswerSchema } from '../../src/core/curated-answers.js';
import { EscalationStore, type Escalation } from '../../src/core/escalations.js';
import {
  buildInbox,
  groupSignals,
  inboxSignals,
  inboxState,
  questionKey,
  type InboxGroup,
  type InboxSignal,
} from '../../src/core/inbox.js';
import { KotaeService } from '../../src/core/kotae-service.js';
import { QuestionLog, type FeedbackEntry, type UnansweredEntry } from '../../src/core/question-log.js';
import type { AskResult, RankedAnswer } from '../../src/core/types.js';
import { candidatesOf } from '../../src/present/index.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const signal = (at: string, question: string, extra: Partial<InboxSignal> = {}): InboxSignal => ({
  at: `2026-05-${at}Z`,
  source: 'unanswered',
  channel: 'web',
  question,
  ...extra,
});

describe('questionKey', () => {
  it('takes two wordings that differ only in width, case, spaces and punctuation as one question', () => {
    expect(questionKey('SSL対応?')).toBe(questionKey('ｓｓｌ 対応？'));
    expect(questionKey('ラッコの飼育記録はありますか')).toBe(questionKey(' ラッコの 飼育記録は、ありますか。'));
    expect(questionKey('ラッコの飼育記録はありますか')).not.toBe(questionKey('ラッコの飼育方針はありますか'));
  });
});

describe('groupSignals', () => {
  it('groups the same question however worded: count, first and last time, the newest wording, per source', () => {
    const groups = groupSignals([
      signal('01T09:00:00.000', 'SSL対応?', { channel: 'slack' }),
      signal('03T09:00:00.000', 'MFAは必須ですか', { channel: 'teams' }),
      signal('02T09:00:00.000', 'ｓｓｌ 対応？', { source: 'unhelpful', channel: 'teams', itemId: 'jinjer.txt#55' }),
      signal('04T09:00:00.000', 'SSL 対応?', { source: 'escalation', channel: 'slack', escalationId: 'e-2' }),
      signal('02T10:00:00.000', 'SSL対応?', { source: 'escalation', channel: 'slack', escalationId: 'e-1' }),
    ]);
    expect(groups.map((g) => g.question)).toEqual(['SSL 対応?', 'MFAは必須ですか']);
    expect(groups[0]).toEqual({
      key: questionKey('SSL対応?'),
      question: 'SSL 対応?',
      count: 4,
      firstAt: '2026-05-01T09:00:00.000Z',
      lastAt: '2026-05-04T09:00:00.000Z',
      sources: { unanswered: 1, unhelpful: 1, escalation: 2 },
      channels: ['slack', 'teams'],
      openEscalations: ['e-2', 'e-1'],
      dislikedItems: ['jinjer.txt#55'],
    } satisfies InboxGroup);
    expect(groups[1]).toMatchObject({ count: 1, sources: { unanswered: 1, unhelpful: 0, escalation: 0 }, channels: ['teams'] });
  });

  it('puts the question that came back most recently first, even when it was first asked long ago', () => {
    const groups = groupSignals([
      signal('01T00:00:00.000', '古い質問'),
      signal('02T00:00:00.000', '新しい質問'),
      signal('03T00:00:00.000', '古い質問'),
    ]);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ['古い質問', 2],
      ['新しい質問', 1],
    ]);
  });

  it('leaves out questions with nothing but punctuation', () => {
    expect(groupSignals([signal('01T00:00:00.000', '？？'), signal('01T00:00:00.000', '   ')])).toEqual([]);
  });
});

describe('inboxSignals', () => {
  it('takes unanswered questions, 👎 with their question and open escalations; not 👍, 👎 without a question or answered escalations', () => {
    const unanswered: UnansweredEntry[] = [
      { at: '2026-05-01T00:00:00.000Z', channel: 'web', question: 'xyzzy', nearestId: null, nearestConfidence: null },
    ];
    const feedback: FeedbackEntry[] = [
      { at: '2026-05-02T00:00:00.000Z', channel: 'slack', question: 'SSL対応?', itemId: 'jinjer.txt#55', helpful: false, user: 'U1' },
      { at: '2026-05-02T00:00:00.000Z', channel: 'slack', question: 'SSL対応?', itemId: 'jinjer.txt#55', helpful: true },
      { at: '2026-05-02T00:00:00.000Z', channel: 'teams', question: '', itemId: 'jinjer.txt#55', helpful: false },
    ];
    const escalation = (id: string, state: Escalation['state']): Escalation => ({
      id,
      at: '2026-05-03T00:00:00.000Z',
      state,
      question: 'MFAは必須ですか',
      asker: {},
      surface: 'teams',
      where: {},
      candidates: [],
    });
    expect(inboxSignals(unanswered, feedback, [escalation('e-1', 'open'), escalation('e-2', 'answered')])).toEqual([
      { at: '2026-05-01T00:00:00.000Z', source: 'unanswered', channel: 'web', question: 'xyzzy' },
      { at: '2026-05-02T00:00:00.000Z', source: 'unhelpful', channel: 'slack', question: 'SSL対応?', itemId: 'jinjer.txt#55' },
      { at: '2026-05-03T00:00:00.000Z', source: 'escalation', channel: 'teams', question: 'MFAは必須ですか', escalationId: 'e-1' },
    ]);
  });
});

describe('inboxState', () => {
  const [group] = groupSignals([signal('01T00:00:00.000', 'SSL対応?')]);
  const result = (answered: boolean, id: string): AskResult => ({
    question: 'SSL対応?',
    answered,
    took_ms: 1,
    results: [{ id } as RankedAnswer],
  });

  it('is answered once kotae answers confidently, open while it does not', () => {
    expect(inboxState(group!, result(true, 'a.csv#2'))).toBe('answered');
    expect(inboxState(group!, result(false, 'a.csv#2'))).toBe('open');
    expect(inboxState(group!, { question: 'SSL対応?', answered: false, took_ms: 1, results: [] })).toBe('open');
  });

  it('stays open while the answer is the item someone marked 👎, or an expert still owes the asker a reply', () => {
    expect(inboxState({ ...group!, dislikedItems: ['a.csv#2'] }, result(true, 'a.csv#2'))).toBe('open');
    expect(inboxState({ ...group!, dislikedItems: ['a.csv#2'] }, result(true, 'kotae-curated.csv#2'))).toBe('answered');
    expect(inboxState({ ...group!, openEscalations: ['e-1'] }, result(true, 'kotae-curated.csv#2'))).toBe('open');
  });
});

describe('buildInbox', () => {
  let knowledge: ReturnType<typeof makeKnowledgeFolder>;
  let dataDir: string;
  let kotae: KotaeService;
  let log: QuestionLog;
  let escalations: EscalationStore;
  let curated: CuratedAnswers;
  const ask = (question: string) => kotae.ask(question, { top: 1 });

  beforeAll(async () => {
    knowledge = makeKnowledgeFolder({ samples: ['jinjer.txt'] });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-inbox-'));
    kotae = new KotaeService(knowledge.dir);
    await kotae.reload();
    log = new QuestionLog(dataDir);
    escalations = new EscalationStore(dataDir);
    curated = new CuratedAnswers({ file: new CuratedAnswersFile(knowledge.dir), kotae, reload: () => kotae.reload() });
  });

  afterAll(() => {
    knowledge.cleanup();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("lists each question once with its count and kotae's nearest candidate, and marks it answered once a curated answer answers it", async () => {
    const question = 'ラッコの飼育記録はありますか';
    await log.recordUnanswered({ channel: 'web', question, nearestId: null, nearestConfidence: null });
    await log.recordUnanswered({
      channel: 'slack',
      question: 'ラッコの 飼育記録は ありますか？',
      nearestId: null,
      nearestConfidence: null,
    });
    const before = await buildInbox({ log, escalations }, ask);
    expect(before.entries).toHaveLength(1);
    const [entry] = before.entries;
    expect(entry).toMatchObject({ count: 2, state: 'open', channels: ['slack', 'web'], sources: { unanswered: 2 } });
    expect(entry!.nearest?.citation).toMatch(/^jinjer\.txt › /);
    expect(entry!.nearest).toEqual(kotae.ask(question, { top: 1 }).results[0]);

    const saved = await curated.save(
      curatedAnswerSchema.parse({ question, answer: 'ラッコの飼育記録は毎日つけています。', status: '○', author: '山田' }),
    );
    const after = await buildInbox({ log, escalations }, ask);
    expect(after.entries[0]).toMatchObject({ count: 2, state: 'answered', nearest: { citation: saved.citation } });
    expect((await buildInbox({ log, escalations }, ask, { state: 'open' })).entries).toEqual([]);
  });

  it('keeps a 👎 answer open until something else answers it, and an escalation open until the expert replies', async () => {
    await log.recordFeedback({ channel: 'teams', question: 'SSL対応?', itemId: kotae.ask('SSL対応?').results[0]!.id, helpful: false });
    const escalated = 'カワウソの飼育記録はありますか';
    const { id } = await escalations.record({
      question: escalated,
      asker: { name: '佐藤' },
      surface: 'slack',
      where: { channel: 'C1' },
      candidates: candidatesOf(kotae.ask(escalated)),
    });
    const inbox = await buildInbox({ log, escalations }, ask, { state: 'open' });
    expect(inbox.entries).toHaveLength(2);
    const escalation = inbox.entries.find((e) => e.question === escalated);
    expect(escalation).toMatchObject({ sources: { unanswered: 0, unhelpful: 0, escalation: 1 }, openEscalations: [id], state: 'open' });
    // Answered confidently, but by the item marked 👎.
    expect(kotae.ask('SSL対応?').answered).toBe(true);
    expect(inbox.entries.find((e) => e.question === 'SSL対応?')).toMatchObject({
      sources: { unanswered: 0, unhelpful: 1, escalation: 0 },
      state: 'open',
    });
  });

  it('returns at most the limit, newest first, and says when it left some out', async () => {
    const all = await buildInbox({ log, escalations }, ask);
    expect(all.entries.length).toBe(3);
    const first = await buildInbox({ log, escalations }, ask, { limit: 2 });
    expect(first).toEqual({ entries: all.entries.slice(0, 2), truncated: true });
    expect((await buildInbox({ log, escalations }, ask, { limit: 3 })).truncated).toBe(false);
  });
});
