/**
 * The real Slack adapter on a real Express server on 127.0.0.1, with a real KotaeService (the
 * sample checksheets plus crafted ones), QuestionLog and asker. Slack is played by FakeSlack for
 * the Web API and by requests signed exactly like Slack's for everything coming in.
 */
import { afterAll, beforeAll } from 'vitest';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { mountSlack } from '../../../src/bots/slack/index.js';
import type { BotDeps, BotHandle } from '../../../src/bots/types.js';
import { loadConfig } from '../../../src/config.js';
import { createAnswerLibrary } from '../../../src/core/answer-library.js';
import { createAsker } from '../../../src/core/asking.js';
import { FillService } from '../../../src/fill/index.js';
import { KotaeService } from '../../../src/core/kotae-service.js';
import { QuestionLog } from '../../../src/core/question-log.js';
import type { RankedAnswer } from '../../../src/core/types.js';
import { createLogger } from '../../../src/logging.js';
import { makeKnowledgeFolder } from '../../helpers/knowledge-folder.js';
import { BOT_USER_ID, FakeSlack, TEAM_ID } from './fake-slack.js';
import { CRAFTED_FILES } from './fixtures.js';

export const SIGNING_SECRET = 'test-signing-secret-4f1c9a7e2b';
export const BOT_TOKEN = 'xoxb-1111-2222-testbottokenvalue';
export const ADMIN = 'UADMIN01';
export const USER = 'UUSER001';

export interface SendOptions {
  /** Seconds since the epoch; defaults to now. */
  readonly timestamp?: number;
  /** Overrides the computed `v0=…` signature. */
  readonly signature?: string;
  readonly headers?: Record<string, string>;
}

export interface Harness {
  readonly fake: FakeSlack;
  readonly deps: BotDeps;
  readonly handle: BotHandle;
  readonly eventsUrl: string;
  readonly knowledgeDir: string;
  readonly dataDir: string;
  /** Every log line the server wrote (JSON), at debug level. */
  readonly logLines: string[];
  /**
   * kotae's own best answer to a question. Tests compare the Slack card with it, so that they
   * check what Slack shows rather than how the search ranks.
   */
  topAnswer(question: string): RankedAnswer;
  post(body: string, contentType: string, options?: SendOptions): Promise<Response>;
  sendEvent(event: Record<string, unknown>, options?: SendOptions & { eventId?: string }): Promise<Response>;
  sendCommand(fields: Record<string, string>, options?: SendOptions): Promise<Response>;
  sendAction(payload: Record<string, unknown>, options?: SendOptions): Promise<Response>;
  close(): Promise<void>;
}

let counter = 0;
/** A fresh Slack message ts (`seconds.micros`), unique within the test run. */
export function nextTs(): string {
  counter++;
  return `${1_700_000_000 + counter}.${String(counter).padStart(6, '0')}`;
}

export function nextEventId(): string {
  counter++;
  return `Ev${String(counter).padStart(8, '0')}`;
}

export function mentionEvent(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return {
    type: 'app_mention',
    user: USER,
    text: `<@${BOT_USER_ID}> ${text}`,
    ts,
    event_ts: ts,
    channel: 'C0SALES',
    team: TEAM_ID,
    ...overrides,
  };
}

export function dmEvent(text: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const ts = nextTs();
  return { type: 'message', channel_type: 'im', user: USER, text, ts, event_ts: ts, channel: 'D0USER01', team: TEAM_ID, ...overrides };
}

