/**
 * The web console: static files with no build step. They stay in the source tree and are found
 * relative to this module, which resolves to the same folder from `src/server/routes/` (tests)
 * and from `dist/server/routes/` (the compiled server and the Docker image).
 */
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';

export const PUBLIC_DIR = fileURLToPath(new URL('../../../src/server/public/', import.meta.url));

/** The page only ever loads its own files and talks to its own origin. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function register(app: Express): void {
  app.use(
    express.static(PUBLIC_DIR, {
      index: 'index.html',
      // Revalidate on every load: an upgraded server must never run with the old script.
      cacheControl: true,
      maxAge: 0,
      setHeaders: (res) => {
        res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
        res.setHeader('X-Frame-Options', 'DENY');
      },
    }),
  );
}
