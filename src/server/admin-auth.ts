/**
 * Bearer-token check for the admin endpoints. Both sides are hashed before a constant-time
 * comparison, so neither the content nor the length of the token leaks through timing. Wrong
 * tokens are limited per client (a burst, then a few a minute; 429 with Retry-After beyond), and
 * their warnings aggregated.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging.js';
import { sendError } from './api-errors.js';
import { clientKey, DenialLog, FailureLimiter, type DenialLogOptions, type FailureLimitOptions } from './auth-failures.js';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Wrong tokens a client may send at once (an admin mistyping is far below it)… */
export const ADMIN_FAILURE_BURST = 20;
/** …and then one every 3 s (20 a minute). */
export const ADMIN_FAILURE_REFILL_MS = 3_000;

export function bearerTokenMatches(expected: string, authorization: string | undefined): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(expected));
}

export interface RequireAdminOptions {
  readonly limit?: FailureLimitOptions;
  readonly log?: DenialLogOptions;
}

/**
 * The guard in front of every admin route (and /metrics when it asks for the admin token). Create
 * it once per app: its failure counts are shared by every route it guards.
 */
export function requireAdmin(token: string, logger: Logger, options: RequireAdminOptions = {}): RequestHandler {
  const limiter = new FailureLimiter(options.limit ?? { burst: ADMIN_FAILURE_BURST, refillMs: ADMIN_FAILURE_REFILL_MS });
  const denials = new DenialLog(logger, options.log);
  return (req, res, next) => {
    const client = clientKey(req.ip);
    // Checked before the token: while limited, even the right token gets no answer, or the limit
    // would still let a guesser learn when it guessed right.
    const waitMs = limiter.retryAfterMs(client);
    if (waitMs > 0) {
      denials.denied({ path: req.path, client, limited: true });
      res.set('Retry-After', String(Math.ceil(waitMs / 1000)));
      sendError(res, 429, `too many wrong admin tokens from this address; try again in ${Math.ceil(waitMs / 1000)} s`);
      return;
    }
    const authorization = req.get('authorization');
    if (bearerTokenMatches(token, authorization)) {
      next();
      return;
    }
    // A request without credentials guesses nothing (a page probing the admin view); a wrong token does.
    if (authorization) limiter.fail(client);
    // The header itself is never logged: a near-miss token is still a secret.
    denials.denied({ path: req.path, client, limited: false });
    res.set('WWW-Authenticate', 'Bearer realm="kotae admin"');
    sendError(res, 401, 'a valid admin token is required: send Authorization: Bearer <KOTAE_ADMIN_TOKEN>');
  };
}
