/**
 * How Slack reaches us. HTTP mode: Bolt's ExpressReceiver on the kotae server's own Express app
 * at POST /slack/events (events, commands and button clicks share it). Socket Mode: an outbound
 * WebSocket, for servers Slack cannot reach (behind a company firewall).
 */
import { ExpressReceiver, SocketModeReceiver, type Logger as BoltLogger, type webApi } from '@slack/bolt';
import type { Agent } from 'node:http';
import express, { type Express, type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { Logger } from '../../logging.js';
import { tokenGuard } from './hosts.js';

export const EVENTS_PATH = '/slack/events';

/** Slack's replay window, applied both ways (Bolt only refuses timestamps from the past). */
export const MAX_CLOCK_SKEW_S = 300;

/** Slack's payloads are a few kB; a bigger body is not from Slack and is refused before hashing. */
const MAX_BODY = '1mb';

/**
 * Web API calls give up instead of hanging, and retry briefly (a 429 waits out Retry-After). They
 * go through `agent` (the proxy, see bots/outbound.ts): the SDK turns axios's own proxy support
 * off, so the agent is the only way through a company proxy, for Socket Mode's WebSocket too.
 */
export function webClientOptions(slackApiUrl: string | undefined, agent?: Agent): webApi.WebClientOptions {
  return {
    ...(slackApiUrl ? { slackApiUrl } : {}),
    ...(agent ? { agent } : {}),
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 500, maxTimeout: 5_000, randomize: true },
    rejectRateLimitedCalls: false,
    // The token travels only to the configured API base, never to an absolute URL in a call...
    allowAbsoluteUrls: false,
    // ...nor with the upload step of files.uploadV2, which posts to the absolute `upload_url` the
    // API returned: off Slack's hosts (and SLACK_API_URL's origin) the Authorization header goes.
    requestInterceptor: tokenGuard(slackApiUrl),
    // The original error holds the request, Authorization header included: keep it off our errors.
    attachOriginalToWebAPIRequestError: false,
  };
}

export function createHttpReceiver(options: {
  app: Express;
  signingSecret: string;
  logger: Logger;
  boltLogger: BoltLogger;
}): ExpressReceiver {
  const router = express.Router();
  // These run before Bolt's own handlers on the same route: Bolt then verifies the HMAC over the
  // body we read, parses it and answers 401 on a bad signature.
  router.post(EVENTS_PATH, requireFreshTimestamp(options.logger), readRawBody(options.logger));
  return new ExpressReceiver({
    signingSecret: options.signingSecret,
    app: options.app,
    router,
    endpoints: EVENTS_PATH,
    logger: options.boltLogger,
    // Ack first, answer after: Slack waits only 3 s, and a long-running server can finish the work.
    processBeforeResponse: false,
  });
}

export function createSocketReceiver(options: {
  appToken: string;
  boltLogger: BoltLogger;
  clientOptions: webApi.WebClientOptions;
}): SocketModeReceiver {
  return new SocketModeReceiver({
    appToken: options.appToken,
    logger: options.boltLogger,
    // The defaults (5 s / 30 s) reconnect spuriously on a busy event loop or a slow proxy.
    clientPingTimeout: 15_000,
    serverPingTimeout: 60_000,
    installerOptions: { clientOptions: options.clientOptions },
  });
}

/** Refuses a request whose signed timestamp is more than five minutes off, in either direction. */
function requireFreshTimestamp(logger: Logger): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const header = req.headers['x-slack-request-timestamp'];
    const ts = typeof header === 'string' && /^\d+$/.test(header) ? Number(header) : Number.NaN;
    const skew = Math.abs(Math.floor(Date.now() / 1000) - ts);
    if (!(skew <= MAX_CLOCK_SKEW_S)) {
      logger.warn(
        { event: 'slack_request_refused', reason: Number.isNaN(ts) ? 'missing timestamp' : 'timestamp outside the 5 minute window' },
        'Slack request refused',
      );
      res.status(401).end();
      return;
    }
    next();
  };
}

interface RawBodyRequest extends Request {
  rawBody?: Buffer;
}

/**
 * Reads the body with a size limit and hands it to Bolt as `rawBody`, which Bolt uses instead of
 * reading the stream itself without any limit.
 */
function readRawBody(logger: Logger): RequestHandler {
  const raw = express.raw({ type: () => true, limit: MAX_BODY });
  return (req: Request, res: Response, next: NextFunction) => {
    raw(req, res, (error?: unknown) => {
      if (error) {
        const status =
          typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : 400;
        logger.warn({ event: 'slack_request_refused', reason: 'unreadable body', status }, 'Slack request refused');
        res.status(status).end();
        return;
      }
      const request = req as RawBodyRequest;
      request.rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      next();
    });
  };
}
