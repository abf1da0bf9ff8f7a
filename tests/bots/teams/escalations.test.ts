/**
 * 「専門家に聞く」 in Teams, end to end in local-trial mode: real Activities posted to /api/messages,
 * the experts' channel set by an admin, questions posted there proactively, the expert's card
 * submitted, the card updated and the answer sent to the asker, all through a local stand-in for
 * the Bot Connector.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { TEXT, type AdaptiveCard, type AskExpertData, type ExpertAnswerData } from '../../../src/bots/teams/cards.js';
import { EXPERTS_CHANNEL_FILE } from '../../../src/bots/teams/experts-channel.js';
import { CURATED_FILE } from '../../../src/core/curated-answers.js';
import { EscalationStore } from '../../../src/core/escalations.js';
import { candidatesOf, MESSAGES } from '../../../src/present/index.js';
import { waitFor } from '../../helpers/wait-for.js';
import { actions, cardOf, cardTexts, fact } from './card-facts.js';
import { ADMIN, BOT, memoryLogger, mention, teamsMessage, USER, useTeamsBot } from './harness.js';

const ENV = { TEAMS_ALLOW_UNAUTHENTICATED: 'true', KOTAE_ADMINS: ADMIN.aadObjectId };
const EXPERTS_CHANNEL = '19:experts-channel@thread.tacv2';
const PERSONAL = 'a:1personal-chat-id';
const EXPERT = { id: '29:expert-1', name: '佐藤 一郎', aadObjectId: '6f1c1c7e-0000-4000-8000-00000000e001' } as const;

const log = memoryLogger('info');
const t = useTeamsBot(ENV, { logger: log.logger, keepSent: true });

/** The escalations the bot recorded, read from its data folder. */
function escalations(): EscalationStore {
  return new EscalationStore(t.core.dataDir);
}

/** A message in the experts' channel (a new thread there, or the thread of `rootId`). */
function inExpertsChannel(
  text: string,
  options: { from?: typeof EXPERT | typeof ADMIN; value?: unknown; replyToId?: string; rootId?: string } = {},
): Partial<Activity> {
  const activity = teamsMessage(t.connector.serviceUrl, text, {
    conversationType: 'channel',
    from: options.from ?? EXPERT,
    entities: text ? [mention(BOT)] : [],
    ...(options.value ? { value: options.value } : {}),
  });
  return {
    ...activity,
    conversation: { ...activity.conversation!, id: `${EXPERTS_CHANNEL};messageid=${options.rootId ?? activity.id}` },
    ...(options.replyToId ? { replyToId: options.replyToId } : {}),
  };
}

/** Posts one activity; returns what the bot sent during that turn. */
async function converse(activity: Partial<Activity>) {
  const before = t.connector.sent.length;
  const response = await t.bot.post(activity);
  expect(response.status).toBe(200);
  return t.connector.sent.slice(before);
}

/** Asks in the personal chat and returns the answer card and the id it was sent under. */
async function ask(question: string): Promise<{ card: AdaptiveCard; id: string }> {
  const sent = await converse(teamsMessage(t.connector.serviceUrl, question));
  const index = sent.findIndex((s) => s.activity.attachments?.length);
  expect(index).toBeGreaterThanOrEqual(0);
  return { card: cardOf(sent[index]!.activity), id: `sent-${t.connector.sent.length - sent.length + index + 1}` };
}

function askExpertAction(card: AdaptiveCard): AskExpertData | undefined {
  return actions(card).find((a) => a.data.kotae === 'ask-expert')?.data as AskExpertData | undefined;
}

/** What the expert's 「回答する」 sends: the card's data and its inputs' values, as Teams merges them. */
function expertSubmit(card: AdaptiveCard, inputs: { answer: string; status?: string; addToKnowledge?: 'true' | 'false' }) {
  const data = actions(card).find((a) => a.data.kotae === 'expert-answer')?.data as ExpertAnswerData;
  return {
    ...data,
    answer: inputs.answer,
    ...(inputs.status ? { status: inputs.status } : {}),
    addToKnowledge: inputs.addToKnowledge ?? 'true',
  };
}

