import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/bots/slack/blocks.js';
import { ANSWER_FIELDS, ANSWER_MODAL_ID } from '../../../../src/bots/slack/escalation-blocks.js';
import { CURATED_FILE } from '../../../../src/core/curated-answers.js';
import { answerEscalation } from '../../../../src/core/escalations.js';
import { candidatesOf, MESSAGES } from '../../../../src/present/index.js';
import { waitFor } from '../../../helpers/wait-for.js';
import type { ApiCall } from '../fake-slack.js';
import { blockTexts, buttonClick, mentionEvent, nextTs, useHarness, USER, viewSubmission, type Harness } from '../harness.js';

const EXPERTS = 'C0EXPERTS1';
const EXPERT = 'UEXPERT01';
/** Where the experts' messages are, as far as the clicks on them tell. */
const expertsMessageTs = '1700008888.000200';

interface ButtonElement {
  readonly action_id: string;
  readonly value: string;
  readonly text: { readonly text: string };
}

function buttonsOf(blocks: unknown): ButtonElement[] {
  return (blocks as Array<{ type: string; elements?: ButtonElement[] }>)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);
}

function button(blocks: unknown, actionId: string): ButtonElement {
  const found = buttonsOf(blocks).find((element) => element.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button in ${JSON.stringify(blocks).slice(0, 300)}`);
  return found;
}

const texts = (call: ApiCall) => blockTexts(call.body.blocks).join('\n');

/** Mentions the bot with `question` in `channel` and returns the answer card and the question's ts. */
async function ask(h: Harness, question: string, channel: string): Promise<{ answer: ApiCall; threadTs: string }> {
  const event = mentionEvent(question, { channel });
  const before = h.fake.posts((body) => body.channel === channel).length;
  await h.sendEvent(event);
  const posts = await waitFor(
    () => h.fake.posts((body) => body.channel === channel).length > before && h.fake.posts((body) => body.channel === channel),
    `the answer to ${question}`,
  );
  return { answer: posts.at(-1)!, threadTs: String(event.ts) };
}

/** Clicks 「専門家に聞く」 under `answer` and returns the message posted to the experts' channel. */
async function askExperts(
  h: Harness,
  answer: ApiCall,
  threadTs: string,
  channel: string,
  hook: string,
  messageTs = nextTs(),
): Promise<ApiCall> {
  const before = h.fake.posts((body) => body.channel === EXPERTS).length;
  const value = button(answer.body.blocks, ACTION_IDS.askExpert).value;
  await h.sendAction(
    buttonClick({ actionId: ACTION_IDS.askExpert, value, responseUrl: h.fake.responseUrl(hook), channel, messageTs, threadTs }),
  );
  const posts = await waitFor(
    () => h.fake.posts((body) => body.channel === EXPERTS).length > before && h.fake.posts((body) => body.channel === EXPERTS),
    "the question in the experts' channel",
  );
  return posts.at(-1)!;
}

/** Clicks 「回答する」 as `user` and returns the modal views.open got (or undefined when none opened). */
async function clickAnswer(h: Harness, expertsMessage: ApiCall, hook: string, user = EXPERT): Promise<Record<string, unknown> | undefined> {
  const before = h.fake.calls.filter((call) => call.method === 'views.open').length;
  const id = button(expertsMessage.body.blocks, ACTION_IDS.answerEscalation).value;
  await h.sendAction(
    buttonClick({
      actionId: ACTION_IDS.answerEscalation,
      value: id,
      responseUrl: h.fake.responseUrl(hook),
      channel: EXPERTS,
      messageTs: expertsMessageTs,
      user,
    }),
  );
  const settled = await waitFor(
    () => h.fake.calls.filter((call) => call.method === 'views.open').length > before || h.fake.hooks(hook).length > 0,
    'the modal or a reply',
  );
  expect(settled).toBe(true);
  const opened = h.fake.calls.filter((call) => call.method === 'views.open');
  return opened.length > before ? (opened.at(-1)!.body.view as Record<string, unknown>) : undefined;
}

function submission(
  modal: Record<string, unknown>,
  answer: string,
  options: { status?: string; addToKnowledge?: boolean; user?: string } = {},
) {
  return viewSubmission({
    callbackId: ANSWER_MODAL_ID,
    privateMetadata: String(modal.private_metadata),
    user: options.user ?? EXPERT,
    userName: 'yamada.t',
    values: {
      [ANSWER_FIELDS.answer]: { [ANSWER_FIELDS.answer]: { type: 'plain_text_input', value: answer } },
      [ANSWER_FIELDS.status]: {
        [ANSWER_FIELDS.status]: {
          type: 'static_select',
          selected_option: options.status ? { text: { type: 'plain_text', text: options.status }, value: options.status } : null,
        },
      },
      [ANSWER_FIELDS.addToKnowledge]: {
        [ANSWER_FIELDS.addToKnowledge]: {
          type: 'checkboxes',
          selected_options:
            options.addToKnowledge === false ? [] : [{ text: { type: 'plain_text', text: 'ナレッジに追加' }, value: 'add' }],
        },
      },
    },
  });
}

describe('「専門家に聞く」 with KOTAE_EXPERTS_SLACK_CHANNEL set', () => {
  const h = useHarness({ env: { KOTAE_EXPERTS_SLACK_CHANNEL: EXPERTS } });

  it("takes a question from the asker's thread to the experts and the expert's answer back, into kotae-curated.csv, and kotae answers it from there next time", async () => {
    h.fake.users.set(EXPERT, '山田');
    const question = 'ペンギンの飼育方針はありますか';
    const channel = 'C0ESCALATE';
    const { answer, threadTs } = await ask(h, question, channel);
    expect(texts(answer)).toContain(MESSAGES.noConfidentAnswer);
    const askButton = button(answer.body.blocks, ACTION_IDS.askExpert);
    expect(askButton.text.text).toBe('専門家に聞く');

    const expertsMessage = await askExperts(h, answer, threadTs, channel, 'esc-ask', '1700009999.000100');
    const shown = texts(expertsMessage);
    expect(shown).toContain(question);
    expect(shown).toContain(`<@${USER}>`);
    expect(shown).toContain(`<https://kotae-test.slack.com/archives/${channel}/p1700009999000100|<#${channel}> のスレッド>`);
    const candidates = candidatesOf(h.deps.kotae.ask(question, { top: 3 }));
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates)
      expect(shown).toContain(`📄 ${candidate.citation.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}`);
    // 「回答する」 carries the escalation's id and nothing else.
    const answerButton = button(expertsMessage.body.blocks, ACTION_IDS.answerEscalation);
    expect(answerButton.value).toMatch(/^[0-9a-f-]{36}$/);
    const [recorded] = await h.deps.escalations.list();
    expect(recorded).toMatchObject({
      id: answerButton.value,
      question,
      asker: { id: USER },
      surface: 'slack',
      where: { channel, thread_ts: threadTs },
      state: 'open',
    });

    const [sent] = await waitFor(
      () =>
        h.fake.posts(
          (body) => body.channel === channel && body.thread_ts === threadTs && String(body.text).includes('セキュリティ担当に確認中です'),
        ),
      "the note in the asker's thread",
    );
    expect(sent).toBeDefined();

    const modal = await clickAnswer(h, expertsMessage, 'esc-answer');
    expect(modal).toMatchObject({ type: 'modal', callback_id: ANSWER_MODAL_ID });
    const blocks = JSON.stringify(modal!.blocks);
    expect(blocks).toContain('"multiline":true');
    for (const mark of ['○', '×', '△', '−']) expect(blocks).toContain(`"value":"${mark}"`);
    expect(blocks).toMatch(/"initial_options":\[\{"text":\{"type":"plain_text","text":"ナレッジに追加"/);

    const response = await h.sendAction(submission(modal!, '社内規程でペンギンの飼育方針を定めています。', { status: '○' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');

    const [delivered] = await waitFor(
      () =>
        h.fake.posts(
          (body) => body.channel === channel && body.thread_ts === threadTs && texts({ body } as ApiCall).includes('山田さんの回答'),
        ),
      "the answer in the asker's thread",
    );
    expect(texts(delivered!)).toContain('*山田さんの回答*: *○ 対応*\n社内規程でペンギンの飼育方針を定めています。');
    const [updated] = await waitFor(
      () =>
        h.fake.calls.filter((call) => call.method === 'chat.update' && call.body.channel === EXPERTS && call.body.ts === expertsMessageTs),
      "the experts' message marked answered",
    );
    expect(texts(updated!)).toContain('✅ 山田さんが回答しました');
    expect(buttonsOf(updated!.body.blocks)).toEqual([]);

    const csv = await readFile(path.join(h.knowledgeDir, CURATED_FILE), 'utf8');
    expect(csv).toMatch(/C-1,,ペンギンの飼育方針はありますか,○,社内規程でペンギンの飼育方針を定めています。,,山田,\d{4}-\d{2}-\d{2}/);
    expect(texts(delivered!)).toMatch(/ナレッジに追加しました: kotae-curated\.csv › No\.C-1 \(山田, \d{4}-\d{2}-\d{2}\)/);

    const again = await ask(h, question, 'C0ESCAGAIN');
    const card = texts(again.answer);
    expect(card).toContain('社内規程でペンギンの飼育方針を定めています。');
    expect(card).toMatch(/📄 kotae-curated\.csv › No\.C-1 \(山田, \d{4}-\d{2}-\d{2}\)/);
    expect(card).not.toContain(MESSAGES.noConfidentAnswer);

    // A second 「回答する」 says who answered, and opens nothing.
    expect(await clickAnswer(h, expertsMessage, 'esc-answer-again', 'UOTHER01')).toBeUndefined();
    expect(h.fake.hooks('esc-answer-again')[0]!.body.text).toContain('この質問には山田さんが回答済みです');
    // So does a second modal submitted after the first answer.
    const late = await h.sendAction(submission(modal!, '別の回答です。', { user: 'UOTHER01' }));
    expect(await late.json()).toEqual({
      response_action: 'errors',
      errors: { [ANSWER_FIELDS.answer]: expect.stringContaining('山田さんが回答済み') },
    });
    expect((await h.deps.escalations.get(answerButton.value))?.answered).toMatchObject({
      answer: '社内規程でペンギンの飼育方針を定めています。',
      by: '山田',
    });
  });

  it('keeps the modal open with a field error for an empty answer, and records nothing', async () => {
    const { answer, threadTs } = await ask(h, 'シロクマの給餌記録は保管していますか', 'C0EMPTY');
    const expertsMessage = await askExperts(h, answer, threadTs, 'C0EMPTY', 'empty-ask');
    const modal = await clickAnswer(h, expertsMessage, 'empty-answer');
    for (const blank of ['', '  \n ']) {
      const response = await h.sendAction(submission(modal!, blank));
      expect(await response.json()).toEqual({ response_action: 'errors', errors: { [ANSWER_FIELDS.answer]: MESSAGES.answerRequired } });
    }
    const id = button(expertsMessage.body.blocks, ACTION_IDS.answerEscalation).value;
    expect((await h.deps.escalations.get(id))?.state).toBe('open');
  });

  it('answers a private /ask in a DM, and leaves the knowledge alone when 「ナレッジに追加」 is unchecked', async () => {
    h.fake.users.set('UEXPERT02', '佐藤');
    const question = 'カワウソの入館手続きはありますか';
    await h.sendCommand({ text: question, response_url: h.fake.responseUrl('dm-ask') });
    const [privateAnswer] = await waitFor(() => h.fake.hooks('dm-ask'), 'the private answer');
    const value = button(privateAnswer!.body.blocks, ACTION_IDS.askExpert).value;
    const before = h.fake.posts((body) => body.channel === EXPERTS).length;
    await h.sendAction(
      buttonClick({ actionId: ACTION_IDS.askExpert, value, responseUrl: h.fake.responseUrl('dm-click'), ephemeral: true }),
    );
    const [note] = await waitFor(() => h.fake.hooks('dm-click'), 'the private note');
    expect(note!.body).toMatchObject({ response_type: 'ephemeral', text: MESSAGES.escalated });
    const expertsMessage = h.fake.posts((body) => body.channel === EXPERTS).at(before)!;
    expect(texts(expertsMessage)).toContain('<#C0SALES> の /ask（本人のみ表示）');

    const csvBefore = await readFile(path.join(h.knowledgeDir, CURATED_FILE), 'utf8').catch(() => '');
    const modal = await clickAnswer(h, expertsMessage, 'dm-answer', 'UEXPERT02');
    await h.sendAction(submission(modal!, '受付で入館証を発行します。', { status: '△', addToKnowledge: false, user: 'UEXPERT02' }));
    const [delivered] = await waitFor(() => h.fake.posts((body) => body.channel === USER), "the answer in the asker's DM");
    expect(texts(delivered!)).toContain('*佐藤さんの回答*: *△ 一部対応*\n受付で入館証を発行します。');
    expect(texts(delivered!)).not.toContain('ナレッジに追加しました');
    expect(await readFile(path.join(h.knowledgeDir, CURATED_FILE), 'utf8').catch(() => '')).toBe(csvBefore);
  });

  it("brings an answer given in the console back to the asker's thread", async () => {
    const question = 'カワウソの散歩当番はいますか';
    const channel = 'C0CONSOLE';
    const { answer, threadTs } = await ask(h, question, channel);
    await askExperts(h, answer, threadTs, channel, 'console-ask');
    const [open] = await h.deps.escalations.list();
    expect(open).toMatchObject({ question, state: 'open' });
    // What POST /api/admin/escalations/:id/answer does for the console's 「回答を登録」.
    const { escalation } = await answerEscalation(h.deps, open!.id, {
      answer: '当番表で管理しています。',
      status: '○',
      author: '佐藤',
      addToKnowledge: false,
    });
    expect(await h.deps.escalations.deliver(escalation)).toBe(true);
    const [delivered] = await waitFor(
      () =>
        h.fake.posts(
          (body) => body.channel === channel && body.thread_ts === threadTs && texts({ body } as ApiCall).includes('佐藤さんの回答'),
        ),
      "the console's answer in the asker's thread",
    );
    expect(texts(delivered!)).toContain('当番表で管理しています。');
  });

  it("tells the asker clearly, and logs how to fix it, when the bot is not in the experts' channel; once invited, the same button works", async () => {
    const question = 'アザラシの健康診断は年に何回ですか';
    const { answer, threadTs } = await ask(h, question, 'C0NOTIN');
    h.fake.script('chat.postMessage', { status: 200, body: { ok: false, error: 'not_in_channel' } });
    const value = button(answer.body.blocks, ACTION_IDS.askExpert).value;
    const messageTs = nextTs();
    await h.sendAction(
      buttonClick({
        actionId: ACTION_IDS.askExpert,
        value,
        responseUrl: h.fake.responseUrl('notin'),
        channel: 'C0NOTIN',
        messageTs,
        threadTs,
      }),
    );
    const [reply] = await waitFor(() => h.fake.hooks('notin'), 'the reply to the asker');
    expect(reply!.body).toMatchObject({ response_type: 'ephemeral', text: MESSAGES.expertsUnreachable });
    const warning = await waitFor(() => h.logLines.find((line) => line.includes('slack_experts_channel_unreachable')), 'the warning');
    expect(JSON.parse(warning)).toMatchObject({
      level: 40,
      experts_channel: EXPERTS,
      slack_error: 'not_in_channel',
      msg: expect.stringContaining('invite the bot to that channel'),
    });
    // The admins still see the question.
    expect((await h.deps.escalations.list()).map((e) => e.question)).toContain(question);
    expect(h.fake.posts((body) => body.channel === 'C0NOTIN' && String(body.text).includes('確認中'))).toEqual([]);

    const before = h.fake.posts((body) => body.channel === EXPERTS).length;
    await h.sendAction(
      buttonClick({
        actionId: ACTION_IDS.askExpert,
        value,
        responseUrl: h.fake.responseUrl('notin-again'),
        channel: 'C0NOTIN',
        messageTs,
        threadTs,
      }),
    );
    await waitFor(
      () => h.fake.posts((body) => body.channel === 'C0NOTIN' && String(body.text).includes('確認中')),
      'the note after the retry',
    );
    expect(h.fake.posts((body) => body.channel === EXPERTS)).toHaveLength(before + 1);
  });
});

describe("「専門家に聞く」 without an experts' channel", () => {
  const h = useHarness();

  it('is not offered under an answer or a "no confident answer"', async () => {
    for (const question of ['データは暗号化されていますか', 'ペンギンの飼育方針はありますか']) {
      const { answer } = await ask(h, question, 'C0NOEXPERTS');
      expect(buttonsOf(answer.body.blocks).map((b) => b.action_id)).not.toContain(ACTION_IDS.askExpert);
    }
  });
});
