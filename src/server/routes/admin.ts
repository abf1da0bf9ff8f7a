/**
 * Admin endpoints, behind `Authorization: Bearer $KOTAE_ADMIN_TOKEN`. Without a configured token
 * they are not mounted at all (404): an unset token must never mean "open to everyone".
 */
import type { Express, RequestHandler } from 'express';
import type { AppDeps } from '../deps.js';
import { reloadKnowledge } from '../../core/reload.js';

const DEFAULT_UNANSWERED = 100;
const MAX_UNANSWERED = 1000;

/** @param admin - The admin-token guard; null when KOTAE_ADMIN_TOKEN is unset (then nothing is mounted). */
export function register(app: Express, deps: AppDeps, admin: RequestHandler | null): void {
  if (!admin) return;

  // A request during a running reload joins it: one build, and every caller gets its outcome.
  app.post('/api/admin/reload', admin, async (_req, res) => {
    const { outcome, joined } = await reloadKnowledge(deps, 'admin');
    res
      .status(outcome.ok ? 200 : 422)
      .set('Cache-Control', 'no-store')
      .json({ ...outcome, joined });
  });

  app.get('/api/admin/status', admin, (_req, res) => {
    res.set('Cache-Control', 'no-store').json({
      ...deps.kotae.status(),
      reloading: deps.kotae.reloading,
      watching: deps.config.KNOWLEDGE_WATCH,
      dataDir: deps.questionLog.dataDir,
    });
  });

  app.get('/api/admin/unanswered', admin, async (req, res) => {
    const requested = Number(req.query.limit ?? DEFAULT_UNANSWERED);
    const limit = Number.isInteger(requested) ? Math.min(Math.max(requested, 1), MAX_UNANSWERED) : DEFAULT_UNANSWERED;
    res.set('Cache-Control', 'no-store').json({ entries: await deps.questionLog.recentUnanswered(limit) });
  });
}
