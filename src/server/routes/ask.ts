/**
 * `POST /api/ask {"question", "top"?, "collection"?, "explain"?, "view"?}`: the same JSON as
 * `kotae ask --json`; with `view`, also the answer as every surface presents it (the web console
 * renders that). Goes through the Asker so that every question gets its log line and unanswered
 * ones are kept.
 */
import express, { type Express, type Request } from 'express';
import { z } from 'zod';
import { MAX_QUESTION_CHARS, MAX_TOP } from '../../core/answer.js';
import { presentAnswer } from '../../present/index.js';
import { describeIssues, MAX_BODY_BYTES, sendError, sendNotReady } from '../api-errors.js';
import type { AppDeps } from '../deps.js';

/** Beyond the searched part of a question the text is a pasted document: the API refuses it. */
export { MAX_QUESTION_CHARS };

/** The console sends this header so that its questions are logged as `web`, not `api`. */
export const CLIENT_HEADER = 'x-kotae-client';

/** The console's requests count as `web` (in logs and metrics), anything else as `api`. */
export function clientChannel(req: Request): 'web' | 'api' {
  return req.get(CLIENT_HEADER) === 'web' ? 'web' : 'api';
}

const askBody = z.object(
  {
    question: z
      .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
      .trim()
      .min(1, { error: 'must not be empty' })
      .refine((q) => [...q].length <= MAX_QUESTION_CHARS, { error: `must be at most ${MAX_QUESTION_CHARS} characters` }),
    top: z
      .number({ error: 'must be a number' })
      .int({ error: 'must be a whole number' })
      .min(1, { error: `must be from 1 to ${MAX_TOP}` })
      .max(MAX_TOP, { error: `must be from 1 to ${MAX_TOP}` })
      .optional(),
    collection: z
      .string({ error: 'must be a string' })
      .trim()
      .max(500, { error: 'must be at most 500 characters' })
      .optional()
      .transform((c) => c || undefined),
    explain: z.boolean({ error: 'must be true or false' }).optional(),
    view: z.boolean({ error: 'must be true or false' }).optional(),
  },
  { error: 'the body must be a JSON object like {"question": "..."}' },
);

export function register(app: Express, deps: AppDeps): void {
  app.post('/api/ask', express.json({ limit: MAX_BODY_BYTES }), async (req, res) => {
    if (!req.is('application/json')) {
      sendError(res, 415, 'send the question as JSON with Content-Type: application/json');
      return;
    }
    const parsed = askBody.safeParse(req.body);
    if (!parsed.success) {
      sendError(res, 400, describeIssues(parsed.error));
      return;
    }
    if (!deps.kotae.ready) {
      sendNotReady(res);
      return;
    }
    const { question, top, collection, explain, view } = parsed.data;
    const result = await deps.asker.ask(question, clientChannel(req), { top, collection, explain });
    res.set('Cache-Control', 'no-store').json(view ? { ...result, view: presentAnswer(result, { shown: result.results.length }) } : result);
  });
}
