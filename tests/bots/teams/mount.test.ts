/** When the Teams adapter mounts, what it refuses, and how it stops. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, type AppConfig } from '../../../src/config.js';
import { createAnswerLibrary } from '../../../src/core/answer-library.js';
import { createAsker } from '../../../src/core/asking.js';
import { FillService } from '../../../src/fill/index.js';
import { KotaeService } from '../../../src/core/kotae-service.js';
import { QuestionLog } from '../../../src/core/question-log.js';
import { createLogger, type Logger } from '../../../src/logging.js';
import { mountTeams } from '../../../src/bots/teams/index.js';
import type { BotDeps } from '../../../src/bots/types.js';
import { FakeConnector, memoryLogger, startBot, teamsMessage, type Core } from './harness.js';

let dataDir: string;
let knowledgeDir: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'kotae-teams-mount-'));
  knowledgeDir = await mkdtemp(path.join(tmpdir(), 'kotae-teams-empty-'));
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
  await rm(knowledgeDir, { recursive: true, force: true });
});

/** Deps around a service that is never started: mounting must not need the index. */
function deps(config: AppConfig, logger: Logger = createLogger('silent')): BotDeps {
  const kotae = new KotaeService(knowledgeDir);
  const questionLog = new QuestionLog(dataDir);
  return {
    config,
    kotae,
    questionLog,
    asker: createAsker(kotae, questionLog, logger),
    fills: new FillService(kotae),
    logger,
    ...createAnswerLibrary({ kotae, logger }, dataDir),
  };
}

async function mountError(config: AppConfig): Promise<ConfigError> {
  try {
    await mountTeams(express(), deps(config));
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('mounting the Teams adapter', () => {
  it('does nothing when neither MicrosoftAppId nor TEAMS_ALLOW_UNAUTHENTICATED is set', async () => {
    const app = express();
    expect(await mountTeams(app, deps(loadConfig({})))).toBeNull();
  });

  // loadConfig already refuses these; the adapter checks again because a config object can be
  // built without it, and running without authentication must never be the fallback.
  it.each([
    { name: 'the password', config: { MicrosoftAppId: 'app-id' }, missing: ['MicrosoftAppPassword'] },
    {
      name: 'the tenant of a single-tenant app',
      config: { MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret-value', MicrosoftAppType: 'SingleTenant' as const },
      missing: ['MicrosoftAppTenantId'],
    },
    { name: 'the app id', config: { MicrosoftAppPassword: 'secret-value' }, missing: ['MicrosoftAppId'] },
  ])('refuses to start without $name, naming it and not the secret', async ({ config, missing }) => {
    const error = await mountError({ ...loadConfig({}), ...config });
    expect(error.variables).toEqual(missing);
    for (const name of missing) expect(error.message).toContain(name);
    expect(error.message).not.toContain('secret-value');
  });

  it('refuses a half-configured setup even with TEAMS_ALLOW_UNAUTHENTICATED', async () => {
    const error = await mountError({ ...loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }), MicrosoftAppId: 'app-id' });
    expect(error.variables).toEqual(['MicrosoftAppPassword']);
  });

  it('warns loudly when running without authentication', async () => {
    const { logger, lines } = memoryLogger();
    const handle = await mountTeams(express(), deps(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: 'true' }), logger));
    expect(handle?.name).toBe('teams');
    const warning = lines.find((l) => l.event === 'teams_unauthenticated');
    expect(warning?.level).toBe(40);
    expect(warning?.msg).toMatch(/WITHOUT authentication/);
    await handle?.stop();
  });
});

describe('the /api/messages route', () => {
  const connector = new FakeConnector();
  let core: Core;

  beforeAll(async () => {
    await connector.start();
    const kotae = new KotaeService(knowledgeDir);
    core = { knowledgeDir, dataDir, kotae, questionLog: new QuestionLog(dataDir), cleanup: async () => undefined };
  });

  afterAll(async () => {
    await connector.stop();
  });

  it('answers malformed JSON with a plain 400, not a stack trace', async () => {
    const bot = await startBot(core, { TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    try {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"type": "message",',
      });
      expect(response.status).toBe(400);
      expect(await response.text()).toBe('bad request');
    } finally {
      await bot.close();
    }
  });

  it('refuses activities with 503 once stopped', async () => {
    const bot = await startBot(core, { TEAMS_ALLOW_UNAUTHENTICATED: 'true' });
    await bot.handle?.stop();
    const response = await bot.post(teamsMessage(connector.serviceUrl, '通信は暗号化していますか'));
    expect(response.status).toBe(503);
    expect(connector.sent).toEqual([]);
    await bot.close();
  });
});
