import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CuratedAnswers, CuratedAnswersFile } from '../../src/core/curated-answers.js';
import {
  answerEscalation,
  EscalationAlreadyAnswered,
  EscalationNotFound,
  ESCALATIONS_FILE,
  EscalationStore,
  type EscalationInput,
} from '../../src/core/escalations.js';
import { MAX_QUESTION_CHARS } from '../../src/core/answer.js';
import { KotaeService } from '../../src/core/kotae-service.js';
import { candidatesOf } from '../../src/present/index.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

let knowledge: ReturnType<typeof makeKnowledgeFolder>;
let dataDir: string;
let kotae: KotaeService;
let curated: CuratedAnswers;

beforeAll(async () => {
  knowledge = makeKnowledgeFolder({ samples: ['jinjer.txt'] });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-escalations-'));
  kotae = new KotaeService(knowledge.dir);
  await kotae.reload();
  curated = new CuratedAnswers({ file: new CuratedAnswersFile(knowledge.dir), kotae, reload: () => kotae.reload() });
});

afterAll(() => {
  knowledge.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

const QUESTION = 'ペンギンの飼育方針はありますか';

function escalationOf(question: string): EscalationInput {
  return {
    question,
    asker: { id: 'U123', name: '佐藤' },
    surface: 'slack',
    where: { channel: 'C42', thread_ts: '1700000000.000100' },
    candidates: candidatesOf(kotae.ask(question)),
  };
}

describe('escalations', () => {
  it('records the question, who asked, where, and the nearest candidates cited as surfaces cite them', async () => {
    const store = new EscalationStore(dataDir);
    const escalation = await store.record(escalationOf('SSL対応?'));
    expect(escalation).toMatchObject({
      state: 'open',
      question: 'SSL対応?',
      asker: { id: 'U123', name: '佐藤' },
      surface: 'slack',
      where: { channel: 'C42' },
    });
    expect(escalation.candidates[0]).toMatchObject({
      id: 'jinjer.txt#55',
      citation: 'jinjer.txt › データ管理 › 通信の暗号化 › No.36 ｜ 管理策: 通信の暗号化',
      status: '○',
    });
    const lines = readFileSync(path.join(dataDir, ESCALATIONS_FILE), 'utf8').trim().split('\n');
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: 'escalation', id: escalation.id });
    // Another store on the same folder (a restarted server) sees it.
    expect(await new EscalationStore(dataDir).get(escalation.id)).toEqual(escalation);
  });

  it('answers one: saved into the knowledge, the next ask gets it, the escalation says who answered and where it went', async () => {
    const store = new EscalationStore(dataDir);
    const { id } = await store.record(escalationOf(QUESTION));
    const { escalation, saved } = await answerEscalation({ escalations: store, curated }, id, {
      answer: '社内規程でペンギンの飼育方針を定めています。',
      status: 'はい',
      author: '山田',
    });
    expect(saved).toMatchObject({ id: 'C-1', file: 'kotae-curated.csv', served: true });
    expect(escalation).toMatchObject({
      id,
      state: 'answered',
      answered: {
        answer: '社内規程でペンギンの飼育方針を定めています。',
        status: '○',
        by: '山田',
        saved: { id: 'C-1', citation: saved!.citation },
      },
    });
    expect(kotae.ask(QUESTION).results[0]).toMatchObject({
      citation: saved!.citation,
      answer: '社内規程でペンギンの飼育方針を定めています。',
    });
    expect((await store.list()).map((e) => e.id)).not.toContain(id);
    expect((await store.list({ state: 'answered' }))[0]).toMatchObject({ id, state: 'answered' });
  });

  it('brings an answer back through the surface the question came from, and says when that surface is not running', async () => {
    const store = new EscalationStore(dataDir);
    const fromSlack = await store.record(escalationOf('コアラの餌やり記録は残していますか'));
    const fromTeams = await store.record({ ...escalationOf('ラッコの貝は何個ですか'), surface: 'teams', where: {} });
    const delivered: string[] = [];
    store.deliverWith('slack', async (escalation) => {
      delivered.push(escalation.id);
    });
    expect(await store.deliver(fromSlack)).toBe(false);
    const slackAnswer = await answerEscalation({ escalations: store, curated }, fromSlack.id, {
      answer: '記録しています。',
      status: '○',
      addToKnowledge: false,
    });
    const teamsAnswer = await answerEscalation({ escalations: store, curated }, fromTeams.id, {
      answer: '三個です。',
      status: '○',
      addToKnowledge: false,
    });
    expect(await store.deliver(slackAnswer.escalation)).toBe(true);
    expect(await store.deliver(teamsAnswer.escalation)).toBe(false);
    expect(delivered).toEqual([fromSlack.id]);
  });

  it('lets only one of two experts answer the same escalation', async () => {
    const store = new EscalationStore(dataDir);
    const { id } = await store.record(escalationOf('カピバラの飼育記録はありますか'));
    const outcomes = await Promise.allSettled([
      answerEscalation({ escalations: store, curated }, id, { answer: '毎日記録しています。', author: '山田', addToKnowledge: false }),
      answerEscalation({ escalations: store, curated }, id, { answer: '週に一度記録しています。', author: '鈴木', addToKnowledge: false }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(EscalationAlreadyAnswered);
    expect(((outcomes[1] as PromiseRejectedResult).reason as Error).message).toMatch(/already answered by 山田/);
    expect((await store.get(id))?.answered).toMatchObject({ answer: '毎日記録しています。', by: '山田' });
    expect((await store.get(id))?.answered).not.toHaveProperty('saved');
  });

  it('refuses an unknown id and a bad answer without recording anything', async () => {
    const store = new EscalationStore(dataDir);
    await expect(answerEscalation({ escalations: store, curated }, 'no-such-id', { answer: 'x' })).rejects.toBeInstanceOf(
      EscalationNotFound,
    );
    const { id } = await store.record(escalationOf('アルパカの飼育記録はありますか'));
    await expect(answerEscalation({ escalations: store, curated }, id, { answer: '   ' })).rejects.toThrow(/must not be empty/);
    expect((await store.get(id))?.state).toBe('open');
  });

  it('keeps a question longer than kotae searches by its searched part, so that it can still be answered into the knowledge', async () => {
    const store = new EscalationStore(dataDir);
    const long = `${'ペンギンの長い質問です。'.repeat(200)}末尾`;
    const escalation = await store.record(escalationOf(long));
    expect([...escalation.question]).toHaveLength(MAX_QUESTION_CHARS);
    expect(long.startsWith(escalation.question)).toBe(true);
    const { saved } = await answerEscalation({ escalations: store, curated }, escalation.id, {
      answer: '長い質問への回答です。',
      addToKnowledge: true,
    });
    expect(saved).toMatchObject({ served: true });
  });

  it('lists open escalations newest first, within the limit', async () => {
    const store = new EscalationStore(dataDir);
    const a = await store.record(escalationOf('一つ目の質問はありますか'));
    const b = await store.record(escalationOf('二つ目の質問はありますか'));
    expect((await store.list({ limit: 2 })).map((e) => e.id)).toEqual([b.id, a.id]);
    expect((await store.list({ state: 'all' })).length).toBeGreaterThanOrEqual(7);
  });
});
