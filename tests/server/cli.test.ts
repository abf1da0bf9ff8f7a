import { execFile } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, BIN, addPenguinFile, cleanEnv, useAdminServers } from '../support/kotae-server.js';

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the compiled CLI asynchronously: the server under test lives in this process. */
function kotae(args: string[], env: Record<string, string>, cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), timeout: 25_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const servers = useAdminServers();

describe('kotae reload', () => {
  it('reloads the running server and prints what changed, its files, items and warnings', async () => {
    await addPenguinFile(servers.dirs.knowledge);
    const run = await kotae(['reload', '--url', servers.withToken.url], { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN }, servers.dirs.root);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^reloaded: 6 files, \d+ items, index version 2.*\n追加 \(added\): penguin\.csv\n/);
    expect(run.stdout).toMatch(/penguin\.csv\s+1\n/);
    expect(run.stdout).not.toContain(ADMIN_TOKEN);
  });

  it('fails with a clear message when the token is wrong (401)', async () => {
    const run = await kotae(
      ['reload', '--url', servers.withToken.url],
      { KOTAE_ADMIN_TOKEN: 'not-the-right-token-at-all' },
      servers.dirs.root,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/refused the admin token \(401\)/);
    expect(run.stderr).not.toContain('not-the-right-token-at-all');
  });

  it('fails with a clear message when the server has no admin endpoints (404)', async () => {
    const run = await kotae(['reload', '--url', servers.withoutToken.url], { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN }, servers.dirs.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no admin endpoints \(404\).*KOTAE_ADMIN_TOKEN on the server/);
  });

  it('fails with a clear message when nothing listens at the address', async () => {
    const port = await freePort();
    const run = await kotae(['reload'], { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN, PORT: String(port) }, servers.dirs.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`could not connect to http://127.0.0.1:${port} (connection refused)`);
  });

  it('asks for the token when KOTAE_ADMIN_TOKEN is not set', async () => {
    const run = await kotae(['reload', '--url', servers.withToken.url], {}, servers.dirs.root);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/set KOTAE_ADMIN_TOKEN/);
  });
});

describe('kotae serve configuration errors', () => {
  it('names every bad variable in one message, prints no value and no stack, and exits 1', async () => {
    const env = { PORT: 'eighty', KOTAE_ADMIN_TOKEN: 'tooShortSecret', SLACK_BOT_TOKEN: 'xoxb-secret-value-1234', LOG_LEVEL: 'loud' };
    const run = await kotae(['serve'], env, servers.dirs.root);
    expect(run.code).toBe(1);
    for (const name of ['PORT', 'KOTAE_ADMIN_TOKEN', 'SLACK_SIGNING_SECRET', 'LOG_LEVEL']) expect(run.stderr).toContain(`  ${name}:`);
    for (const value of Object.values(env)) expect(run.stderr).not.toContain(value);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('exits 1 with the reason when the knowledge folder does not exist', async () => {
    const missing = path.join(servers.dirs.root, 'no-such-folder');
    const run = await kotae(['serve'], { PORT: '0', KNOWLEDGE_DIR: missing, KOTAE_DATA_DIR: servers.dirs.data }, servers.dirs.root);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`kotae: could not load the knowledge: knowledge folder not found: ${missing}`);
  });
});
