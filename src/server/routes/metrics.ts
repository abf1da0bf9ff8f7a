/**
 * `GET /metrics`: the Prometheus text format, for an operator's scraper, not for the console's
 * users. Off unless KOTAE_METRICS asks for it: `public` serves it to anyone who can reach the
 * server (a scraper inside the network), `admin` only with the admin token as a bearer token.
 */
import type { Express, RequestHandler } from 'express';
import type { AppDeps } from '../deps.js';

export const METRICS_PATH = '/metrics';

/** @param admin - The admin-token guard; null when KOTAE_ADMIN_TOKEN is unset. */
export function register(app: Express, deps: AppDeps, admin: RequestHandler | null): void {
  const mode = deps.config.KOTAE_METRICS;
  if (mode === 'off') return;
  // loadConfig already insists on the token; this guards configs built by hand.
  if (mode === 'admin' && !admin) throw new Error('KOTAE_METRICS=admin needs KOTAE_ADMIN_TOKEN: set it, or set KOTAE_METRICS=public');
  const guards = mode === 'admin' && admin ? [admin] : [];
  app.get(METRICS_PATH, ...guards, async (_req, res) => {
    const text = await deps.metrics.render();
    res.set('Content-Type', deps.metrics.contentType).set('Cache-Control', 'no-store').send(text);
  });
}
