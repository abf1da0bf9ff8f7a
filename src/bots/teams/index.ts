/**
 * Microsoft Teams: `POST /api/messages` on the server's Express app, answered by
 * {@link KotaeTeamsBot} through a botbuilder CloudAdapter.
 *
 * Everything botbuilder-specific lives in this folder: botbuilder is archived upstream in favour of
 * the Microsoft 365 Agents SDK, and moving to it should touch nothing else.
 */
import path from 'node:path';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { settlesWithin } from '../../core/settles-within.js';
import type { BotDeps, BotHandle, MountBot } from '../types.js';
import { continuations, createTeamsAdapter, safeError, teamsAuthMode, type TeamsAdapterOptions } from './adapter.js';
import { KotaeTeamsBot } from './bot.js';
import { TeamsEscalations } from './escalations.js';
import { ExpertsChannel } from './experts-channel.js';
import { createOutbound } from '../outbound.js';
import { RecentKeys } from '../recent-keys.js';

export const TEAMS_PATH = '/api/messages';

/** Teams sends activities of a few KB; the limit only stops abuse. */
const BODY_LIMIT = '256kb';

/** Replies within this; Teams redelivers after 15 s, and the network needs its share too. */
const TURN_BUDGET_MS = 8_000;

/**
 * How long shutdown waits for reload reports still on their way: the server gives each adapter
 * about a second to stop, after its own HTTP drain.
 */
const DRAIN_MS = 800;

export interface TeamsMountOptions extends TeamsAdapterOptions {
  /** Tests shorten it to see a slow reload report after its turn. */
  readonly turnBudgetMs?: number;
}

export const mountTeams: MountBot = (app, deps) => mountTeamsWith(app, deps);

/**
 * {@link mountTeams} with the settings tests need to run without Microsoft's services. Returns
 * null when neither `MicrosoftAppId` nor `TEAMS_ALLOW_UNAUTHENTICATED` is set; throws a
 * ConfigError naming what is missing for a half-configured setup.
 */
export async function mountTeamsWith(app: Express, deps: BotDeps, options: TeamsMountOptions = {}): Promise<BotHandle | null> {
  const { config } = deps;
  const logger = deps.logger.child({ adapter: 'teams' });
  const mode = teamsAuthMode(config);
  if (!mode) return null;

  if (mode.kind === 'unauthenticated') {
    logger.warn(
      { event: 'teams_unauthenticated' },
      `TEAMS_ALLOW_UNAUTHENTICATED=true: ${TEAMS_PATH} accepts requests WITHOUT authentication. Anyone who can reach this server can ask questions and act as any user, including admins. Use it only for a local trial with the Bot Framework Emulator; replies go only to a loopback serviceUrl. Set MicrosoftAppId and MicrosoftAppPassword for Teams.`,
    );
  } else if (config.TEAMS_ALLOW_UNAUTHENTICATED) {
    logger.info('TEAMS_ALLOW_UNAUTHENTICATED is ignored because MicrosoftAppId is set: every request must carry a valid token');
  }

  const outbound = createOutbound(config);
  const adapter = createTeamsAdapter(config, mode, logger, outbound, options);
  const botAppId = mode.kind === 'authenticated' ? mode.appId : '';
  const deduper = new RecentKeys({ ttlMs: 10 * 60_000 });
  const { followUp, update } = continuations(adapter, botAppId);
  const expertsChannel = new ExpertsChannel(path.resolve(config.KOTAE_DATA_DIR), logger);
  await expertsChannel.load();
  const experts = new TeamsEscalations({
    kotae: deps.kotae,
    escalations: deps.escalations,
    curated: deps.curated,
    expertsChannel,
    logger,
    deduper,
    followUp,
    update,
  });
  deps.escalations.deliverWith('teams', (escalation) => experts.deliver(escalation));
  const bot = new KotaeTeamsBot({
    asker: deps.asker,
    kotae: deps.kotae,
    questionLog: deps.questionLog,
    fills: deps.fills,
    logger,
    admins: config.KOTAE_ADMINS,
    deduper,
    experts,
    followUp,
    turnBudgetMs: options.turnBudgetMs ?? TURN_BUDGET_MS,
  });

  let stopped = false;
  const router = express.Router();
  router.post('/', express.json({ limit: BODY_LIMIT }), async (req, res) => {
    if (stopped) {
      res.status(503).send('shutting down');
      return;
    }
    if (mode.kind === 'unauthenticated' && !isLoopbackUrl(serviceUrlOf(req.body))) {
      // Without authentication anyone could make the bot post to any URL they name.
      logger.warn({ event: 'teams_service_url_refused' }, 'unauthenticated Teams request with a non-loopback serviceUrl refused');
      res.status(403).send('TEAMS_ALLOW_UNAUTHENTICATED only replies to a loopback serviceUrl');
      return;
    }
    res.on('finish', () => {
      if (res.statusCode === 401) logger.warn({ event: 'teams_unauthorized', ip: req.ip }, 'Teams request without a valid token refused');
    });
    await adapter.process(req, res, (context) => bot.run(context));
  });
  router.use(((error, _req, res, _next) => {
    const status = typeof error === 'object' && error && 'status' in error && typeof error.status === 'number' ? error.status : 500;
    if (status >= 500) logger.error({ err: safeError(error) }, 'Teams request failed');
    if (!res.headersSent) res.status(status).send(status >= 500 ? 'internal error' : 'bad request');
  }) satisfies ErrorRequestHandler);
  app.use(TEAMS_PATH, router);

  logger.info({ path: TEAMS_PATH, authenticated: mode.kind === 'authenticated', outbound: outbound.description }, 'Teams adapter mounted');
  return {
    name: 'teams',
    async stop() {
      stopped = true;
      await settlesWithin(bot.drain(), DRAIN_MS);
    },
  };
}

function serviceUrlOf(body: unknown): string {
  return typeof body === 'object' && body !== null && 'serviceUrl' in body && typeof body.serviceUrl === 'string' ? body.serviceUrl : '';
}

function isLoopbackUrl(url: string): boolean {
  if (!URL.canParse(url)) return false;
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
