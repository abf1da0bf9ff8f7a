/**
 * Starting and stopping the HTTP server. Start: listen (so that `/healthz` answers during a slow
 * first load), load the knowledge, then watch it if asked. Stop: drain — the listener closes at
 * once, requests in flight finish (answered with `Connection: close`) — within a deadline, then
 * the chat adapters stop.
 */
import { createServer, type Server } from 'node:http';
import { Server as NetServer, type AddressInfo } from 'node:net';
import type { BotHandle, MountBot } from '../bots/types.js';
import { settlesWithin, TIMED_OUT } from '../core/settles-within.js';
import type { Logger } from '../logging.js';
import { createApp } from './app.js';
import type { ServerDeps } from './deps.js';
import { Lifecycle } from './lifecycle.js';
import { watchKnowledge, type KnowledgeWatcher } from './watch.js';

/** Orchestrators kill after 10 s (Docker, Kubernetes); draining leaves room to stop the adapters. */
export const DEFAULT_DRAIN_TIMEOUT_MS = 8000;
const BOT_STOP_TIMEOUT_MS = 1000;
/** How long a draining server must see no request before it closes its idle kept-alive connections. */
const DRAIN_QUIET_MS = 250;
/** Slow-body clients must not hold a connection forever; no legitimate request takes this long. */
const REQUEST_TIMEOUT_MS = 60_000;

export interface StartOptions {
  /** The chat adapters to mount; Slack and Teams unless a test says otherwise. */
  readonly adapters?: readonly MountBot[];
  readonly watchDebounceMs?: number;
  readonly drainTimeoutMs?: number;
}

export interface RunningServer {
  /** Where the web console is, e.g. `http://127.0.0.1:3000/`. */
  readonly url: string;
  readonly port: number;
  readonly lifecycle: Lifecycle;
  /** Drains and stops; calling it again returns the same shutdown. */
  stop(): Promise<void>;
}

export async function startServer(deps: ServerDeps, options: StartOptions = {}): Promise<RunningServer> {
  const { config, logger, kotae } = deps;
  const lifecycle = new Lifecycle();
  const { app, bots } = await createApp({ ...deps, lifecycle }, options.adapters);
  const server = createServer({ requestTimeout: REQUEST_TIMEOUT_MS }, app);
  try {
    await listen(server, config.PORT, config.HOST);
  } catch (error) {
    await stopBots(bots, logger);
    throw new Error(listenFailure(error, config.HOST, config.PORT));
  }
  const { port } = server.address() as AddressInfo;
  const url = consoleUrl(config.HOST, port);
  logger.info(
    {
      event: 'listening',
      url,
      knowledge_dir: kotae.dir,
      data_dir: deps.questionLog.dataDir,
      watch: config.KNOWLEDGE_WATCH,
      admin: config.KOTAE_ADMIN_TOKEN ? 'enabled' : 'disabled',
      bots: bots.map((b) => b.name),
    },
    `kotae listening on ${url}`,
  );

  let watcher: KnowledgeWatcher | null = null;
  let stopping: Promise<void> | null = null;
  const stop = () =>
    (stopping ??= drain(server, lifecycle, logger, options.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS, () => watcher?.close()).then(
      async () => {
        await stopBots(bots, logger);
        // Entries recorded by the last requests and chat turns reach the disk before the exit.
        await Promise.all([deps.questionLog.flush(), deps.escalations.flush()]);
        logger.info({ event: 'stopped' }, 'kotae stopped');
      },
    ));

  const first = await kotae.reload();
  if (!first.ok) {
    await stop();
    throw new Error(`could not load the knowledge: ${first.error}`);
  }
  const { status } = first;
  logger.info(
    { event: 'ready', items: status.items, files: status.files.length, warnings: status.warnings.length, took_ms: first.tookMs },
    `knowledge loaded: ${status.items} items from ${status.files.length} files`,
  );
  for (const w of status.warnings) logger.warn({ event: 'knowledge_warning', file: w.file }, w.message);
  if (config.KNOWLEDGE_WATCH) watcher = watchKnowledge(deps, options.watchDebounceMs);

  return { url, port, lifecycle, stop };
}

async function drain(server: Server, lifecycle: Lifecycle, logger: Logger, timeoutMs: number, beforeDrain: () => void): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  lifecycle.beginDrain();
  beforeDrain();
  // Stop accepting at once: under steady load, a listener left open keeps taking new work and
  // drains to the deadline. net's close, not http's: http's also drops idle kept-alive connections
  // at once, resetting a request a client has just sent on one. Those requests are answered instead,
  // with `Connection: close` (see Lifecycle), and the connections left idle are closed once the
  // server has been quiet for a moment.
  const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
  logger.info({ event: 'draining', in_flight: lifecycle.inFlight }, 'draining: no new connections; finishing requests in flight');
  const finished = await before(deadline, lifecycle.quiet(DRAIN_QUIET_MS));
  server.closeIdleConnections();
  if (!finished || !(await before(deadline, closed))) {
    logger.warn({ event: 'drain_timeout', in_flight: lifecycle.inFlight }, 'drain deadline reached; closing the remaining connections');
    server.closeAllConnections();
    await closed;
  }
}

/** True when `promise` settles before `deadline` (epoch ms). */
async function before(deadline: number, promise: Promise<void>): Promise<boolean> {
  return (await settlesWithin(promise, deadline - Date.now())) !== TIMED_OUT;
}

async function stopBots(bots: readonly BotHandle[], logger: Logger): Promise<void> {
  await Promise.all(
    bots.map(async (bot) => {
      try {
        if (!(await before(Date.now() + BOT_STOP_TIMEOUT_MS, bot.stop())))
          logger.warn({ bot: bot.name }, 'chat adapter did not stop in time');
      } catch (error) {
        logger.warn({ err: error, bot: bot.name }, 'chat adapter failed to stop cleanly');
      }
    }),
  );
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function listenFailure(error: unknown, host: string, port: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') return `port ${port} on ${host} is already in use; stop the other process or set PORT to a free port.`;
  if (code === 'EACCES') return `not allowed to listen on port ${port}; use a port above 1023 (set PORT).`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `cannot listen on HOST=${host}: no such address on this machine.`;
  return `cannot listen on ${host}:${port}: ${error instanceof Error ? error.message : String(error)}`;
}

/** A browsable address: "all interfaces" is not something to type into a browser. */
function consoleUrl(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}/`;
}
