/**
 * The Slack adapter (Bolt): enabled by SLACK_BOT_TOKEN, in Socket Mode when SLACK_APP_TOKEN is
 * set, otherwise over HTTP at POST /slack/events on the kotae server. Everything Slack-specific
 * lives in this folder; answers come only through BotDeps.
 */
import { App, type AnyMiddlewareArgs, type Middleware } from '@slack/bolt';
import { settlesWithin } from '../../core/settles-within.js';
import type { Logger } from '../../logging.js';
import type { BotHandle, MountBot } from '../types.js';
import { createOutbound } from '../outbound.js';
import { RecentKeys } from '../recent-keys.js';
import { dedupeEvents } from './dedupe.js';
import { registerListeners } from './listeners/index.js';
import { createBoltLogger, describeError } from './logger.js';
import { createHttpReceiver, createSocketReceiver, webClientOptions } from './receivers.js';
import { createRuntime } from './runtime.js';

/** How long stop() waits for answers already being written before giving up on them. */
const DRAIN_TIMEOUT_MS = 10_000;

export const mountSlack: MountBot = async (expressApp, deps) => {
  const { config } = deps;
  const token = config.SLACK_BOT_TOKEN;
  if (!token) return null;
  const appToken = config.SLACK_APP_TOKEN;
  const signingSecret = config.SLACK_SIGNING_SECRET;
  // loadConfig already insists on one of them; this guards callers that build a config by hand.
  if (!appToken && !signingSecret) {
    throw new Error('SLACK_SIGNING_SECRET is required for Slack HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }

  const logger = deps.logger.child({ component: 'slack' });
  const boltLogger = createBoltLogger(logger);
  const outbound = createOutbound(config);
  const clientOptions = webClientOptions(config.SLACK_API_URL, outbound.agent);
  const mode = appToken ? 'socket' : 'http';
  const receiver = appToken
    ? createSocketReceiver({ appToken, boltLogger, clientOptions })
    : createHttpReceiver({ app: expressApp, signingSecret: signingSecret ?? '', logger, boltLogger });

  const bolt = new App({
    token,
    receiver,
    logger: boltLogger,
    clientOptions,
    // auth.test runs in init() below, where a bad token can fail the start with a clear reason
    // instead of surfacing as an unhandled rejection on the first event.
    deferInitialization: true,
    convoStore: false,
  });

  const work = new InFlight();
  bolt.use(work.middleware());
  bolt.use(dedupeEvents(new RecentKeys(), logger));
  registerListeners(bolt, createRuntime(deps, logger, outbound));
  bolt.error(async (error) => {
    logger.error({ event: 'slack_error', error: describeError(error) }, 'unhandled error in a Slack listener');
  });

  await initialise(bolt, logger, config.SLACK_API_URL);
  if (appToken) {
    try {
      await bolt.start();
    } catch (error) {
      throw new Error(
        `Slack Socket Mode could not connect; check SLACK_APP_TOKEN (an app-level token with connections:write): ${describeError(error).message}`,
      );
    }
  }
  logger.info(
    { event: 'slack_ready', mode, outbound: outbound.description },
    mode === 'socket' ? 'Slack adapter connected (Socket Mode)' : 'Slack adapter listening at /slack/events',
  );

  const handle: BotHandle = {
    name: 'slack',
    async stop() {
      if (!work.close()) return;
      if (appToken)
        await bolt
          .stop()
          .catch((error: unknown) => logger.warn({ error: describeError(error) }, 'Slack Socket Mode did not disconnect cleanly'));
      await work.drain(DRAIN_TIMEOUT_MS);
      logger.info({ event: 'slack_stopped' }, 'Slack adapter stopped');
    },
  };
  return handle;
};

/** auth.test, with failures named by the variable to fix. */
async function initialise(bolt: App, logger: Logger, apiUrl: string | undefined): Promise<void> {
  try {
    await bolt.init();
  } catch (error) {
    const described = describeError(error);
    logger.error({ event: 'slack_auth_failed', error: described }, 'Slack auth.test failed');
    const slackError = typeof described.slack_error === 'string' ? described.slack_error : undefined;
    if (slackError)
      throw new Error(`Slack rejected SLACK_BOT_TOKEN (auth.test: ${slackError}); use the app's Bot User OAuth Token (xoxb-)`);
    throw new Error(
      `could not reach the Slack Web API${apiUrl ? ' at SLACK_API_URL' : ''} to verify SLACK_BOT_TOKEN: ${String(described.message)}`,
    );
  }
}

/**
 * Work started for Slack deliveries, so that shutdown lets answers being written finish, and
 * deliveries arriving after stop() are left alone (events are already acked by then).
 */
class InFlight {
  private readonly running = new Set<Promise<void>>();
  private closed = false;

  middleware(): Middleware<AnyMiddlewareArgs> {
    return async ({ next }) => {
      if (this.closed) return;
      const task = next();
      this.running.add(task);
      try {
        await task;
      } finally {
        this.running.delete(task);
      }
    };
  }

  /** False when already closed. */
  close(): boolean {
    if (this.closed) return false;
    this.closed = true;
    return true;
  }

  async drain(timeoutMs: number): Promise<void> {
    if (this.running.size === 0) return;
    await settlesWithin(Promise.allSettled([...this.running]), timeoutMs, true);
  }
}
