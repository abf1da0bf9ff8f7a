import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../../src/bots/slack/blocks.js';
import { BOT_ID, BOT_USER_ID } from '../fake-slack.js';
import { INJECTION_QUESTION, LONG_QUESTION } from '../fixtures.js';
import { blockTexts, BOT_TOKEN, dmEvent, mentionEvent, SIGNING_SECRET, useHarness } from '../harness.js';
import { waitFor } from '../../../helpers/wait-for.js';

const h = useHarness();

const postsIn = (channel: string, threadTs?: string) =>
  h.fake.posts((body) => body.channel === channel && (threadTs === undefined || body.thread_ts === threadTs));

describe('Slack messages', () => {
  it('answers a channel mention in the thread of the question, with status, citation and confidence', async () => {
    const question = 'データの暗号化はしていますか';
    const top = h.topAnswer(question);
    const event = mentionEvent(question);
    const response = await h.sendEvent(event);
    expect(response.status).toBe(200);

    const [reply] = await waitFor(() => postsIn('C0SALES', event.ts as string), 'the threaded answer');
    const texts = blockTexts(reply!.body.blocks).join('\n');
    expect(top.citation).toMatch(/^jinjer\.txt › .+ › No\.\d+$/);
    expect(texts).toContain(`📄 ${top.citation}`);
    expect(texts).toContain('○ 対応');
    expect(texts).toContain(`信頼度 ${Math.round(top.confidence * 100)}%`);
    expect(texts).toContain('他の候補 (other candidates)');
    expect(JSON.stringify(reply!.body.blocks)).toContain('kotae_feedback_helpful');
    // The bot's token went in the Authorization header to our fake API.
    expect(reply!.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers a mention made inside a thread in that same thread', async () => {
    const event = mentionEvent('パスワードの最小文字数', { thread_ts: '1690000000.000001' });
    await h.sendEvent(event);
    const [reply] = await waitFor(() => postsIn('C0SALES', '1690000000.000001'), 'the answer in the existing thread');
    expect(blockTexts(reply!.body.blocks).join('\n')).toContain('パスワード');
  });

  it('answers a DM in the DM itself, not in a thread', async () => {
    const event = dmEvent('バックアップは取得していますか');
    await h.sendEvent(event);
    const [reply] = await waitFor(
      () => postsIn('D0USER01').filter((call) => JSON.stringify(call.body).includes('バックアップ')),
      'the DM answer',
    );
    expect(reply!.body.thread_ts).toBeUndefined();
  });

  it('says plainly when there is no confident answer, lists the nearest candidates and logs the question', async () => {
    const question = '猫の好きな食べ物は何ですか';
    expect(h.deps.kotae.ask(question).answered, 'kotae itself must find no confident answer').toBe(false);
    const event = mentionEvent(question);
    await h.sendEvent(event);
    const [reply] = await waitFor(() => postsIn('C0SALES', event.ts as string), 'the no-confident-answer reply');
    const texts = blockTexts(reply!.body.blocks).join('\n');
    expect(texts).toContain('確信を持てる回答はありません (no confident answer)');
    expect(texts.match(/📄/g)?.length).toBeGreaterThanOrEqual(1);
    expect(texts.match(/📄/g)?.length).toBeLessThanOrEqual(3);
    // The asker records the question before the reply is built, so it is on disk by now.
    const log = await readFile(path.join(h.dataDir, 'unanswered.jsonl'), 'utf8');
    expect(log).toContain(question);
    expect(log).toContain('"channel":"slack"');
  });

  it('escapes knowledge text, so <!channel> in a checksheet pings nobody', async () => {
    const event = mentionEvent(INJECTION_QUESTION);
    await h.sendEvent(event);
    const [reply] = await waitFor(() => postsIn('C0SALES', event.ts as string), 'the answer to the injection item');
    const sent = JSON.stringify({ text: reply!.body.text, blocks: reply!.body.blocks });
    expect(sent).toContain('&lt;!channel&gt; &amp;');
    expect(sent).toContain('&lt;@U0ADMIN&gt;');
    expect(sent).not.toContain('<!channel>');
    expect(sent).not.toContain('<@U0ADMIN>');
    expect(sent).not.toMatch(/<b>/);
  });

  it('keeps an oversized answer within Block Kit limits, cut with … and with its citation', async () => {
    const event = mentionEvent(LONG_QUESTION);
    await h.sendEvent(event);
    const [reply] = await waitFor(() => postsIn('C0SALES', event.ts as string), 'the answer to the long item');
    const blocks = reply!.body.blocks as Array<Record<string, unknown>>;
    expect(blocks.length).toBeLessThanOrEqual(LIMITS.blocks);
    const texts = blockTexts(blocks);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(LIMITS.sectionText);
    expect(texts.join('').length).toBeLessThanOrEqual(LIMITS.totalBlockText);
    const all = texts.join('\n');
    expect(all).toContain('long.tsv › No.7');
    expect(all).toContain('…');
    expect(all).not.toMatch(/&[a-z]{0,4}…/);
  });

  it('ignores its own messages and other bots, and still answers people', async () => {
    await h.sendEvent(dmEvent('データの暗号化はしていますか', { user: BOT_USER_ID, bot_id: BOT_ID }));
    await h.sendEvent(dmEvent('データの暗号化はしていますか', { subtype: 'bot_message', bot_id: 'B0OTHER', user: undefined }));
    await h.sendEvent(dmEvent('データの暗号化はしていますか', { bot_id: 'B0OTHER', user: 'U0OTHERBOT' }));
    await h.sendEvent(mentionEvent('データの暗号化はしていますか', { channel: 'C0BOTS', bot_id: 'B0OTHER', user: 'U0OTHERBOT' }));
    const person = dmEvent('ログの保存期間', { channel: 'D0BOTTEST' });
    await h.sendEvent(person);
    await waitFor(() => postsIn('D0BOTTEST'), 'the answer to the person');
    expect(postsIn('D0BOTTEST')).toHaveLength(1);
    expect(postsIn('C0BOTS')).toHaveLength(0);
    expect(h.fake.posts((body) => body.channel === 'D0USER01' && JSON.stringify(body).includes('暗号化'))).toHaveLength(0);
  });

  it('shows how to ask when mentioned without a question', async () => {
    const event = mentionEvent('');
    await h.sendEvent(event);
    const [reply] = await waitFor(() => postsIn('C0SALES', event.ts as string), 'the help reply');
    expect(reply!.body.text).toContain('/ask');
  });

  it('apologises briefly, without internals, when posting the answer fails', async () => {
    h.fake.script('chat.postMessage', { status: 200, body: { ok: false, error: 'invalid_blocks' } });
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0FAILS' });
    await h.sendEvent(event);
    const [apology] = await waitFor(() => postsIn('C0FAILS', event.ts as string), 'the apology');
    expect(apology!.body.text).toContain('申し訳ありません');
    expect(JSON.stringify(apology!.body)).not.toMatch(/invalid_blocks|Error|at .*\.js/);
    expect(h.logLines.some((line) => line.includes('could not answer a Slack message') && line.includes('invalid_blocks'))).toBe(true);
  });

  it('waits out a 429 Retry-After from the Web API and answers once', async () => {
    h.fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0BUSY' });
    await h.sendEvent(event);
    await waitFor(() => postsIn('C0BUSY'), 'the answer after the rate limit');
    const attempts = h.fake.calls.filter((call) => call.method === 'chat.postMessage' && call.body.channel === 'C0BUSY');
    expect(attempts.map((call) => call.scripted)).toEqual([true, false]);
  });

  it('never writes the bot token or the signing secret to the logs', () => {
    const logs = h.logLines.join('\n');
    expect(h.logLines.length).toBeGreaterThan(0);
    expect(logs).not.toContain(BOT_TOKEN);
    expect(logs).not.toContain(SIGNING_SECRET);
  });
});
