import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountSlack } from '../../../src/bots/slack/index.js';
import type { BotDeps } from '../../../src/bots/types.js';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { createAnswerLibrary } from '../../../src/core/answer-library.js';
import { createAsker } from '../../../src/core/asking.js';
import { FillService } from '../../../src/fill/index.js';
import { KotaeService } from '../../../src/core/kotae-service.js';
import { QuestionLog } from '../../../src/core/question-log.js';
import { createLogger } from '../../../src/logging.js';
import { makeKnowledgeFolder } from '../../helpers/knowledge-folder.js';
import { FakeSlack } from './fake-slack.js';
import { BOT_TOKEN, mentionEvent, SIGNING_SECRET, useHarness } from './harness.js';
import { waitFor } from '../../helpers/wait-for.js';

describe('mountSlack', () => {
  let kotae: KotaeService;
  let knowledge: { dir: string; cleanup: () => void };
  let dataDir: string;
  let fake: FakeSlack;

  beforeAll(async () => {
    knowledge = makeKnowledgeFolder({ samples: ['jinjer.txt'] });
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-slack-mount-'));
    kotae = new KotaeService(knowledge.dir);
    await kotae.reload();
    fake = new FakeSlack();
    await fake.start();
  }, 60_000);

  afterAll(async () => {
    await fake?.stop();
    knowledge?.cleanup();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  function depsFor(env: Record<string, string>): BotDeps {
    const logger = createLogger('silent');
    const questionLog = new QuestionLog(dataDir);
    return {
      config: loadConfig({ KOTAE_DATA_DIR: dataDir, ...env }),
      kotae,
      questionLog,
      asker: createAsker(kotae, questionLog, logger),
      fills: new FillService(kotae),
      logger,
      ...createAnswerLibrary({ kotae, logger }, dataDir),
    };
  }

  it('stays off, adding no route, when SLACK_BOT_TOKEN is not set', async () => {
    const app = express();
    expect(await mountSlack(app, depsFor({}))).toBeNull();
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, {
        method: 'POST',
        body: '{}',
      });
      expect(response.status).toBe(404);
    } finally {
      server.close();
    }
  });

  it('fails at start, naming SLACK_BOT_TOKEN, when Slack rejects the token', async () => {
    fake.authTest = { ok: false, error: 'invalid_auth' };
    try {
      const deps = depsFor({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
      await expect(mountSlack(express(), deps)).rejects.toThrow(/SLACK_BOT_TOKEN.*invalid_auth/);
    } finally {
      fake.authTest = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0KOTAE' };
    }
  });

  it('fails at start, naming SLACK_API_URL, when the Web API cannot be reached', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const deps = depsFor({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `http://127.0.0.1:${port}/api/`,
    });
    await expect(mountSlack(express(), deps)).rejects.toThrow(/SLACK_API_URL/);
  }, 30_000);

  it('never puts the token in the start-up error', async () => {
    fake.authTest = { ok: false, error: 'invalid_auth' };
    try {
      const deps = depsFor({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: fake.apiUrl });
      const error = await mountSlack(express(), deps).catch((e: unknown) => e);
      expect(String(error)).not.toContain(BOT_TOKEN);
    } finally {
      fake.authTest = { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T0KOTAE' };
    }
  });
});

describe('Slack configuration', () => {
  it('refuses malformed tokens at start, naming each variable and never its value', () => {
    const attempt = () =>
      loadConfig({ SLACK_BOT_TOKEN: 'xoxp-user-token-value', SLACK_APP_TOKEN: 'xoxb-not-an-app-token', SLACK_SIGNING_SECRET: 's' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      expect((error as ConfigError).variables).toEqual(expect.arrayContaining(['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN']));
      expect((error as Error).message).not.toContain('xoxp-user-token-value');
    }
  });

  it('requires SLACK_SIGNING_SECRET for HTTP mode unless SLACK_APP_TOKEN selects Socket Mode', () => {
    expect(() => loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN })).toThrow(/SLACK_SIGNING_SECRET/);
    expect(() => loadConfig({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A0-1-abc' })).not.toThrow();
  });
});

describe('stopping the Slack adapter', () => {
  const h = useHarness();

  it('lets an answer that is being written finish before it resolves, and can be called twice', async () => {
    // A 429 holds the answer in the Web API client for a second: stop() must wait it out.
    h.fake.script('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    await h.sendEvent(mentionEvent('データの暗号化はしていますか', { channel: 'C0STOP' }));
    await waitFor(() => h.fake.calls.some((call) => call.method === 'chat.postMessage' && call.scripted), 'the rate-limited attempt');
    await h.handle.stop();
    expect(h.fake.posts((body) => body.channel === 'C0STOP')).toHaveLength(1);
    await h.handle.stop();
  });
});
