/**
 * Analysis sessions in a worker thread: reading the folder and kuromoji's analysis of every text
 * (seconds for a large folder) happen there, so questions keep being answered during a reload.
 *
 * One worker serves the process. It outlives its last session by {@link WORKER_IDLE_MS}, so that
 * reloads in a burst (a watched folder being copied into, an admin reloading twice) find kuromoji's
 * dictionary loaded; then it exits, which frees its copy of the dictionary (~40 MB). A worker that
 * dies (out of memory on a hostile file) fails the builds it was serving only; the process and the
 * index serving answers are untouched, and the next build starts a new worker.
 *
 * A worker thread cannot load TypeScript, so when this module runs from src/ (the tests, under
 * vitest) the worker is the compiled copy in dist/, which the tests' global setup keeps current.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { IndexImage } from '../search/term-index.js';
import type { AnalysedKnowledge } from './analysed-knowledge.js';
import type { HelperReply, HelperRequest } from './analysis-helper.js';
import type { AnalysisHelper, AnalysisSession, CacheLocation, IndexedFile } from './analysis-session.js';

/** How long the worker waits for another build before it exits. */
export const WORKER_IDLE_MS = 60_000;

type WorkerCall = { readonly kind: 'load'; readonly dir: string } | { readonly kind: 'index'; readonly files: readonly IndexedFile[] };

/**
 * Main thread → worker, handled in order. `open` starts a session with its cache, `close` ends it
 * (the analysis cache is pruned); neither is answered.
 */
export type WorkerRequest =
  | (WorkerCall & { readonly id: number; readonly session: number })
  | { readonly kind: 'open'; readonly session: number; readonly cache: CacheLocation }
  | { readonly kind: 'close'; readonly session: number };

/** Worker → main thread, one per request with an id; an index's buffers are transferred, not copied. */
export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: AnalysedKnowledge | IndexImage }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** A worker's entry module (this folder's `name`.js), compiled (see the module comment). */
export function workerEntry(name: 'analysis-worker' | 'analysis-helper' = 'analysis-worker'): string {
  const here = fileURLToPath(import.meta.url);
  const entry =
    path.extname(here) === '.js'
      ? path.join(path.dirname(here), `${name}.js`)
      : path.resolve(path.dirname(here), '..', '..', 'dist', 'core', `${name}.js`);
  if (!existsSync(entry)) throw new Error(`the knowledge loader ${entry} is missing: run \`npm run build\`.`);
  return entry;
}

interface Waiting {
  resolve(result: never): void;
  reject(error: Error): void;
}

/** The process's worker: calls in, replies out, and its own end when idle or dead. */
class AnalysisWorker {
  private readonly worker = new Worker(pathToFileURL(workerEntry()));
  private readonly pending = new Map<number, Waiting>();
  private nextId = 0;
  private nextSession = 0;
  private sessions = 0;
  private idleTimer: NodeJS.Timeout | undefined;
  stopped: Error | null = null;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if (reply.ok) waiting?.resolve(reply.result as never);
      else waiting?.reject(new Error(reply.error));
    });
    this.worker.on('error', (error) => this.stop(workerFailure(error)));
    this.worker.on('exit', (code) => this.stop(new Error(`the knowledge loader thread stopped (exit code ${code}) before it finished.`)));
  }

  openSession(cache: CacheLocation): number {
    clearTimeout(this.idleTimer);
    this.sessions++;
    const session = this.nextSession++;
    this.worker.postMessage({ kind: 'open', session, cache } satisfies WorkerRequest);
    return session;
  }

  closeSession(session: number): void {
    if (!this.stopped) this.worker.postMessage({ kind: 'close', session } satisfies WorkerRequest);
    if (--this.sessions === 0) this.idleTimer = setTimeout(() => void this.worker.terminate(), WORKER_IDLE_MS).unref();
  }

  call<T>(session: number, request: WorkerCall): Promise<T> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise<T>((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { resolve: resolve as (result: never) => void, reject });
      // A build in progress keeps the process alive; an idle worker never does.
      this.worker.ref();
      this.worker.postMessage({ ...request, id, session } satisfies WorkerRequest);
    });
  }

  private stop(error: Error): void {
    this.stopped ??= error;
    clearTimeout(this.idleTimer);
    for (const waiting of this.pending.values()) waiting.reject(this.stopped);
    this.pending.clear();
  }
}

let shared: AnalysisWorker | null = null;

/** A session whose loading and analysis run in the process's worker thread. */
export function analyseInWorker(cache: CacheLocation): AnalysisSession {
  if (!shared || shared.stopped) shared = new AnalysisWorker();
  const worker = shared;
  const session = worker.openSession(cache);
  return {
    load: (dir) => worker.call<AnalysedKnowledge>(session, { kind: 'load', dir }),
    index: (files) => worker.call<IndexImage>(session, { kind: 'index', files }),
    // The worker bounds the analysis cache in the background; nothing waits for that.
    close: async () => worker.closeSession(session),
  };
}

function workerFailure(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error(
      'loading the knowledge ran out of memory: look for a very large or unusual file in the knowledge folder and split or remove it.',
    );
  }
  return new Error(`the knowledge loader failed: ${error.message}`);
}

/**
 * Starts a helper thread (analysis-helper.ts) for a session in this thread with many files to
 * analyse: it runs at the same priority as this thread, for a command (`kotae ask`, `kotae check`)
 * that waits for its load. It ends when the session closes it.
 */
export function startAnalysisHelper(): AnalysisHelper {
  const worker = new Worker(pathToFileURL(workerEntry('analysis-helper')));
  return {
    analyse: (jobs, controlsText) =>
      new Promise((resolve, reject) => {
        worker.once('message', (reply: HelperReply) => (reply.ok ? resolve(reply.results) : reject(new Error(reply.error))));
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the analysis helper thread stopped (exit code ${code}).`)));
        worker.postMessage({ jobs, controlsText } satisfies HelperRequest);
      }),
    close: () => void worker.terminate(),
  };
}
