import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MountBot } from '../../src/bots/types.js';
import { loadConfig } from '../../src/config.js';
import { buildSnapshot } from '../../src/core/knowledge-snapshot.js';
import { createLogger } from '../../src/logging.js';
import { createServerDeps } from '../../src/server/deps.js';
import { PUBLIC_DIR } from '../../src/server/routes/console.js';
import { startServer } from '../../src/server/server.js';
import { ENCRYPTION_QUESTION, ROOT, ask, makeTempDirs, startTestServer, type TempDirs, type TestServer } from '../support/kotae-server.js';
import { waitFor } from '../helpers/wait-for.js';

/**
 * A chat adapter as Slack's and Teams' are written: its own route under /api, reading the raw
 * body itself (signatures are computed over the exact bytes), and a handle stopped on shutdown.
 */
let stopped = 0;
const rawBodyBot: MountBot = async (app) => {
  app.post('/api/messages', async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    res.json({ raw: Buffer.concat(chunks).toString('utf8') });
  });
  return { name: 'raw-body-bot', stop: async () => void stopped++ };
};
const unconfiguredBot: MountBot = async () => null;

let dirs: TempDirs;
let kotae: TestServer;

beforeAll(async () => {
  dirs = await makeTempDirs();
  kotae = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, adapters: [unconfiguredBot, rawBodyBot] });
});

afterAll(async () => {
  await kotae?.stop();
  await dirs?.remove();
});

describe('the server app', () => {
  it('answers /healthz, and /readyz with the loaded index', async () => {
    const health = await fetch(new URL('healthz', kotae.url));
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });

    const ready = await fetch(new URL('readyz', kotae.url));
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ready', files: 5, version: 1, inFlight: 0 });
    expect(body.items).toBeGreaterThan(200);
    expect(Date.parse(String(body.loadedAt))).not.toBeNaN();
  });

  it('is alive but not ready, and asks to retry, until the first index is loaded', async () => {
    // The real builder, held before it returns: the server is listening but has no index yet.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', KOTAE_DATA_DIR: dirs.data });
    const deps = createServerDeps(config, {
      knowledgeDir: dirs.knowledge,
      logger,
      buildSnapshot: async (dir) => {
        await held;
        return buildSnapshot(dir);
      },
    });
    const starting = startServer(deps, { adapters: [] });
    await waitFor(() => lines.some((l) => l.includes('"event":"listening"')), 'the server to listen');
    const url = String((JSON.parse(lines.find((l) => l.includes('"event":"listening"'))!) as { url: string }).url);

    expect((await fetch(new URL('healthz', url))).status).toBe(200);
    const loading = await fetch(new URL('readyz', url));
    expect(loading.status).toBe(503);
    expect(await loading.json()).toMatchObject({ status: 'loading', items: 0, version: 0, loadedAt: null });
    const early = await ask(url, { question: ENCRYPTION_QUESTION });
    expect(early.status).toBe(503);
    expect(early.body.error).toMatch(/still loading/);

    release();
    const server = await starting;
    expect((await fetch(new URL('readyz', url))).status).toBe(200);
    expect((await ask(url, { question: ENCRYPTION_QUESTION })).body.answered).toBe(true);
    await server.stop();
  });

  it('serves the Japanese web console with a strict content security policy', async () => {
    const page = await fetch(kotae.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<html lang="ja">');
    for (const file of ['console.js', 'console.css']) expect((await fetch(new URL(file, kotae.url))).status).toBe(200);
  });

  it('finds the console files from the compiled server too', async () => {
    const compiled = path.join(ROOT, 'dist', 'server', 'routes', 'console.js');
    const { PUBLIC_DIR: fromDist } = (await import(pathToFileURL(compiled).href)) as { PUBLIC_DIR: string };
    expect(fromDist).toBe(PUBLIC_DIR);
    expect(existsSync(path.join(fromDist, 'index.html'))).toBe(true);
  });

  it('mounts chat adapters with the raw request body, and their /api routes win over the API 404', async () => {
    const raw = '{"type":"message",  "text":"こんにちは"}';
    const response = await fetch(new URL('api/messages', kotae.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: raw,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ raw });
    expect(kotae.logLines()).toContainEqual(expect.objectContaining({ event: 'listening', bots: ['raw-body-bot'] }));
  });

  it('stops the mounted chat adapters on shutdown and stops listening', async () => {
    const other = await startTestServer({ knowledgeDir: dirs.knowledge, dataDir: dirs.data, adapters: [rawBodyBot] });
    const before = stopped;
    await other.stop();
    expect(stopped).toBe(before + 1);
    await expect(fetch(new URL('healthz', other.url))).rejects.toThrow();
  });
});
