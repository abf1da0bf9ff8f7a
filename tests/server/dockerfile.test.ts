/**
 * There is no Docker engine where these tests run, so the image is checked by reading the
 * Dockerfile: the properties operators rely on, and that everything it copies exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/kotae-server.js';

const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
// Continuation lines joined, comments dropped: one instruction per entry.
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line && !line.startsWith('#'));
const stages = instructions.reduce<string[][]>((all, line) => {
  if (/^FROM\s/i.test(line)) all.push([]);
  all.at(-1)?.push(line);
  return all;
}, []);
const runtime = stages.at(-1) ?? [];
const dockerignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim());

describe('Dockerfile', () => {
  it('is multi-stage: a named build stage, and a runtime stage on the same Node base', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0]?.[0]).toMatch(/^FROM node:2[02]-slim AS build$/i);
    expect(runtime[0]).toMatch(/^FROM node:2[02]-slim AS runtime$/i);
    expect(stages[0]?.some((l) => /^RUN npm run build$/.test(l))).toBe(true);
  });

  it('installs production dependencies only in the runtime stage, and copies the build from the build stage', () => {
    expect(runtime).toContainEqual(expect.stringMatching(/^RUN npm ci --omit=dev --ignore-scripts\b/));
    expect(runtime.some((l) => /npm (ci|install)(?!.*--omit=dev)/.test(l))).toBe(false);
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
  });

  it('ships the launcher, the console files and default knowledge, all present in the build context', () => {
    const copied = runtime.filter((l) => /^COPY (?!--from)/.test(l)).map((l) => l.split(/\s+/)[1] ?? '');
    expect(copied).toEqual(expect.arrayContaining(['bin', 'src/server/public', 'knowledge', 'package.json']));
    for (const source of copied) {
      expect(existsSync(path.join(ROOT, source)), source).toBe(true);
      expect(dockerignore, `${source} must not be docker-ignored`).not.toContain(source);
    }
  });

  it('runs as the non-root node user, listening on all interfaces, with knowledge and data as volumes', () => {
    const user = runtime.filter((l) => /^USER\s/.test(l)).at(-1);
    expect(user).toBe('USER node');
    expect(runtime.indexOf(user!)).toBeLessThan(runtime.findIndex((l) => l.startsWith('CMD')));
    expect(runtime.join('\n')).toMatch(/HOST=0\.0\.0\.0/);
    expect(runtime).toContain('VOLUME ["/app/knowledge", "/app/data"]');
    expect(runtime).toContain('EXPOSE 3000');
  });

  it('checks health on /healthz and starts kotae serve as PID 1 so that SIGTERM drains', () => {
    expect(runtime.find((l) => l.startsWith('HEALTHCHECK'))).toMatch(/CMD \["node", "-e", ".*fetch\(.*\/healthz/);
    expect(runtime.at(-1)).toBe('CMD ["node", "bin/kotae.js", "serve"]');
  });

  it('keeps secrets, local data and build output out of the build context', () => {
    for (const entry of ['.env', 'node_modules', 'data', 'dist', '.git']) expect(dockerignore).toContain(entry);
  });
});
