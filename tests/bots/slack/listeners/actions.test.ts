import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_IDS } from '../../../../src/bots/slack/blocks.js';
import { decodeFeedbackValue } from '../../../../src/bots/slack/button-values.js';
import type { FeedbackEntry } from '../../../../src/core/question-log.js';
import { blockTexts, buttonClick, mentionEvent, nextTs, useHarness, USER } from '../harness.js';
import { waitFor } from '../../../helpers/wait-for.js';

const h = useHarness();

interface ButtonElement {
  readonly action_id: string;
  readonly value: string;
}

function buttonsOf(blocks: unknown): ButtonElement[] {
  const actions = (blocks as Array<{ type: string; elements?: ButtonElement[] }>).find((block) => block.type === 'actions');
  return actions?.elements ?? [];
}

function button(blocks: unknown, actionId: string): ButtonElement {
  const found = buttonsOf(blocks).find((element) => element.action_id === actionId);
  if (!found) throw new Error(`no ${actionId} button`);
  return found;
}

async function feedbackLines(): Promise<FeedbackEntry[]> {
  const text = await readFile(path.join(h.dataDir, 'feedback.jsonl'), 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as FeedbackEntry);
}

describe('"チャンネルに共有"', () => {
  it('posts the private /ask answer to the channel, restating the question, and removes the private copy', async () => {
    await h.sendCommand({ text: 'パスワードの最小文字数', response_url: h.fake.responseUrl('share-ask') });
    const [privateAnswer] = await waitFor(() => h.fake.hooks('share-ask'), 'the private answer');
    const share = button(privateAnswer!.body.blocks, ACTION_IDS.share);
    expect(share.value.length).toBeLessThanOrEqual(2000);

    const response = await h.sendAction(
      buttonClick({ actionId: ACTION_IDS.share, value: share.value, responseUrl: h.fake.responseUrl('share-click'), ephemeral: true }),
    );
    expect(response.status).toBe(200);
    const [shared, deleted] = await waitFor(
      () => h.fake.hooks('share-click').length >= 2 && h.fake.hooks('share-click'),
      'the public post and the deletion',
    );
    expect(shared!.body.response_type).toBe('in_channel');
    expect(shared!.body.replace_original).toBe(false);
    const texts = blockTexts(shared!.body.blocks).join('\n');
    expect(texts).toContain(`*質問*（<@${USER}> さん）`);
    expect(texts).toContain('パスワードの最小文字数');
    expect(texts).toContain(`📄 ${h.topAnswer('パスワードの最小文字数').citation}`);
    // The public copy has feedback buttons but no second share button.
    expect(buttonsOf(shared!.body.blocks).map((b) => b.action_id)).toEqual([ACTION_IDS.helpful, ACTION_IDS.unhelpful]);
    expect(deleted!.body.delete_original).toBe(true);
  });

  it('shares once on a double click', async () => {
    await h.sendCommand({ text: 'バックアップは取得していますか', response_url: h.fake.responseUrl('share-twice-ask') });
    const [privateAnswer] = await waitFor(() => h.fake.hooks('share-twice-ask'), 'the private answer');
    const share = button(privateAnswer!.body.blocks, ACTION_IDS.share);
    const messageTs = nextTs();
    const click = (id: string) =>
      h.sendAction(
        buttonClick({ actionId: ACTION_IDS.share, value: share.value, responseUrl: h.fake.responseUrl(id), messageTs, ephemeral: true }),
      );
    await Promise.all([click('share-twice-1'), click('share-twice-2')]);
    await waitFor(
      () => [...h.fake.hooks('share-twice-1'), ...h.fake.hooks('share-twice-2')].some((post) => post.body.delete_original === true),
      'the deletion',
    );
    // Settle: a later share has fully landed, so anything the second click did has too.
    await h.sendAction(
      buttonClick({
        actionId: ACTION_IDS.share,
        value: share.value,
        responseUrl: h.fake.responseUrl('share-twice-later'),
        ephemeral: true,
      }),
    );
    await waitFor(() => h.fake.hooks('share-twice-later').length >= 2, 'the later share');
    const publicPosts = [...h.fake.hooks('share-twice-1'), ...h.fake.hooks('share-twice-2')].filter(
      (post) => post.body.response_type === 'in_channel',
    );
    expect(publicPosts).toHaveLength(1);
  });

  it('says so, instead of posting, when the button value is unusable', async () => {
    await h.sendAction(
      buttonClick({ actionId: ACTION_IDS.share, value: 'not json', responseUrl: h.fake.responseUrl('share-bad'), ephemeral: true }),
    );
    const [reply] = await waitFor(() => h.fake.hooks('share-bad'), 'the reply');
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(reply!.body.text).toContain('共有できませんでした');
  });
});

