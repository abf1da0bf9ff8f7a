import { describe, expect, it } from 'vitest';
import { eventKeys } from '../../../src/bots/slack/dedupe.js';
import { dmEvent, mentionEvent, nextEventId, useHarness } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

describe('eventKeys', () => {
  it('identifies a message delivery by event id and by channel + ts', () => {
    expect(eventKeys({ type: 'event_callback', event_id: 'Ev1', event: { type: 'app_mention', channel: 'C1', ts: '1.2' } })).toEqual([
      'event:Ev1',
      'message:C1:1.2',
    ]);
  });

  it('has nothing to say about commands and button clicks', () => {
    expect(eventKeys({ command: '/ask', text: 'x' })).toEqual([]);
    expect(eventKeys({ type: 'block_actions' })).toEqual([]);
  });
});

describe('duplicate Slack deliveries', () => {
  const h = useHarness();

  /** Answers a later question and waits for it, so that anything the earlier ones caused has landed. */
  async function settle(): Promise<void> {
    const sentinel = mentionEvent('パスワードの最小文字数', { channel: `C0SENTINEL${nextEventId()}` });
    await h.sendEvent(sentinel);
    await waitFor(() => h.fake.posts((body) => body.channel === sentinel.channel), 'the sentinel answer');
  }

  it('answers once when Slack retries a delivery (X-Slack-Retry-Num)', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0RETRY' });
    const eventId = nextEventId();
    await h.sendEvent(event, { eventId });
    await waitFor(() => h.fake.posts((body) => body.channel === 'C0RETRY'), 'the first answer');
    const retry = await h.sendEvent(event, { eventId, headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    expect(retry.status).toBe(200);
    await settle();
    expect(h.fake.posts((body) => body.channel === 'C0RETRY')).toHaveLength(1);
  });

  it('answers once when the same event arrives twice at the same moment', async () => {
    const event = mentionEvent('バックアップは取得していますか', { channel: 'C0TWICE' });
    const eventId = nextEventId();
    await Promise.all([h.sendEvent(event, { eventId }), h.sendEvent(event, { eventId })]);
    await waitFor(() => h.fake.posts((body) => body.channel === 'C0TWICE'), 'the answer');
    await settle();
    expect(h.fake.posts((body) => body.channel === 'C0TWICE')).toHaveLength(1);
  });

  it('answers once when one DM arrives as both message.im and app_mention (different event ids)', async () => {
    const message = dmEvent('ログの保存期間', { channel: 'D0BOTH' });
    await h.sendEvent(message);
    await h.sendEvent({ ...mentionEvent('ログの保存期間'), channel: 'D0BOTH', ts: message.ts, event_ts: message.ts });
    await waitFor(() => h.fake.posts((body) => body.channel === 'D0BOTH'), 'the answer');
    await settle();
    expect(h.fake.posts((body) => body.channel === 'D0BOTH')).toHaveLength(1);
  });

  it('still answers a retry whose first delivery never reached us', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0LOST' });
    await h.sendEvent(event, { headers: { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' } });
    await waitFor(() => h.fake.posts((body) => body.channel === 'C0LOST'), 'the answer to the retry');
  });
});
