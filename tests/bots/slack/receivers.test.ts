import { describe, expect, it } from 'vitest';
import { mentionEvent, sign, useHarness } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

const h = useHarness();

const now = () => Math.floor(Date.now() / 1000);

describe('Slack HTTP endpoint (POST /slack/events)', () => {
  it('accepts a request signed like Slack and acks it with 200', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0SIGNED' });
    const response = await h.sendEvent(event);
    expect(response.status).toBe(200);
    await waitFor(() => h.fake.posts((body) => body.channel === 'C0SIGNED'), 'the answer');
  });

  it('answers Slack’s url_verification challenge', async () => {
    const body = JSON.stringify({
      token: 'legacy',
      challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    });
    const response = await h.post(body, 'application/json');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'challenge-3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('refuses a bad signature with 401 and answers nothing', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0FORGED' });
    const wrongSecret = await h.sendEvent(event, { signature: sign(JSON.stringify(event), now(), 'not-the-secret') });
    expect(wrongSecret.status).toBe(401);
    const garbage = await h.sendEvent(event, { signature: 'v0=deadbeef' });
    expect(garbage.status).toBe(401);
    const missing = await fetch(h.eventsUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'event_callback', event }),
    });
    expect(missing.status).toBe(401);
    await expectNothingPostedTo('C0FORGED');
  });

  it('refuses a correctly signed request whose timestamp is 6 minutes old, or 6 minutes ahead, with 401', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0REPLAY' });
    const old = await h.sendEvent(event, { timestamp: now() - 6 * 60 });
    expect(old.status).toBe(401);
    const ahead = await h.sendEvent(event, { timestamp: now() + 6 * 60 });
    expect(ahead.status).toBe(401);
    await expectNothingPostedTo('C0REPLAY');
  });

  it('refuses a body far bigger than any Slack payload', async () => {
    const body = JSON.stringify({ type: 'event_callback', padding: 'x'.repeat(2 * 1024 * 1024) });
    const response = await h.post(body, 'application/json');
    expect(response.status).toBe(413);
  });

  it('leaves other routes of the server alone', async () => {
    const response = await fetch(h.eventsUrl.replace('/slack/events', '/slack/other'), { method: 'POST' });
    expect(response.status).toBe(404);
  });
});

/** A refused request must not be answered: prove it by answering a later one first. */
async function expectNothingPostedTo(channel: string): Promise<void> {
  const sentinel = mentionEvent('パスワードの最小文字数', { channel: `${channel}-SENTINEL` });
  await h.sendEvent(sentinel);
  await waitFor(() => h.fake.posts((body) => body.channel === `${channel}-SENTINEL`), 'the sentinel answer');
  expect(h.fake.posts((body) => body.channel === channel)).toHaveLength(0);
}
