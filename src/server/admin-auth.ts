/**
 * Bearer-token check for the admin endpoints. Both sides are hashed before a constant-time
 * comparison, so neither the content nor the length of the token leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logging.js';
import { sendError } from './api-errors.js';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

export function bearerTokenMatches(expected: string, authorization: string | undefined): boolean {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(match[1]), digest(expected));
}

export function requireAdmin(token: string, logger: Logger): RequestHandler {
  return (req, res, next) => {
    if (bearerTokenMatches(token, req.get('authorization'))) {
      next();
      return;
    }
    // The header itself is never logged: a near-miss token is still a secret.
    logger.warn({ event: 'admin_denied', path: req.path, ip: req.ip }, 'admin request without a valid token');
    res.set('WWW-Authenticate', 'Bearer realm="kotae admin"');
    sendError(res, 401, 'a valid admin token is required: send Authorization: Bearer <KOTAE_ADMIN_TOKEN>');
  };
}
