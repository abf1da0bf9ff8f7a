/**
 * The Express app: probes, the JSON API, the admin endpoints, the web console, and the chat
 * adapters' routes. There is no global body parser, because the adapters verify signatures over
 * the raw body themselves; each of our routes parses its own JSON with a size limit.
 */
import express, { type Express } from 'express';
import { mountSlack } from '../bots/slack/index.js';
import { mountTeams } from '../bots/teams/index.js';
import type { BotHandle, MountBot } from '../bots/types.js';
import { requireAdmin } from './admin-auth.js';
import { apiErrorHandler, apiNotFound } from './api-errors.js';
import type { AppDeps } from './deps.js';
import { register as registerAdmin } from './routes/admin.js';
import { register as registerAsk } from './routes/ask.js';
import { register as registerConsole } from './routes/console.js';
import { register as registerFill } from './routes/fill.js';
import { register as registerHealth } from './routes/health.js';
import { register as registerInbox } from './routes/inbox.js';
import { register as registerLibrary } from './routes/library.js';
import { register as registerMetrics } from './routes/metrics.js';

export const CHAT_ADAPTERS: readonly MountBot[] = [mountSlack, mountTeams];

export interface BuiltApp {
  readonly app: Express;
  /** The chat adapters that mounted (configured platforms only); stopped on shutdown. */
  readonly bots: readonly BotHandle[];
}

export async function createApp(deps: AppDeps, adapters: readonly MountBot[] = CHAT_ADAPTERS): Promise<BuiltApp> {
  const app = express();
  app.disable('x-powered-by');
  app.use(deps.lifecycle.track);
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    next();
  });

  // One guard for every route behind the admin token, so that wrong tokens are counted together.
  const adminGuard = deps.config.KOTAE_ADMIN_TOKEN ? requireAdmin(deps.config.KOTAE_ADMIN_TOKEN, deps.logger) : null;
  registerHealth(app, deps);
  registerMetrics(app, deps, adminGuard);
  registerAsk(app, deps);
  registerFill(app, deps);
  registerAdmin(app, deps, adminGuard);
  registerLibrary(app, deps, adminGuard);
  registerInbox(app, deps, adminGuard);
  registerConsole(app);

  const bots: BotHandle[] = [];
  try {
    for (const mount of adapters) {
      const handle = await mount(app, deps);
      if (handle) bots.push(handle);
    }
  } catch (error) {
    await Promise.allSettled(bots.map((bot) => bot.stop()));
    throw error;
  }

  // After the adapters, so that their routes under /api (Teams: /api/messages) are reached first.
  app.use('/api', apiNotFound);
  app.use('/api', apiErrorHandler(deps.logger));
  return { app, bots };
}
