/**
 * The worker thread of analysis-thread.ts: runs an in-process analysis session and answers its
 * requests in order. kuromoji's dictionary is loaded only if some text is not in the cache.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer, type Analyzer } from '../search/analyzer.js';
import type { WorkerReply, WorkerRequest, WorkerSetup } from './analysis-thread.js';
import { analyseInProcess } from './analysis-session.js';

const port = parentPort;
if (!port) throw new Error('analysis-worker.js runs only as a worker thread (see analysis-thread.ts).');

let analyzer: Promise<Analyzer> | null = null;
const session = analyseInProcess((workerData as WorkerSetup).cache, () => (analyzer ??= createAnalyzer()));

let queue = Promise.resolve();
port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    if (request.kind === 'close') {
      await session.close();
      port.close();
      return;
    }
    let reply: WorkerReply;
    try {
      const result = request.kind === 'load' ? await session.load(request.dir) : await session.analyse(request.groups);
      reply = { id: request.id, ok: true, result };
    } catch (error) {
      reply = { id: request.id, ok: false, error: (error instanceof Error && error.message) || String(error) };
    }
    port.postMessage(reply);
  });
});
