/**
 * Conversations with the Teams adapter in local-trial mode (no app credentials): real Activities
 * posted to /api/messages, replies read from a local stand-in for the Bot Connector.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citationLine } from '../../../src/present/citation.js';
import { buildSnapshot } from '../../../src/core/knowledge-snapshot.js';
import { KotaeService } from '../../../src/core/kotae-service.js';
import { TEXT } from '../../../src/bots/teams/cards.js';
import { actions, candidateLines, cardOf, cardTexts, fact, feedbackActions } from './card-facts.js';
import { ADMIN, BOT, type BotServer, type Core, LONG_QUESTION, mention, startBot, teamsMessage, USER, useTeamsBot } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

const ENV = { TEAMS_ALLOW_UNAUTHENTICATED: 'true', KOTAE_ADMINS: `U0SLACKADMIN, ${ADMIN.aadObjectId.toLowerCase()}` };
const TEAMS_LIMIT_BYTES = 28 * 1024;

const t = useTeamsBot(ENV);

/** Posts one activity and returns what the bot sent back during that turn. */
async function converse(activity: Partial<Activity>) {
  const response = await t.bot.post(activity);
  expect(response.status).toBe(200);
  return t.connector.sent.map((s) => s);
}

type Expected =
  | { readonly reply: 'answer'; readonly question: string }
  | { readonly reply: 'no-answer'; readonly question: string; readonly nearest: number }
  | { readonly reply: 'help' }
  | { readonly reply: 'none' };

interface Row {
  readonly name: string;
  readonly activity: (serviceUrl: string) => Partial<Activity>;
  readonly expected: Expected;
}

const bothMentions = [mention(BOT), mention(BOT)];

const conversations: Row[] = [
  {
    name: 'answers any message in a personal chat',
    activity: (url) => teamsMessage(url, '通信は暗号化していますか'),
    expected: { reply: 'answer', question: '通信は暗号化していますか' },
  },
  {
    name: 'answers a channel message that mentions the bot twice, with both mentions removed',
    activity: (url) =>
      teamsMessage(url, '<at>kotae</at> バックアップは取得していますか <at>kotae</at>', {
        conversationType: 'channel',
        entities: bothMentions,
      }),
    expected: { reply: 'answer', question: 'バックアップは取得していますか' },
  },
  {
    name: 'answers an English question mentioned in a group chat',
    activity: (url) =>
      teamsMessage(url, '<at>kotae</at> Is data encrypted in transit?', { conversationType: 'groupChat', entities: [mention(BOT)] }),
    expected: { reply: 'answer', question: 'Is data encrypted in transit?' },
  },
  {
    name: 'keeps quiet in a channel when the bot is not mentioned',
    activity: (url) =>
      teamsMessage(url, '<at>山田</at> バックアップは取得していますか', {
        conversationType: 'channel',
        entities: [mention({ id: '29:someone', name: '山田' })],
      }),
    expected: { reply: 'none' },
  },
  {
    name: 'says plainly when there is no confident answer, with the nearest candidates',
    activity: (url) => teamsMessage(url, '社員食堂のメニューは何ですか'),
    expected: { reply: 'no-answer', question: '社員食堂のメニューは何ですか', nearest: 3 },
  },
  {
    name: 'says so when nothing is even close',
    activity: (url) => teamsMessage(url, 'zzzz qqqq'),
    expected: { reply: 'no-answer', question: 'zzzz qqqq', nearest: 0 },
  },
  {
    name: 'asks for a question when only the mention was sent',
    activity: (url) => teamsMessage(url, '<at>kotae</at>&nbsp;', { conversationType: 'channel', entities: [mention(BOT)] }),
    expected: { reply: 'help' },
  },
];

