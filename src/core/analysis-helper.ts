/**
 * A helper thread for a load with many files to analyse (analysis-session.ts): it analyses the
 * items of the files it is given, as the session would, and hands the analyses back, their arrays
 * moved rather than copied. One request per thread; the session ends the thread after it.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { createAnalyzer } from '../search/analyzer.js';
import { transferableBuffers } from '../search/term-index.js';
import { itemAnalysis, sharedTexts, taggerFor, type HelperJob, type HelperResult } from './analysis-session.js';

/** Session → helper. */
export interface HelperRequest {
  readonly jobs: readonly HelperJob[];
  readonly controlsText: string | null;
}

/** Helper → session: each job's result, or why none could be made. */
export type HelperReply = { readonly ok: true; readonly results: readonly HelperResult[] } | { readonly ok: false; readonly error: string };

const port: MessagePort =
  parentPort ??
  (() => {
    throw new Error('analysis-helper.js runs only as a worker thread (see analysis-thread.ts).');
  })();

port.once('message', async ({ jobs, controlsText }: HelperRequest) => {
  try {
    const analyzer = createAnalyzer();
    analyzer.catch(() => undefined);
    const tagger = taggerFor(controlsText);
    const shared = sharedTexts(jobs.map((job) => job.items));
    const results: HelperResult[] = [];
    for (const job of jobs) {
      const analyse = await itemAnalysis(job.items, new Map(job.reusable), shared, () => analyzer, tagger);
      try {
        results.push({ analysis: analyse() });
      } catch (error) {
        results.push({ error: (error instanceof Error && error.message) || String(error) });
      }
    }
    const buffers = results.flatMap((result) => ('analysis' in result ? transferableBuffers(result.analysis) : []));
    port.postMessage({ ok: true, results } satisfies HelperReply, buffers);
  } catch (error) {
    port.postMessage({ ok: false, error: (error instanceof Error && error.message) || String(error) } satisfies HelperReply);
  }
});
