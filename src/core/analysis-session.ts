/**
 * Where a build's loading and analysis run: in this thread (the CLI, where a worker would only add
 * its start-up) or in a worker thread (the server, whose event loop must keep answering). Both
 * sides speak this interface; one session serves one build.
 */
import { loadKnowledge } from '../knowledge/loader.js';
import { openAnalysisCache } from '../search/analysis-cache.js';
import type { Analyzer } from '../search/analyzer.js';
import { analyseFiles, analyseLoaded, type AnalysedKnowledge, type AnalysedTexts, type FileTexts } from './analysed-knowledge.js';

export interface AnalysisSession {
  /** Loads the folder and analyses every item; throws only when the folder itself is unusable. */
  load(dir: string): Promise<AnalysedKnowledge>;
  /** The terms of every text {@link load} analysed, plus those of `extra` texts (items a reload keeps). */
  terms(extra: readonly FileTexts[]): Promise<AnalysedTexts>;
  /** Ends the session; the analysis cache is saved (in the background, for a worker). */
  close(): Promise<void>;
}

/** Where analysed texts are cached between runs; null for no cache. */
export type CacheLocation = { readonly file: string; readonly keepNewest?: number } | null;

/** A session in this thread; `analyzer` is only awaited for texts the cache does not hold. */
export function analyseInProcess(cache: CacheLocation, analyzer: () => Promise<Analyzer>): AnalysisSession {
  const opened = cache ? openAnalysisCache(cache.file, { keepNewest: cache.keepNewest }) : Promise.resolve(undefined);
  let loadedTerms = new Map<string, string[]>();
  return {
    async load(dir) {
      const [loaded, analysisCache] = await Promise.all([loadKnowledge(dir), opened]);
      const { knowledge, terms } = await analyseLoaded(loaded, analyzer, analysisCache);
      loadedTerms = terms;
      return knowledge;
    },
    async terms(extra) {
      return analyseFiles(extra, analyzer, await opened, loadedTerms);
    },
    async close() {
      await (await opened)?.save();
    },
  };
}
