/**
 * The answer library, for admins (behind the admin token, like the other admin endpoints):
 *
 * - `POST /api/admin/answers {"question", "answer", "status"?, "remarks"?, "author"?}`
 *   saves an expert's answer into `kotae-curated.csv` and answers 201 `{id, file, citation, served}`
 *   once the reload serves it;
 * - `GET /api/admin/escalations?state=open|answered|all&limit=N` lists questions sent to the experts;
 * - `POST /api/admin/escalations/:id/answer {"answer", "status"?, "remarks"?, "author"?, "addToKnowledge"?}`
 *   answers one (and saves it as a curated answer unless `addToKnowledge` is false);
 * - `GET /api/admin/report?days=N`: conflicts, duplicates, coverage, stale answers, missing words, usage.
 */
import express, { type Express, type RequestHandler, type Response } from 'express';
import { z } from 'zod';
import { curatedAnswerSchema, CuratedAnswerError } from '../../core/curated-answers.js';
import { answerEscalation, EscalationAlreadyAnswered, escalationAnswerSchema, EscalationNotFound } from '../../core/escalations.js';
import { DEFAULT_USAGE_DAYS } from '../../core/report/index.js';
import { describeIssues, sendError, sendNotReady } from '../api-errors.js';
import type { AppDeps } from '../deps.js';

/** An expert's answer may run to a few thousand characters (5,000 at most), escaped in JSON. */
export const ANSWER_BODY_BYTES = 64 * 1024;

const listQuery = z.object({
  state: z.enum(['open', 'answered', 'all'], { error: 'must be open, answered or all' }).default('open'),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be from 1 to 1000' })
    .max(1000, { error: 'must be from 1 to 1000' })
    .default(100),
});
const reportQuery = z.object({
  days: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: 'must be from 1 to 366' })
    .max(366, { error: 'must be from 1 to 366' })
    .default(DEFAULT_USAGE_DAYS),
});

export function register(app: Express, deps: AppDeps, admin: RequestHandler | null): void {
  if (!admin) return;
  const json = express.json({ limit: ANSWER_BODY_BYTES });

  app.post('/api/admin/answers', admin, json, async (req, res) => {
    if (!requireJson(req.is('application/json'), res) || !requireReady(deps, res)) return;
    const parsed = curatedAnswerSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error));
    try {
      res
        .status(201)
        .set('Cache-Control', 'no-store')
        .json(await deps.curated.save(parsed.data));
    } catch (error) {
      notSaved(error, deps, res);
    }
  });

  app.get('/api/admin/escalations', admin, async (req, res) => {
    const parsed = listQuery.safeParse(req.query);
    if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error));
    res.set('Cache-Control', 'no-store').json({ entries: await deps.escalations.list(parsed.data) });
  });

  app.post('/api/admin/escalations/:id/answer', admin, json, async (req, res) => {
    if (!requireJson(req.is('application/json'), res) || !requireReady(deps, res)) return;
    const parsed = escalationAnswerSchema.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error));
    try {
      const answered = await answerEscalation(deps, String(req.params.id), parsed.data);
      const delivered = await deps.escalations.deliver(answered.escalation).catch((error: unknown) => {
        deps.logger.warn(
          { event: 'escalation_deliver', escalation: answered.escalation.id, err: error },
          "could not bring the expert's answer back to the asker",
        );
        return false;
      });
      res.set('Cache-Control', 'no-store').json({ ...answered, delivered });
    } catch (error) {
      if (error instanceof EscalationNotFound) return sendError(res, 404, error.message);
      if (error instanceof EscalationAlreadyAnswered) return sendError(res, 409, error.message);
      notSaved(error, deps, res);
    }
  });

  app.get('/api/admin/report', admin, async (req, res) => {
    const parsed = reportQuery.safeParse(req.query);
    if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error));
    // Questions just answered are still on their way to the disk.
    await deps.questionLog.flush();
    const report = await deps.kotae.libraryReport({ log: deps.questionLog, days: parsed.data.days });
    if (!report) return sendNotReady(res);
    res.set('Cache-Control', 'no-store').json(report);
  });
}

/** The curated file could not take the answer (read-only folder, broken header): 500, saying what to do. */
function notSaved(error: unknown, deps: AppDeps, res: Response): void {
  if (!(error instanceof CuratedAnswerError)) throw error;
  deps.logger.error({ err: error }, 'could not save a curated answer');
  sendError(res, 500, error.message);
}

function requireJson(isJson: string | false | null, res: Response): boolean {
  if (isJson) return true;
  sendError(res, 415, 'send JSON with Content-Type: application/json');
  return false;
}

function requireReady(deps: AppDeps, res: Response): boolean {
  if (deps.kotae.ready) return true;
  sendNotReady(res);
  return false;
}