describe('Teams conversations', () => {
  it.each(conversations)('$name', async ({ activity, expected }) => {
    const incoming = activity(t.connector.serviceUrl);
    const sent = await converse(incoming);

    if (expected.reply === 'none') {
      expect(sent).toEqual([]);
      return;
    }
    // Every reply goes to the conversation (thread included) as a reply to the message.
    for (const s of sent) {
      expect(s.conversationId).toBe(incoming.conversation?.id);
      expect(s.replyToId).toBe(incoming.id);
    }
    if (expected.reply === 'help') {
      expect(sent.map((s) => s.activity.text)).toEqual([TEXT.help]);
      return;
    }

    expect(sent.map((s) => s.activity.type)).toEqual(['typing', 'message']);
    const card = cardOf(sent[1]!.activity);
    const truth = t.core.kotae.ask(expected.question, { top: 3 });
    expect(cardTexts(card)[0]).toBe(`質問: ${expected.question}`);

    if (expected.reply === 'answer') {
      expect(truth.answered).toBe(true);
      const best = truth.results[0]!;
      expect(fact(card, '出典')).toBe(citationLine(best));
      expect(fact(card, '信頼度')).toBe(`${Math.round(best.confidence * 100)}%`);
      expect(cardTexts(card)).toContain(best.answer);
      if (best.status === '○') expect(cardTexts(card)).toContain('○ 対応');
      expect(candidateLines(card)).toHaveLength(Math.min(2, truth.results.length - 1));
      expect(feedbackActions(card).map((a) => [a.title, a.data.helpful, a.data.itemId])).toEqual([
        ['👍 役に立った', true, best.id],
        ['👎 役に立たなかった', false, best.id],
      ]);
    } else {
      expect(truth.answered).toBe(false);
      expect(cardTexts(card)).toContain('確信を持てる回答はありません (no confident answer).');
      expect(candidateLines(card)).toHaveLength(expected.nearest);
      for (const [i, r] of truth.results.slice(0, expected.nearest).entries())
        expect(candidateLines(card)[i]).toContain(r.answer.slice(0, 20));
      expect(actions(card)).toEqual([]);
    }
  });

  it('records a question without a confident answer for the admins', async () => {
    await converse(teamsMessage(t.connector.serviceUrl, '社員旅行の行き先はどこですか'));
    const [latest] = await t.core.questionLog.recentUnanswered(1);
    expect(latest).toMatchObject({ channel: 'teams', question: '社員旅行の行き先はどこですか' });
  });

  it('keeps a 29 KB answer under 28 KB, cut with "…" and with its citation', async () => {
    const sent = await converse(teamsMessage(t.connector.serviceUrl, LONG_QUESTION));
    const message = sent.find((s) => s.activity.type === 'message')!;
    const card = cardOf(message.activity);
    const best = t.core.kotae.ask(LONG_QUESTION).results[0]!;
    expect(Buffer.byteLength(best.answer)).toBeGreaterThan(TEAMS_LIMIT_BYTES);

    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(TEAMS_LIMIT_BYTES);
    expect(message.bytes).toBeLessThanOrEqual(TEAMS_LIMIT_BYTES);
    expect(fact(card, '出典')).toBe(citationLine(best));
    const answer = cardTexts(card).find((t) => t.startsWith('これは非常に長い回答です。'))!;
    expect(answer.endsWith('…')).toBe(true);
    expect(answer.length).toBeGreaterThan(1000);
  });

  it('stores 👍 and 👎 from the card buttons, also in a channel where the click carries no mention', async () => {
    const asked = await converse(teamsMessage(t.connector.serviceUrl, 'バックアップは取得していますか'));
    const [up, down] = feedbackActions(cardOf(asked[1]!.activity));

    t.connector.clear();
    const thanks = await converse(teamsMessage(t.connector.serviceUrl, '', { value: up!.data }));
    expect(thanks.map((s) => s.activity.text)).toEqual([TEXT.thanks]);
    await converse(teamsMessage(t.connector.serviceUrl, '', { value: down!.data, conversationType: 'channel', from: ADMIN }));

    const [second, first] = await t.core.questionLog.recentFeedback(2);
    expect(first).toMatchObject({
      channel: 'teams',
      question: 'バックアップは取得していますか',
      itemId: up!.data.itemId,
      helpful: true,
      user: USER.aadObjectId,
    });
    expect(second).toMatchObject({ channel: 'teams', itemId: down!.data.itemId, helpful: false, user: ADMIN.aadObjectId });
  });

  it('reloads for an admin and reports files, counts and warnings', async () => {
    await writeFile(path.join(t.core.knowledgeDir, 'extra.tsv'), 'No.\t質問\t回答\n1\t入館証は発行していますか\t発行しています。\n');
    await writeFile(path.join(t.core.knowledgeDir, 'notes.pdf'), 'not a checksheet');
    const before = t.core.kotae.status().version;

    const sent = await converse(
      teamsMessage(t.connector.serviceUrl, '<at>kotae</at> 再読み込み', {
        conversationType: 'channel',
        entities: [mention(BOT)],
        from: ADMIN,
      }),
    );

    expect(sent.map((s) => s.activity.type)).toEqual(['typing', 'message']);
    const status = t.core.kotae.status();
    expect(status.version).toBe(before + 1);
    const texts = cardTexts(cardOf(sent[1]!.activity));
    expect(texts[0]).toBe('再読み込みしました (reloaded).');
    expect(texts).toContain(
      `${status.files.length} ファイル・${status.items} 項目 (${status.files.length} files, ${status.items} items, ${status.lastReload?.tookMs} ms)`,
    );
    expect(texts).toContain('extra.tsv: 1 項目');
    expect(texts).toContain('警告 (warnings): 1');
    expect(texts.some((t) => t.startsWith('notes.pdf: unsupported file type'))).toBe(true);
  });

  it('accepts "reload" in English from an admin in a personal chat', async () => {
    const before = t.core.kotae.status().version;
    const sent = await converse(teamsMessage(t.connector.serviceUrl, 'Reload', { from: ADMIN }));
    expect(cardTexts(cardOf(sent.at(-1)!.activity))[0]).toBe('再読み込みしました (reloaded).');
    expect(t.core.kotae.status().version).toBe(before + 1);
  });

  it('politely refuses a reload from someone who is not an admin, without reloading', async () => {
    const before = t.core.kotae.status().version;
    const sent = await converse(teamsMessage(t.connector.serviceUrl, 'reload'));
    expect(sent.map((s) => s.activity.text)).toEqual([TEXT.notAdmin]);
    expect(t.core.kotae.status().version).toBe(before);
  });

  it('answers a redelivered activity (same id) only once', async () => {
    const activity = teamsMessage(t.connector.serviceUrl, '通信は暗号化していますか', { id: 'redelivered-1' });
    await converse(activity);
    await converse(activity);
    await Promise.all([t.bot.post(activity), t.bot.post(activity)]);
    expect(t.connector.messages()).toHaveLength(1);

    // The same id in another conversation is another message.
    await converse({ ...activity, conversation: { id: 'a:other-chat', conversationType: 'personal', isGroup: false, name: '' } });
    expect(t.connector.messages()).toHaveLength(2);
  });

  it('apologises in a short message, never a stack trace, when Teams rejects the answer', async () => {
    t.connector.reject = (activity) => Boolean(activity.attachments?.length);
    const response = await t.bot.post(teamsMessage(t.connector.serviceUrl, '通信は暗号化していますか'));
    expect(response.status).toBe(200);
    expect(t.connector.messages().map((s) => s.activity.text)).toEqual([TEXT.apology]);
    expect(response.body).not.toMatch(/\bat\s/);
  });

  it('refuses to reply to a non-loopback serviceUrl without authentication', async () => {
    const response = await t.bot.post(teamsMessage('https://smba.trafficmanager.net/jp/', '通信は暗号化していますか'));
    expect(response.status).toBe(403);
    expect(t.connector.sent).toEqual([]);
  });
});

