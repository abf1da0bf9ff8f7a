/**
 * The worker thread of analysis-thread.ts: in-process analysis sessions, one per build, answered
 * in order. kuromoji's dictionary is loaded on the first text no cache holds, then kept for the
 * worker's life.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, type MessagePort } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../search/analyzer.js';
import { transferableBuffers } from '../search/term-index.js';
import type { WorkerReply, WorkerRequest } from './analysis-thread.js';
import { analyseInProcess, type AnalysisSession } from './analysis-session.js';

const port: MessagePort =
  parentPort ??
  (() => {
    throw new Error('analysis-worker.js runs only as a worker thread (see analysis-thread.ts).');
  })();

/**
 * The worker's nice value. Answers come first: on a busy machine a reload may take longer, but
 * the thread answering questions is not slowed by it. Linux keeps a nice value per thread.
 */
export const WORKER_NICE = 10;

/** Lowers this thread's CPU priority where the OS allows it (Linux); elsewhere it stays as it is. */
function yieldToAnswers(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(thread)) setPriority(thread, WORKER_NICE);
  } catch {
    // Not Linux (no /proc/thread-self): the worker shares the CPU as an equal.
  }
}
yieldToAnswers();

let analyzer: Promise<Analyzer> | null = null;
const loadAnalyzer = () => (analyzer ??= createAnalyzer());
const sessions = new Map<number, AnalysisSession>();

async function handle(request: WorkerRequest): Promise<void> {
  if (request.kind === 'open') {
    sessions.set(request.session, analyseInProcess(request.cache, loadAnalyzer));
    return;
  }
  const session = sessions.get(request.session);
  if (request.kind === 'close') {
    sessions.delete(request.session);
    await session?.close();
    return;
  }
  try {
    if (!session) throw new Error(`no analysis session ${request.session}`);
    if (request.kind === 'load')
      port.postMessage({ id: request.id, ok: true, result: await session.load(request.dir) } satisfies WorkerReply);
    else {
      const image = await session.index(request.files);
      port.postMessage({ id: request.id, ok: true, result: image } satisfies WorkerReply, transferableBuffers(image));
    }
  } catch (error) {
    port.postMessage({
      id: request.id,
      ok: false,
      error: (error instanceof Error && error.message) || String(error),
    } satisfies WorkerReply);
  }
}

let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(() => handle(request));
});
