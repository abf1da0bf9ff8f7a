/**
 * Error responses of the JSON API: always `{ "error": message }` with a status a client can act
 * on, never an HTML page or a stack trace.
 */
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Logger } from '../logging.js';

/** Largest request body the API reads; a question is at most a few KB even in UTF-8. */
export const MAX_BODY_BYTES = 16 * 1024;

export function sendError(res: Response, status: number, message: string): void {
  res.status(status).json({ error: message });
}

/** 503 before the first load of the knowledge, with when to try again. */
export function sendNotReady(res: Response): void {
  res.set('Retry-After', '5');
  sendError(res, 503, 'the knowledge is still loading; try again in a few seconds');
}

/** A zod validation failure as one message naming each bad field: `answer: must not be empty`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message)).join('; ');
}

export const apiNotFound: RequestHandler = (req, res) => {
  sendError(res, 404, `no such endpoint: ${req.method} ${req.originalUrl.split('?')[0]}`);
};

interface HttpErrorLike {
  readonly status?: unknown;
  readonly type?: unknown;
  readonly expose?: unknown;
  readonly message?: unknown;
  /** The body limit the parser enforced (routes that take longer texts raise it). */
  readonly limit?: unknown;
}

/** Body-parser failures (size, bad JSON) become 413/400; anything else is logged and a bare 500. */
export function apiErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) {
      next(error);
      return;
    }
    const e = (typeof error === 'object' && error !== null ? error : {}) as HttpErrorLike;
    const status = typeof e.status === 'number' ? e.status : 500;
    if (status === 413 || e.type === 'entity.too.large') {
      const limit = typeof e.limit === 'number' ? e.limit : MAX_BODY_BYTES;
      sendError(res, 413, `request body too large: the limit is ${limit / 1024} KB`);
    } else if (e.type === 'entity.parse.failed') {
      sendError(res, 400, 'the request body is not valid JSON');
    } else if (status >= 400 && status < 500) {
      sendError(res, status, e.expose === true && typeof e.message === 'string' ? e.message : 'bad request');
    } else {
      logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
      sendError(res, 500, 'internal error; see the server log');
    }
  };
}
