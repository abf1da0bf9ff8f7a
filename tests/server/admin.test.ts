import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, ENCRYPTION_QUESTION, admin, ask, useAdminServers } from '../support/kotae-server.js';

const ADMIN_PATHS = [
  ['POST', 'api/admin/reload'],
  ['GET', 'api/admin/status'],
  ['GET', 'api/admin/unanswered'],
] as const;

const servers = useAdminServers();

describe('admin endpoints', () => {
  it.each(ADMIN_PATHS)('%s /%s is 404 when no admin token is configured', async (method, path) => {
    expect((await admin(servers.withoutToken.url, path, { method })).status).toBe(404);
    expect((await admin(servers.withoutToken.url, path, { method, token: ADMIN_TOKEN })).status).toBe(404);
  });

  it.each(ADMIN_PATHS)('%s /%s is 401 without the right bearer token', async (method, path) => {
    for (const token of [null, 'wrong-token-but-long-enough', `${ADMIN_TOKEN}x`, '']) {
      const response = await admin(servers.withToken.url, path, { method, token });
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
    const basic = await fetch(new URL(path, servers.withToken.url), {
      method,
      headers: { authorization: `Basic ${btoa(`admin:${ADMIN_TOKEN}`)}` },
    });
    expect(basic.status).toBe(401);
  });

  it('reports files, item counts, warnings and the last reload in the status', async () => {
    const response = await admin(servers.withToken.url, 'api/admin/status');
    expect(response.status).toBe(200);
    const status = (await response.json()) as Record<string, unknown> & { files: Array<{ file: string; items: number }> };
    expect(status).toMatchObject({ ready: true, version: 1, warnings: [], reloading: false, watching: false, lastReload: { ok: true } });
    expect(status.files.map((f) => f.file)).toEqual([
      'awesomejob-cloud.txt',
      'jinjer.txt',
      'qloba-page.txt',
      'rescuenow.txt',
      'skyarch.txt',
    ]);
    expect(status.items).toBe(status.files.reduce((sum, f) => sum + f.items, 0));
  });

  it('reloads with the right token and reports the new index version', async () => {
    const response = await admin(servers.withToken.url, 'api/admin/reload', { method: 'POST' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { ok: boolean; joined: boolean; status: { version: number; files: unknown[] } };
    expect(body).toMatchObject({ ok: true, joined: false, status: { version: 2 } });
    expect(body.status.files).toHaveLength(5);
  });

  it('never writes the admin token, or a wrong one, to the log', async () => {
    await admin(servers.withToken.url, 'api/admin/status', { token: 'a-wrong-token-that-is-also-secret' });
    await admin(servers.withToken.url, 'api/admin/reload', { method: 'POST' });
    await ask(servers.withToken.url, { question: ENCRYPTION_QUESTION });
    const log = servers.withToken.logText();
    expect(log).toContain('"event":"admin_denied"');
    expect(log).toContain('"event":"reload"');
    expect(log).not.toContain(ADMIN_TOKEN);
    expect(log).not.toContain('a-wrong-token-that-is-also-secret');
    expect(log.toLowerCase()).not.toContain('bearer');
  });
});
