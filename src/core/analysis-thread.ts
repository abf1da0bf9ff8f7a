/**
 * An analysis session in a worker thread: reading the folder and kuromoji's analysis of every text
 * (seconds for a large folder) happen there, so questions keep being answered at their usual speed
 * during a reload. One worker per build; it exits when the build is done, which also frees its
 * copy of the kuromoji dictionary. A worker that dies (out of memory on a hostile file) fails that
 * build only; the process and the serving index are untouched.
 *
 * A worker thread cannot load TypeScript, so when this module runs from src/ (the tests, under
 * vitest) the worker is the compiled copy in dist/, which the tests' global setup keeps current.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AnalysedKnowledge, AnalysedTexts, FileTexts } from './analysed-knowledge.js';
import type { AnalysisSession, CacheLocation } from './analysis-session.js';

type WorkerCall = { readonly kind: 'load'; readonly dir: string } | { readonly kind: 'analyse'; readonly groups: readonly FileTexts[] };

export type WorkerRequest = (WorkerCall & { readonly id: number }) | { readonly kind: 'close' };

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: AnalysedKnowledge | AnalysedTexts }
  | { readonly id: number; readonly ok: false; readonly error: string };

export interface WorkerSetup {
  readonly cache: CacheLocation;
}

/** The worker's entry module, compiled (see the module comment). */
export function workerEntry(): string {
  const here = fileURLToPath(import.meta.url);
  const entry =
    path.extname(here) === '.js'
      ? path.join(path.dirname(here), 'analysis-worker.js')
      : path.resolve(path.dirname(here), '..', '..', 'dist', 'core', 'analysis-worker.js');
  if (!existsSync(entry)) throw new Error(`the knowledge loader ${entry} is missing: run \`npm run build\`.`);
  return entry;
}

/** A session whose loading and analysis run in a new worker thread. */
export function analyseInWorker(cache: CacheLocation): AnalysisSession {
  const setup: WorkerSetup = { cache };
  const worker = new Worker(pathToFileURL(workerEntry()), { workerData: setup });
  const pending = new Map<number, { resolve: (result: never) => void; reject: (error: Error) => void }>();
  let nextId = 0;
  let stopped: Error | null = null;

  const stop = (error: Error) => {
    stopped ??= error;
    for (const waiting of pending.values()) waiting.reject(stopped);
    pending.clear();
  };
  worker.on('message', (reply: WorkerReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.result as never);
    else waiting?.reject(new Error(reply.error));
  });
  worker.on('error', (error) => stop(workerFailure(error)));
  worker.on('exit', (code) => stop(new Error(`the knowledge loader thread stopped (exit code ${code}) before it finished.`)));

  const call = <T>(request: WorkerCall): Promise<T> =>
    stopped
      ? Promise.reject(stopped)
      : new Promise<T>((resolve, reject) => {
          const id = nextId++;
          pending.set(id, { resolve: resolve as (result: never) => void, reject });
          worker.postMessage({ ...request, id });
        });

  return {
    load: (dir) => call<AnalysedKnowledge>({ kind: 'load', dir }),
    analyse: (groups) => call<AnalysedTexts>({ kind: 'analyse', groups }),
    async close() {
      // The worker saves the analysis cache and exits by itself; nothing waits for that.
      if (!stopped) worker.postMessage({ kind: 'close' } satisfies WorkerRequest);
      worker.unref();
    },
  };
}

function workerFailure(error: Error): Error {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new Error('loading the knowledge ran out of memory: look for a very large or unusual file in the knowledge folder and split or remove it.');
  }
  return new Error(`the knowledge loader failed: ${error.message}`);
}
