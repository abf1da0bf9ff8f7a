/**
 * Test fixtures made of real parts: a knowledge folder copied from the bundled samples into a
 * temp folder, the real config parser, the real server on an ephemeral 127.0.0.1 port, and the
 * real logger writing into memory so that tests can read the log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';
import type { MountBot } from '../../src/bots/types.js';
import { loadConfig } from '../../src/config.js';
import type { SnapshotBuilder } from '../../src/core/kotae-service.js';
import { createLogger } from '../../src/logging.js';
import { createServerDeps, type ServerDeps } from '../../src/server/deps.js';
import { startServer, type RunningServer } from '../../src/server/server.js';
import { waitFor } from '../helpers/wait-for.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin', 'kotae.js');
export const ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

/** A CSV checksheet whose answers exist nowhere in the samples: its arrival is visible. */
export const PENGUIN_CSV = 'No.,質問,回答\n1,ペンギンの飼育方針はありますか,社内規程でペンギンの飼育方針を定め、年1回見直しています。\n';
export const PENGUIN_QUESTION = 'ペンギンの飼育方針はありますか';
export const ENCRYPTION_QUESTION = 'データは暗号化されていますか';
/** Matches nothing at all: always "no confident answer". */
export const NONSENSE_QUESTION = 'xyzzy plugh';

export interface TempDirs {
  readonly root: string;
  readonly knowledge: string;
  readonly data: string;
  remove(): Promise<void>;
}

/** A temp folder holding `knowledge/` (a copy of the bundled samples) and `data/`. */
export async function makeTempDirs(): Promise<TempDirs> {
  const root = await mkdtemp(path.join(tmpdir(), 'kotae-test-'));
  const knowledge = path.join(root, 'knowledge');
  await cp(path.join(ROOT, 'knowledge'), knowledge, { recursive: true });
  return { root, knowledge, data: path.join(root, 'data'), remove: () => rm(root, { recursive: true, force: true }) };
}

export async function addPenguinFile(knowledgeDir: string): Promise<void> {
  await writeFile(path.join(knowledgeDir, 'penguin.csv'), PENGUIN_CSV);
}

export interface TestServer {
  readonly url: string;
  readonly deps: ServerDeps;
  readonly server: RunningServer;
  /** Every log line so far, parsed. */
  logLines(): Array<Record<string, unknown>>;
  /** The raw log output, for checks that a secret never appears anywhere. */
  logText(): string;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  readonly knowledgeDir: string;
  readonly dataDir: string;
  readonly env?: Record<string, string>;
  readonly buildSnapshot?: SnapshotBuilder;
  readonly adapters?: readonly MountBot[];
  readonly watchDebounceMs?: number;
}

export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', KOTAE_DATA_DIR: options.dataDir, LOG_LEVEL: 'info', ...options.env });
  const chunks: string[] = [];
  const logger = createLogger(config.LOG_LEVEL, { write: (chunk: string) => void chunks.push(chunk) });
  const deps = createServerDeps(config, { knowledgeDir: options.knowledgeDir, logger, buildSnapshot: options.buildSnapshot });
  const server = await startServer(deps, { adapters: options.adapters, watchDebounceMs: options.watchDebounceMs });
  return {
    url: server.url,
    deps,
    server,
    logText: () => chunks.join(''),
    logLines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    stop: () => server.stop(),
  };
}

export interface AskResponse {
  readonly status: number;
  readonly body: {
    readonly question?: string;
    readonly answered?: boolean;
    readonly took_ms?: number;
    readonly results?: ReadonlyArray<{
      readonly id: string;
      readonly answer: string;
      readonly citation: string;
      readonly confidence: number;
    }>;
    readonly error?: string;
  };
}

export async function ask(baseUrl: string, body: unknown, headers: Record<string, string> = {}): Promise<AskResponse> {
  const response = await fetch(new URL('api/ask', baseUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as AskResponse['body'] };
}

export function admin(baseUrl: string, pathname: string, init: { method?: string; token?: string | null } = {}): Promise<Response> {
  const token = init.token === undefined ? ADMIN_TOKEN : init.token;
  return fetch(new URL(pathname, baseUrl), {
    method: init.method ?? 'GET',
    headers: token === null ? {} : { authorization: `Bearer ${token}` },
  });
}

/**
 * A child process environment with nothing inherited from the developer's shell but PATH/HOME:
 * no stray KOTAE_ADMIN_TOKEN or Slack token can change what is tested.
 */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...extra };
}

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  stdout(): string;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs `kotae serve` as a real process (the compiled CLI) and waits until it prints its URL. */
export async function spawnServe(cwd: string, env: Record<string, string>): Promise<ServeProcess> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    cwd,
    env: cleanEnv({ PORT: '0', HOST: '127.0.0.1', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let done = false;
  void exited.then(() => (done = true));
  await waitFor(() => done || /ready at (http:\/\/\S+)/.test(err), 'kotae serve to print its URL');
  const url = /ready at (http:\/\/\S+)/.exec(err)?.[1];
  if (!url) throw new Error(`kotae serve did not start:\n${err}`);
  return { child, url, stdout: () => out, stderr: () => err, exited };
}

export interface AdminServers {
  dirs: TempDirs;
  /** Started with KOTAE_ADMIN_TOKEN = ADMIN_TOKEN. */
  withToken: TestServer;
  /** Started without an admin token: the admin endpoints are off. */
  withoutToken: TestServer;
}

/**
 * Two servers on one temporary knowledge folder, one with the admin token and one without,
 * started before the calling file's tests and stopped after them.
 */
export function useAdminServers(): AdminServers {
  const servers = {} as AdminServers;
  beforeAll(async () => {
    servers.dirs = await makeTempDirs();
    [servers.withToken, servers.withoutToken] = await Promise.all([
      startTestServer({ knowledgeDir: servers.dirs.knowledge, dataDir: servers.dirs.data, env: { KOTAE_ADMIN_TOKEN: ADMIN_TOKEN } }),
      startTestServer({ knowledgeDir: servers.dirs.knowledge, dataDir: servers.dirs.data }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([servers.withToken?.stop(), servers.withoutToken?.stop()]);
    await servers.dirs?.remove();
  });
  return servers;
}
