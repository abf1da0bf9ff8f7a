import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectProxy } from '../../support/connect-proxy.js';
import { commandFields, fileShareEvent, mentionEvent, startHarness, type Harness } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

const PROXY_CREDENTIALS = 'kotae:s3cret-proxy-pass';
const APP_TOKEN = 'xapp-1-A0KOTAE-1-testappleveltoken';
const CSV = new TextEncoder().encode('No.,質問\n1,データの暗号化はしていますか\n');

describe('Slack behind a proxy that wants credentials (HTTPS_PROXY)', () => {
  let proxy: ConnectProxy;
  let h: Harness;
  beforeAll(async () => {
    proxy = new ConnectProxy(PROXY_CREDENTIALS);
    await proxy.start();
    h = await startHarness({ env: { HTTPS_PROXY: proxy.urlWith(PROXY_CREDENTIALS) } });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await proxy?.stop();
  });

  it('checks the bot token through the proxy, with the proxy credentials', () => {
    const connects = proxy.connectsTo(h.fake.apiUrl);
    expect(connects.length).toBeGreaterThanOrEqual(1);
    expect(connects.every((c) => c.proxyAuthorization === `Basic ${Buffer.from(PROXY_CREDENTIALS).toString('base64')}`)).toBe(true);
  });

  it('posts answers through the proxy', async () => {
    const before = proxy.connects.length;
    await h.sendEvent(mentionEvent('データの暗号化はしていますか', { channel: 'C0PROXY' }));
    await waitFor(() => h.fake.posts((body) => body.channel === 'C0PROXY'), 'the answer');
    expect(proxy.connectsTo(h.fake.apiUrl).length).toBeGreaterThan(before);
  });

  it('downloads a shared file and uploads the filled copy through the proxy', async () => {
    const before = proxy.connects.length;
    const file = h.fake.addFile('proxy.csv', CSV, { contentType: 'text/csv' });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0PROXYFILE' }));
    await waitFor(() => h.fake.completedUploads((upload) => upload.channelId === 'D0PROXYFILE'), 'the filled file');
    // The receipt, files.getUploadURLExternal, the upload, completeUploadExternal, and the download.
    expect(proxy.connects.length - before).toBeGreaterThanOrEqual(5);
  });

  it('never logs the proxy credentials', () => {
    expect(h.logLines.join('\n')).not.toContain('s3cret-proxy-pass');
    expect(h.logLines.join('\n')).toContain(`"outbound":"${proxy.url}"`);
  });
});

describe('Slack in Socket Mode behind a proxy', () => {
  let proxy: ConnectProxy;
  let h: Harness;
  beforeAll(async () => {
    proxy = new ConnectProxy();
    await proxy.start();
    h = await startHarness({ env: { HTTPS_PROXY: proxy.url, SLACK_APP_TOKEN: APP_TOKEN } });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await proxy?.stop();
  });

  it('opens the WebSocket through the proxy, and answers /ask to its response_url through it', async () => {
    // auth.test, apps.connections.open and the WebSocket itself.
    expect(proxy.connectsTo(h.fake.apiUrl).length).toBeGreaterThanOrEqual(3);
    expect(h.fake.socketConnections).toBe(1);
    const before = proxy.connects.length;
    h.fake.sendEnvelope(
      'slash_commands',
      commandFields(h.fake, { text: 'パスワードの最小文字数', response_url: h.fake.responseUrl('proxy-ask') }),
    );
    await waitFor(() => h.fake.hooks('proxy-ask'), 'the private answer');
    expect(proxy.connects.length).toBeGreaterThan(before);
  });
});

describe('Slack with the stand-in listed in NO_PROXY', () => {
  let proxy: ConnectProxy;
  let h: Harness;
  beforeAll(async () => {
    proxy = new ConnectProxy();
    await proxy.start();
    h = await startHarness({ env: { https_proxy: proxy.url, no_proxy: 'localhost,127.0.0.1' } });
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await proxy?.stop();
  });

  it('goes direct, and still answers and fills', async () => {
    await h.sendEvent(mentionEvent('データの暗号化はしていますか', { channel: 'C0DIRECT' }));
    await waitFor(() => h.fake.posts((body) => body.channel === 'C0DIRECT'), 'the answer');
    const file = h.fake.addFile('direct.csv', CSV, { contentType: 'text/csv' });
    await h.sendEvent(fileShareEvent([file], { channel: 'D0DIRECTFILE' }));
    await waitFor(() => h.fake.completedUploads((upload) => upload.channelId === 'D0DIRECTFILE'), 'the filled file');
    expect(proxy.connects).toHaveLength(0);
  });
});