/** A DM sharing files (message.im, subtype file_share), as Slack sends it. */
export function fileShareEvent(
  files: ReadonlyArray<Record<string, unknown>>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return dmEvent('', { subtype: 'file_share', files, upload: false, display_as_bot: false, ...overrides });
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface HarnessOptions {
  readonly env?: Record<string, string>;
  /** False leaves the knowledge unloaded, as during the server's start-up. */
  readonly loadKnowledge?: boolean;
}

/**
 * One harness for a test file or describe block: started before its tests, closed after them.
 * The returned object stands for the started harness.
 */
export function useHarness(options: HarnessOptions = {}): Harness {
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(options);
  }, 60_000);
  afterAll(async () => {
    await started?.close();
  });
  return new Proxy({} as Harness, {
    get(_target, key) {
      if (!started) throw new Error('the Slack harness is used before beforeAll started it');
      const value: unknown = Reflect.get(started, key);
      return typeof value === 'function' ? value.bind(started) : value;
    },
  });
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const knowledge = makeKnowledgeFolder({ files: CRAFTED_FILES });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-slack-data-'));
  const fake = new FakeSlack();
  fake.botToken = BOT_TOKEN;
  await fake.start();

  const logLines: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) });
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    KOTAE_ADMINS: ADMIN,
    KOTAE_DATA_DIR: dataDir,
    ...options.env,
  });
  const kotae = new KotaeService(knowledge.dir);
  if (options.loadKnowledge !== false) await kotae.reload();
  const questionLog = new QuestionLog(dataDir);
  const deps: BotDeps = {
    config,
    kotae,
    questionLog,
    asker: createAsker(kotae, questionLog, logger),
    fills: new FillService(kotae),
    logger,
    ...createAnswerLibrary({ kotae, logger }, dataDir),
  };

  const app = express();
  const handle = await mountSlack(app, deps);
  if (!handle) throw new Error('the Slack adapter did not mount');
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  const eventsUrl = `http://127.0.0.1:${port}/slack/events`;

  const post = (body: string, contentType: string, send: SendOptions = {}) => {
    const timestamp = send.timestamp ?? Math.floor(Date.now() / 1000);
    return fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': send.signature ?? sign(body, timestamp),
        ...send.headers,
      },
      body,
    });
  };

  return {
    fake,
    deps,
    handle,
    eventsUrl,
    knowledgeDir: knowledge.dir,
    dataDir,
    logLines,
    topAnswer(question) {
      const top = kotae.ask(question, { top: 3 }).results[0];
      if (!top) throw new Error(`kotae has no answer at all to ${question}`);
      return top;
    },
    post,
    sendEvent(event, send = {}) {
      return post(JSON.stringify(eventCallback(event, send.eventId)), 'application/json', send);
    },
    sendCommand(fields, send) {
      return post(new URLSearchParams(commandFields(fake, fields)).toString(), 'application/x-www-form-urlencoded', send);
    },
    sendAction(payload, send) {
      const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
      return post(body, 'application/x-www-form-urlencoded', send);
    },
    async close() {
      await handle.stop();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await fake.stop();
      knowledge.cleanup();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The Events API envelope Slack wraps an event in. */
export function eventCallback(event: Record<string, unknown>, eventId = nextEventId()): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    api_app_id: 'A0KOTAE',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** A slash command's fields, as Slack sends them. */
export function commandFields(fake: FakeSlack, fields: Record<string, string>): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: TEAM_ID,
    team_domain: 'kotae-test',
    channel_id: 'C0SALES',
    channel_name: 'sales',
    user_id: USER,
    user_name: 'sales.person',
    command: '/ask',
    text: '',
    api_app_id: 'A0KOTAE',
    trigger_id: `trigger-${nextEventId()}`,
    response_url: fake.responseUrl(`command-${nextEventId()}`),
    ...fields,
  };
}

/**
 * A block_actions payload for one button of a message the bot posted (or an ephemeral one). Slack
 * sends the clicked message along (`message`) unless it is ephemeral.
 */
export function buttonClick(options: {
  actionId: string;
  value: string;
  user?: string;
  responseUrl: string;
  messageTs?: string;
  ephemeral?: boolean;
  channel?: string;
  /** The clicked message's `thread_ts`, when it is a reply in a thread. */
  threadTs?: string;
}): Record<string, unknown> {
  const messageTs = options.messageTs ?? nextTs();
  const channel = options.channel ?? 'C0SALES';
  const message = { type: 'message', user: BOT_USER_ID, ts: messageTs, ...(options.threadTs ? { thread_ts: options.threadTs } : {}) };
  return {
    type: 'block_actions',
    user: { id: options.user ?? USER, username: 'sales.person', name: 'sales.person', team_id: TEAM_ID },
    api_app_id: 'A0KOTAE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: channel, is_ephemeral: options.ephemeral ?? false },
    trigger_id: `trigger-${nextEventId()}`,
    team: { id: TEAM_ID, domain: 'kotae-test' },
    channel: { id: channel, name: 'sales' },
    ...(options.ephemeral ? {} : { message }),
    response_url: options.responseUrl,
    actions: [
      {
        type: 'button',
        action_id: options.actionId,
        block_id: 'kotae_answer_actions',
        value: options.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

/** A view_submission payload: a person submitted a modal the bot opened, with these input values. */
export function viewSubmission(options: {
  callbackId: string;
  privateMetadata: string;
  values: Record<string, Record<string, Record<string, unknown>>>;
  user?: string;
  userName?: string;
}): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: TEAM_ID, domain: 'kotae-test' },
    user: {
      id: options.user ?? USER,
      username: options.userName ?? 'sales.person',
      name: options.userName ?? 'sales.person',
      team_id: TEAM_ID,
    },
    api_app_id: 'A0KOTAE',
    token: 'legacy-verification-token',
    trigger_id: `trigger-${nextEventId()}`,
    view: {
      id: `V${nextEventId()}`,
      team_id: TEAM_ID,
      type: 'modal',
      callback_id: options.callbackId,
      private_metadata: options.privateMetadata,
      state: { values: options.values },
      hash: 'hash',
      title: { type: 'plain_text', text: '回答する' },
      close: null,
      submit: null,
      blocks: [],
      app_id: 'A0KOTAE',
      bot_id: 'BBOT',
      root_view_id: null,
      previous_view_id: null,
      clear_on_close: false,
      notify_on_close: false,
    },
    response_urls: [],
  };
}

/** Every mrkdwn/plain text string in a list of blocks. */
export function blockTexts(blocks: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (typeof record.text === 'string') out.push(record.text);
      for (const value of Object.values(record)) if (typeof value === 'object') walk(value);
    }
  };
  walk(blocks);
  return out;
}
