/**
 * A real kotae (knowledge copied from the repository, the real service, question log and asker)
 * behind the Teams adapter on 127.0.0.1, and a local HTTP server standing in for the Bot Connector
 * (and, for auth tests, for the Bot Framework's OpenID metadata).
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import express from 'express';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../../../src/config.js';
import { createAnswerLibrary } from '../../../src/core/answer-library.js';
import { createAsker } from '../../../src/core/asking.js';
import { FillService } from '../../../src/fill/index.js';
import { KotaeService } from '../../../src/core/kotae-service.js';
import { QuestionLog } from '../../../src/core/question-log.js';
import { createLogger, type Logger } from '../../../src/logging.js';
import type { BotHandle } from '../../../src/bots/types.js';
import { mountTeamsWith, type TeamsMountOptions } from '../../../src/bots/teams/index.js';

const REPO_KNOWLEDGE = path.resolve(import.meta.dirname, '../../../knowledge');

/** Asked in tests to get the long answer. */
export const LONG_QUESTION = '量子暗号鍵配送の運用手順書はありますか';
/** 9,750 characters, 29 KB in UTF-8: over Teams' 28 KB, within what kotae searches (no load warning). */
export const LONG_ANSWER = 'これは非常に長い回答です。'.repeat(750);

/** The repository's sample knowledge plus one item whose answer is over 28 KB. */
export async function makeKnowledgeDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'kotae-teams-knowledge-'));
  for (const file of await readdir(REPO_KNOWLEDGE)) {
    if (file.endsWith('.txt')) await cp(path.join(REPO_KNOWLEDGE, file), path.join(dir, file));
  }
  await writeFile(path.join(dir, 'long.tsv'), `No.\t質問\t回答\t備考\n1\t${LONG_QUESTION}\t${LONG_ANSWER}\t長文の回答\n`);
  return dir;
}

export interface Core {
  readonly knowledgeDir: string;
  readonly dataDir: string;
  readonly kotae: KotaeService;
  readonly questionLog: QuestionLog;
  cleanup(): Promise<void>;
}