describe('👍/👎 feedback', () => {
  it('stores 👍 and 👎 with the question, the item and the user, and thanks the user privately', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0FEEDBACK' });
    await h.sendEvent(event);
    const [answer] = await waitFor(() => h.fake.posts((body) => body.channel === 'C0FEEDBACK'), 'the answer');
    const up = button(answer!.body.blocks, ACTION_IDS.helpful);
    const down = button(answer!.body.blocks, ACTION_IDS.unhelpful);
    const messageTs = nextTs();

    await h.sendAction(buttonClick({ actionId: up.action_id, value: up.value, responseUrl: h.fake.responseUrl('fb-up'), messageTs }));
    const [thanks] = await waitFor(() => h.fake.hooks('fb-up'), 'the thank-you');
    expect(thanks!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(thanks!.body.text).toContain('ありがとうございます');

    await h.sendAction(
      buttonClick({ actionId: down.action_id, value: down.value, user: 'U0OTHER', responseUrl: h.fake.responseUrl('fb-down'), messageTs }),
    );
    await waitFor(() => h.fake.hooks('fb-down'), 'the second thank-you');

    const itemId = decodeFeedbackValue(up.value)!.itemId;
    expect(itemId).toBe(h.topAnswer('データの暗号化はしていますか').id);
    const lines = (await feedbackLines()).filter((line) => line.itemId === itemId);
    expect(lines).toEqual([
      expect.objectContaining({ channel: 'slack', question: 'データの暗号化はしていますか', itemId, helpful: true, user: USER }),
      expect.objectContaining({ channel: 'slack', question: 'データの暗号化はしていますか', itemId, helpful: false, user: 'U0OTHER' }),
    ]);
  });

  it('counts a double click once', async () => {
    const event = mentionEvent('バックアップは取得していますか', { channel: 'C0DOUBLE' });
    await h.sendEvent(event);
    const [answer] = await waitFor(() => h.fake.posts((body) => body.channel === 'C0DOUBLE'), 'the answer');
    const up = button(answer!.body.blocks, ACTION_IDS.helpful);
    const itemId = decodeFeedbackValue(up.value)!.itemId;
    const before = (await feedbackLines()).filter((line) => line.itemId === itemId).length;
    const messageTs = nextTs();
    await h.sendAction(buttonClick({ actionId: up.action_id, value: up.value, responseUrl: h.fake.responseUrl('dbl-1'), messageTs }));
    await waitFor(() => h.fake.hooks('dbl-1'), 'the first reply');
    await h.sendAction(buttonClick({ actionId: up.action_id, value: up.value, responseUrl: h.fake.responseUrl('dbl-2'), messageTs }));
    const [second] = await waitFor(() => h.fake.hooks('dbl-2'), 'the second reply');
    expect(second!.body.text).toContain('記録済み');
    expect((await feedbackLines()).filter((line) => line.itemId === itemId)).toHaveLength(before + 1);
  });

  it('ignores a feedback click whose value was tampered with', async () => {
    const before = (await feedbackLines()).length;
    await h.sendAction(buttonClick({ actionId: ACTION_IDS.helpful, value: '{"q":"x"}', responseUrl: h.fake.responseUrl('fb-bad') }));
    await waitFor(() => h.logLines.some((line) => line.includes('slack_feedback_invalid')), 'the warning');
    expect(await feedbackLines()).toHaveLength(before);
  });
});
