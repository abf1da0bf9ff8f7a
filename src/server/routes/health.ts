/**
 * Probes for orchestrators and load balancers. `/healthz`: the process answers at all.
 * `/readyz`: 200 only while an index is loaded and the server is not draining, so that traffic
 * goes elsewhere before and after this replica can answer.
 */
import type { Express } from 'express';
import type { AppDeps } from '../deps.js';

export function register(app: Express, deps: AppDeps): void {
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });

  app.get('/readyz', (_req, res) => {
    const status = deps.kotae.status();
    const body = {
      items: status.items,
      files: status.files.length,
      loadedAt: status.loadedAt,
      version: status.version,
      // This probe itself is one of the requests in flight; it is not work to drain.
      inFlight: deps.lifecycle.inFlight - 1,
    };
    res.set('Cache-Control', 'no-store');
    if (deps.lifecycle.draining) res.status(503).json({ status: 'draining', ...body });
    else if (!status.ready) res.status(503).json({ status: 'loading', ...body });
    else res.json({ status: 'ready', ...body });
  });
}