/** Started once per test file: kuromoji takes a moment to load. */
export async function startCore(): Promise<Core> {
  const knowledgeDir = await makeKnowledgeDir();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'kotae-teams-data-'));
  const kotae = new KotaeService(knowledgeDir);
  await kotae.reload();
  return {
    knowledgeDir,
    dataDir,
    kotae,
    questionLog: new QuestionLog(dataDir),
    async cleanup() {
      await rm(knowledgeDir, { recursive: true, force: true });
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** What the bot sent to the Bot Connector. */
export interface Sent {
  readonly conversationId: string;
  readonly replyToId: string | null;
  readonly authorization: string | null;
  readonly activity: Activity;
  readonly bytes: number;
}

export interface JsonRoute {
  readonly path: string;
  readonly body: () => unknown;
}

/** An activity the bot replaced (a card updated after its turn). */
export interface Updated {
  readonly conversationId: string;
  readonly activityId: string;
  readonly activity: Activity;
}

/**
 * The Bot Connector's `POST /v3/conversations/{id}/activities[/{replyToId}]` and
 * `PUT /v3/conversations/{id}/activities/{activityId}`, recording what arrives, plus any JSON
 * documents a test wants served (OpenID metadata and keys).
 */
export class FakeConnector {
  readonly sent: Sent[] = [];
  readonly updated: Updated[] = [];
  /** Files served at `GET /files/:name`, as SharePoint serves a file's download URL. */
  readonly files = new Map<string, Uint8Array>();
  /** What arrived at `PUT /upload/:id`, as OneDrive's upload session takes a file. */
  readonly uploads: Array<{ readonly path: string; readonly contentRange: string | null; readonly bytes: Uint8Array }> = [];
  /** Activities matching this are refused with a 400, as Teams does for a card it will not show (or a conversation the bot left). */
  reject: ((activity: Activity, conversationId: string) => boolean) | null = null;
  /** `hang`: never answer (a connector that is down behind a load balancer); `unavailable`: 503. */
  mode: 'answer' | 'hang' | 'unavailable' = 'answer';
  /** Every POST of an activity, answered or not. */
  attempts = 0;
  private server: import('node:http').Server | null = null;
  private readonly routes: JsonRoute[];
  url = '';

  constructor(routes: JsonRoute[] = []) {
    this.routes = routes;
  }

  async start(): Promise<void> {
    const app = express();
    for (const route of this.routes) app.get(route.path, (_req, res) => void res.json(route.body()));
    app.get('/files/:name', (req, res) => {
      const bytes = this.files.get(String(req.params.name));
      if (!bytes) res.status(404).end();
      else res.type('application/octet-stream').end(Buffer.from(bytes));
    });
    app.put('/upload/:id', express.raw({ type: () => true, limit: '20mb' }), (req, res) => {
      this.uploads.push({ path: req.path, contentRange: req.get('content-range') ?? null, bytes: new Uint8Array(req.body as Buffer) });
      res.status(201).json({ id: 'drive-item-1' });
    });
    app.put('/v3/conversations/:conversationId/activities/:activityId', express.json({ limit: '1mb' }), (req, res) => {
      this.updated.push({
        conversationId: String(req.params.conversationId),
        activityId: String(req.params.activityId),
        activity: req.body as Activity,
      });
      res.json({ id: String(req.params.activityId) });
    });
    app.post('/v3/conversations/:conversationId/activities{/:replyToId}', express.json({ limit: '1mb' }), (req, res) => {
      const activity = req.body as Activity;
      this.attempts++;
      if (this.mode === 'hang') return;
      if (this.mode === 'unavailable') {
        res.status(503).json({ error: { code: 'ServiceUnavailable', message: 'down for the test' } });
        return;
      }
      if (this.reject?.(activity, String(req.params.conversationId))) {
        res.status(400).json({ error: { code: 'BadSyntax', message: 'rejected by the test' } });
        return;
      }
      this.sent.push({
        conversationId: String(req.params.conversationId),
        replyToId: req.params.replyToId ? String(req.params.replyToId) : null,
        authorization: req.headers.authorization ?? null,
        activity,
        bytes: Number(req.headers['content-length'] ?? Buffer.byteLength(JSON.stringify(req.body))),
      });
      res.json({ id: `sent-${this.sent.length}` });
    });
    this.server = await listen(app);
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The service URL activities carry; the trailing slash is what Teams sends. */
  get serviceUrl(): string {
    return `${this.url}/`;
  }

  clear(): void {
    this.sent.length = 0;
    this.updated.length = 0;
    this.attempts = 0;
    this.uploads.length = 0;
  }

  messages(): Sent[] {
    return this.sent.filter((s) => s.activity.type === 'message');
  }

  async stop(): Promise<void> {
    await close(this.server);
  }
}

export interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [key: string]: unknown;
}

/** Logs kept in memory, to assert on warnings and on what never reaches a log. */
export function memoryLogger(level = 'info'): { logger: Logger; lines: LogLine[]; raw: string[] } {
  const lines: LogLine[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      const text = chunk.toString('utf8');
      raw.push(text);
      for (const line of text.split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: createLogger(level, stream), lines, raw };
}

export interface BotServer {
  readonly url: string;
  readonly handle: BotHandle | null;
  post(activity: Partial<Activity>, headers?: Record<string, string>): Promise<{ status: number; body: string }>;
  close(): Promise<void>;
}

/** Mounts the Teams adapter on a fresh Express app listening on 127.0.0.1. */
export async function startBot(
  core: Core,
  env: Record<string, string>,
  options: TeamsMountOptions = {},
  logger: Logger = createLogger('silent'),
): Promise<BotServer> {
  const config = loadConfig({ KOTAE_DATA_DIR: core.dataDir, KNOWLEDGE_DIR: core.knowledgeDir, ...env });
  const app = express();
  const handle = await mountTeamsWith(
    app,
    {
      config,
      kotae: core.kotae,
      asker: createAsker(core.kotae, core.questionLog, logger),
      questionLog: core.questionLog,
      fills: new FillService(core.kotae),
      logger,
      ...createAnswerLibrary({ kotae: core.kotae, logger }, core.dataDir),
    },
    options,
  );
  const server = await listen(app);
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    handle,
    async post(activity, headers = {}) {
      const response = await fetch(`${url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      return { status: response.status, body: await response.text() };
    },
    async close() {
      await handle?.stop();
      await close(server);
    },
  };
}

async function listen(app: express.Express): Promise<import('node:http').Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(0, '127.0.0.1', (error?: Error) => (error ? reject(error) : resolve(server)));
  });
}

async function close(server: import('node:http').Server | null): Promise<void> {
  if (!server) return;
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export const BOT = { id: '28:kotae-bot-id', name: 'kotae' } as const;
export const USER = { id: '29:user-1', name: '山田 花子', aadObjectId: '6f1c1c7e-0000-4000-8000-00000000a001' } as const;
export const ADMIN = { id: '29:admin-1', name: '管理 太郎', aadObjectId: '6F1C1C7E-0000-4000-8000-0000000AD111' } as const;

let sequence = 0;

/** A message as Teams delivers it; `conversationType` picks personal chat, channel or group chat. */
export function teamsMessage(
  serviceUrl: string,
  text: string,
  options: {
    conversationType?: 'personal' | 'channel' | 'groupChat';
    from?: { id: string; name: string; aadObjectId?: string };
    entities?: Activity['entities'];
    value?: unknown;
    id?: string;
  } = {},
): Partial<Activity> {
  const conversationType = options.conversationType ?? 'personal';
  const conversationId = {
    personal: 'a:1personal-chat-id',
    channel: '19:general-channel@thread.tacv2;messageid=1700000000000',
    groupChat: '19:group-chat-id@thread.v2',
  }[conversationType];
  return {
    type: 'message',
    id: options.id ?? `1700000${String(++sequence).padStart(6, '0')}`,
    timestamp: new Date(),
    channelId: 'msteams',
    serviceUrl,
    from: options.from ?? USER,
    recipient: BOT,
    conversation: { id: conversationId, conversationType, isGroup: conversationType !== 'personal', tenantId: 'tenant-1', name: '' },
    text,
    textFormat: 'plain',
    locale: 'ja-JP',
    entities: options.entities ?? [],
    channelData: { tenant: { id: 'tenant-1' } },
    ...(options.value !== undefined ? { value: options.value } : {}),
  };
}

/** A mention entity of the bot (or of someone else) as Teams puts it beside `<at>…</at>`. */
export function mention(account: { id: string; name: string }): NonNullable<Activity['entities']>[number] {
  return { type: 'mention', mentioned: { id: account.id, name: account.name }, text: `<at>${account.name}</at>` };
}

/** What {@link useTeamsBot} stands up for a test file. */
export interface TeamsHarness {
  readonly core: Core;
  readonly connector: FakeConnector;
  readonly bot: BotServer;
  /** Stops the bot and mounts it again on the same core (a restarted server). */
  restart(): Promise<void>;
}

/**
 * A real kotae behind the Teams adapter and a Bot Connector stand-in for the tests of one file:
 * started before them, closed after, and the connector's rejections (and, unless `keepSent`, its
 * recordings) cleared before each test. `keepSent` is for files whose tests follow one conversation.
 *
 * @example
 * const t = useTeamsBot({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
 * it('answers', async () => { await t.bot.post(teamsMessage(t.connector.serviceUrl, 'SSL対応?')); });
 */
export function useTeamsBot(env: Record<string, string>, options: { logger?: Logger; keepSent?: boolean } = {}): TeamsHarness {
  let core: Core | undefined;
  let connector: FakeConnector | undefined;
  let bot: BotServer | undefined;
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the Teams harness's ${what} is used before beforeAll started it`);
    return value;
  };
  const harness: TeamsHarness = {
    get core() {
      return started(core, 'core');
    },
    get connector() {
      return started(connector, 'connector');
    },
    get bot() {
      return started(bot, 'bot');
    },
    async restart() {
      await harness.bot.close();
      bot = await startBot(harness.core, env, {}, options.logger);
    },
  };
  beforeAll(async () => {
    core = await startCore();
    connector = new FakeConnector();
    await connector.start();
    bot = await startBot(core, env, {}, options.logger);
  }, 60_000);
  afterAll(async () => {
    await bot?.close();
    await connector?.stop();
    await core?.cleanup();
  });
  beforeEach(() => {
    harness.connector.reject = null;
    if (!options.keepSent) harness.connector.clear();
  });
  return harness;
}