describe('「専門家に聞く」 in Teams', () => {
  it("is not offered until an admin sets the experts' channel, and only an admin can set it", async () => {
    const { card } = await ask('ペンギンの飼育方針はありますか');
    expect(askExpertAction(card)).toBeUndefined();

    const refused = await converse({ ...inExpertsChannel('<at>kotae</at> experts here'), from: USER });
    expect(refused.map((s) => s.activity.text)).toEqual([TEXT.expertsChannelRefused]);
    await expect(readFile(path.join(t.core.dataDir, EXPERTS_CHANNEL_FILE), 'utf8')).rejects.toThrow(/ENOENT/);
  });

  it("keeps the experts' channel an admin names, across a restart", async () => {
    const set = await converse(inExpertsChannel('<at>kotae</at> 専門家チャンネルに設定', { from: ADMIN }));
    expect(set.map((s) => s.activity.text)).toEqual([TEXT.expertsChannelSet]);
    const stored = JSON.parse(await readFile(path.join(t.core.dataDir, EXPERTS_CHANNEL_FILE), 'utf8')) as {
      reference: { conversation: { id: string }; serviceUrl: string };
      setBy: string;
    };
    // The channel itself, not the thread the command was sent in: each question starts its own thread.
    expect(stored).toMatchObject({
      reference: { conversation: { id: EXPERTS_CHANNEL }, serviceUrl: t.connector.serviceUrl },
      setBy: ADMIN.aadObjectId,
    });

    await t.restart();
    expect(askExpertAction((await ask('ペンギンの飼育方針はありますか')).card)).toEqual({
      kotae: 'ask-expert',
      question: 'ペンギンの飼育方針はありますか',
    });
  });

  it("takes a question to the experts' channel and the expert's answer back to the asker, into kotae-curated.csv, and kotae answers it from there next time", async () => {
    const question = 'アザラシの健康診断は年に何回ですか';
    const asked = await ask(question);
    expect(cardTexts(asked.card)).toContain(MESSAGES.noConfidentAnswer);

    const turn = await converse({
      ...teamsMessage(t.connector.serviceUrl, '', { value: askExpertAction(asked.card) }),
      replyToId: asked.id,
    });
    const toExperts = turn.find((s) => s.conversationId === EXPERTS_CHANNEL);
    expect(toExperts?.replyToId).toBeNull();
    expect(turn.filter((s) => s.conversationId === PERSONAL).map((s) => s.activity.text)).toEqual([MESSAGES.escalated]);

    const expertsCard = cardOf(toExperts!.activity);
    const texts = cardTexts(expertsCard);
    expect(texts).toContain(`質問: ${question}`);
    expect(fact(expertsCard, '質問者')).toBe(USER.name);
    expect(fact(expertsCard, '場所')).toBe('個人チャット (personal chat)');
    const candidates = candidatesOf(t.core.kotae.ask(question, { top: 3 }));
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) expect(texts.some((t) => t.startsWith(`出典: ${candidate.citation} · 信頼度`))).toBe(true);
    const inputs = expertsCard.body.filter((e) => e.type.startsWith('Input.'));
    expect(inputs).toEqual([
      expect.objectContaining({ type: 'Input.Text', id: 'answer', isMultiline: true, isRequired: true }),
      expect.objectContaining({
        type: 'Input.ChoiceSet',
        id: 'status',
        choices: ['○', '×', '△', '−'].map((mark) => expect.objectContaining({ value: mark })),
      }),
      expect.objectContaining({ type: 'Input.Toggle', id: 'addToKnowledge', title: 'ナレッジに追加', value: 'true' }),
    ]);
    const [recorded] = await escalations().list();
    expect(recorded).toMatchObject({
      question,
      surface: 'teams',
      asker: { id: USER.aadObjectId, name: USER.name },
      where: { conversationType: 'personal' },
      state: 'open',
    });

    const cardId = `sent-${t.connector.sent.indexOf(toExperts!) + 1}`;
    const rootId = cardId;
    await converse(
      inExpertsChannel('', {
        value: expertSubmit(expertsCard, { answer: '年に2回、獣医師が診断します。', status: '○' }),
        replyToId: cardId,
        rootId,
      }),
    );

    const [delivered] = await waitFor(
      () =>
        t.connector.sent.filter(
          (s) =>
            s.conversationId === PERSONAL &&
            s.activity.attachments?.length &&
            cardTexts(cardOf(s.activity)).some((t) => t.startsWith('佐藤 一郎さんの回答')),
        ),
      "the answer in the asker's chat",
    );
    const answerTexts = cardTexts(cardOf(delivered!.activity));
    expect(answerTexts).toContain('佐藤 一郎さんの回答: ○ 対応');
    expect(answerTexts).toContain('年に2回、獣医師が診断します。');
    // The citation names the author as the knowledge loader reads names (spaces dropped).
    expect(fact(cardOf(delivered!.activity), 'ナレッジに追加しました')).toMatch(
      /^kotae-curated\.csv › No\.C-1 \(佐藤一郎, \d{4}-\d{2}-\d{2}\)$/,
    );

    const [updated] = await waitFor(() => t.connector.updated.filter((u) => u.activityId === cardId), "the experts' card marked answered");
    const updatedCard = cardOf(updated!.activity);
    expect(updated!.conversationId).toContain(EXPERTS_CHANNEL);
    expect(cardTexts(updatedCard)).toContain('✅ 佐藤 一郎さんが回答しました (answered by 佐藤 一郎): ○ 対応');
    expect(updatedCard.body.some((e) => e.type.startsWith('Input.'))).toBe(false);
    expect(actions(updatedCard)).toEqual([]);

    const csv = await readFile(path.join(t.core.knowledgeDir, CURATED_FILE), 'utf8');
    expect(csv).toMatch(/C-1,,アザラシの健康診断は年に何回ですか,○,年に2回、獣医師が診断します。,,佐藤 一郎,\d{4}-\d{2}-\d{2}/);

    const again = await ask(question);
    expect(cardTexts(again.card)).toContain('年に2回、獣医師が診断します。');
    expect(fact(again.card, '出典')).toMatch(/^kotae-curated\.csv › No\.C-1 \(佐藤一郎, \d{4}-\d{2}-\d{2}\)/);

    // A second 「回答する」 (another expert, the old card) says who answered.
    const second = await converse(
      inExpertsChannel('', { from: ADMIN, value: expertSubmit(expertsCard, { answer: '別の回答です。' }), replyToId: cardId, rootId }),
    );
    expect(second.map((s) => s.activity.text)).toEqual([
      'この質問には佐藤 一郎さんが回答済みです。 (佐藤 一郎 has answered this already.)',
    ]);
    expect((await escalations().get(recorded!.id))?.answered).toMatchObject({ answer: '年に2回、獣医師が診断します。', by: '佐藤 一郎' });
  });

  it('asks for an answer when the expert submits an empty one, and records nothing', async () => {
    const asked = await ask('シロクマの給餌記録は保管していますか');
    const turn = await converse({
      ...teamsMessage(t.connector.serviceUrl, '', { value: askExpertAction(asked.card) }),
      replyToId: asked.id,
    });
    const toExperts = turn.find((s) => s.conversationId === EXPERTS_CHANNEL)!;
    const expertsCard = cardOf(toExperts.activity);
    const cardId = `sent-${t.connector.sent.indexOf(toExperts) + 1}`;
    const reply = await converse(inExpertsChannel('', { value: expertSubmit(expertsCard, { answer: '  ' }), replyToId: cardId }));
    expect(reply.map((s) => s.activity.text)).toEqual([MESSAGES.answerRequired]);
    const [recorded] = await escalations().list({ state: 'all' });
    expect(recorded).toMatchObject({ question: 'シロクマの給餌記録は保管していますか', state: 'open' });
  });

  it("tells the asker, and logs what to do, when the experts' channel cannot be reached; once it can, the same button works", async () => {
    const asked = await ask('カワウソの入館手続きはありますか');
    t.connector.reject = (_activity, conversationId) => conversationId.startsWith(EXPERTS_CHANNEL);
    const turn = await converse({
      ...teamsMessage(t.connector.serviceUrl, '', { value: askExpertAction(asked.card) }),
      replyToId: asked.id,
    });
    expect(turn.map((s) => s.activity.text)).toEqual([MESSAGES.expertsUnreachable]);
    const warning = log.lines.find((line) => line.event === 'teams_experts_channel_unreachable');
    expect(warning).toMatchObject({ level: 40, msg: expect.stringContaining('"experts here"') });
    expect((await escalations().list()).map((e) => e.question)).toContain('カワウソの入館手続きはありますか');

    t.connector.reject = null;
    const again = await converse({
      ...teamsMessage(t.connector.serviceUrl, '', { value: askExpertAction(asked.card) }),
      replyToId: asked.id,
    });
    expect(again.filter((s) => s.conversationId === EXPERTS_CHANNEL)).toHaveLength(1);
    expect(again.filter((s) => s.conversationId === PERSONAL).map((s) => s.activity.text)).toEqual([MESSAGES.escalated]);
  });
});