describe('Teams reload slower than a turn', () => {
  let slowCore: Core;
  let slowBot: BotServer;

  /** Holds the reload the test asks for until the turn has answered; the first load goes through. */
  let held: Promise<void> = Promise.resolve();
  let release = () => {};

  beforeAll(async () => {
    // The real loader behind a gate, so that the reload outlasts the (shortened) turn budget.
    const kotae = new KotaeService(t.core.knowledgeDir, async (dir) => {
      await held;
      return buildSnapshot(dir);
    });
    await kotae.reload();
    slowCore = { ...t.core, kotae, cleanup: async () => undefined };
    slowBot = await startBot(slowCore, ENV, { turnBudgetMs: 50 });
  }, 60_000);

  afterAll(async () => {
    await slowBot?.close();
  });

  it('says the reload is under way, then reports it in the same thread when done', async () => {
    held = new Promise((resolve) => (release = resolve));
    const incoming = teamsMessage(t.connector.serviceUrl, '<at>kotae</at> reload', {
      conversationType: 'channel',
      entities: [mention(BOT)],
      from: ADMIN,
    });
    const response = await slowBot.post(incoming);
    expect(response.status).toBe(200);
    expect(t.connector.messages().map((s) => s.activity.text)).toEqual([TEXT.reloadSlow]);
    release();

    await waitFor(() => t.connector.messages().length === 2, 'the reload report after the turn');
    const report = t.connector.messages()[1]!;
    expect(report.conversationId).toBe(incoming.conversation?.id);
    expect(report.replyToId).toBe(incoming.id);
    expect(cardTexts(cardOf(report.activity))[0]).toBe('再読み込みしました (reloaded).');
  });
});
