import express from 'express';
import { describe, expect, it } from 'vitest';
import { mountSlack } from '../../../src/bots/slack/index.js';
import { ACTION_IDS } from '../../../src/bots/slack/blocks.js';
import { loadConfig } from '../../../src/config.js';
import { blockTexts, buttonClick, commandFields, eventCallback, mentionEvent, useHarness } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

const APP_TOKEN = 'xapp-1-A0KOTAE-1-testappleveltoken';

describe('Slack in Socket Mode (SLACK_APP_TOKEN)', () => {
  const h = useHarness({ env: { SLACK_APP_TOKEN: APP_TOKEN } });

  it('connects with the app-level token, through SLACK_API_URL', () => {
    const open = h.fake.calls.filter((call) => call.method === 'apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]!.authorization).toBe(`Bearer ${APP_TOKEN}`);
    expect(h.fake.socketConnections).toBe(1);
  });

  it('acks a mention arriving over the socket and answers it in its thread', async () => {
    const event = mentionEvent('データの暗号化はしていますか', { channel: 'C0SOCKET' });
    const envelope = h.fake.sendEnvelope('events_api', eventCallback(event));
    await waitFor(() => h.fake.acks.includes(envelope), 'the ack');
    const [reply] = await waitFor(() => h.fake.posts((body) => body.channel === 'C0SOCKET'), 'the answer');
    expect(reply!.body.thread_ts).toBe(event.ts);
    expect(blockTexts(reply!.body.blocks).join('\n')).toContain(`📄 ${h.topAnswer('データの暗号化はしていますか').citation}`);
  });

  it('answers a redelivered envelope only once', async () => {
    const event = mentionEvent('バックアップは取得していますか', { channel: 'C0SOCKETRETRY' });
    const body = eventCallback(event);
    h.fake.sendEnvelope('events_api', body);
    await waitFor(() => h.fake.posts((b) => b.channel === 'C0SOCKETRETRY'), 'the answer');
    const retry = h.fake.sendEnvelope('events_api', body, 1);
    await waitFor(() => h.fake.acks.includes(retry), 'the ack of the retry');
    const sentinel = mentionEvent('パスワードの最小文字数', { channel: 'C0SOCKETSENTINEL' });
    h.fake.sendEnvelope('events_api', eventCallback(sentinel));
    await waitFor(() => h.fake.posts((b) => b.channel === 'C0SOCKETSENTINEL'), 'the sentinel answer');
    expect(h.fake.posts((b) => b.channel === 'C0SOCKETRETRY')).toHaveLength(1);
  });

  it('answers /ask and takes button clicks over the socket', async () => {
    const envelope = h.fake.sendEnvelope(
      'slash_commands',
      commandFields(h.fake, { text: 'パスワードの最小文字数', response_url: h.fake.responseUrl('socket-ask') }),
    );
    await waitFor(() => h.fake.acks.includes(envelope), 'the ack');
    const [answer] = await waitFor(() => h.fake.hooks('socket-ask'), 'the private answer');
    expect(answer!.body.response_type).toBe('ephemeral');
    const share = (answer!.body.blocks as Array<{ type: string; elements?: Array<{ action_id: string; value: string }> }>)
      .find((block) => block.type === 'actions')!
      .elements!.find((element) => element.action_id === ACTION_IDS.share)!;
    h.fake.sendEnvelope(
      'interactive',
      buttonClick({ actionId: ACTION_IDS.share, value: share.value, responseUrl: h.fake.responseUrl('socket-share'), ephemeral: true }),
    );
    const [shared] = await waitFor(() => h.fake.hooks('socket-share'), 'the shared answer');
    expect(shared!.body.response_type).toBe('in_channel');
  });

  it('opens no HTTP route', async () => {
    const response = await fetch(h.eventsUrl, { method: 'POST', body: '{}' });
    expect(response.status).toBe(404);
  });

  it('fails at start, naming SLACK_APP_TOKEN, when Slack refuses it', async () => {
    h.fake.script('apps.connections.open', { status: 200, body: { ok: false, error: 'invalid_auth' } });
    const deps = {
      ...h.deps,
      config: loadConfig({
        SLACK_BOT_TOKEN: h.deps.config.SLACK_BOT_TOKEN,
        SLACK_APP_TOKEN: 'xapp-1-revoked',
        SLACK_API_URL: h.fake.apiUrl,
      }),
    };
    await expect(mountSlack(express(), deps)).rejects.toThrow(/SLACK_APP_TOKEN/);
  });
});
