/**
 * A loaded knowledge folder and the index built from it: immutable, so that a reload can build a
 * new one beside it and swap a single reference.
 *
 * A build has two halves. Loading the files and analysing their texts with kuromoji is most of the
 * work; it runs in a worker thread for the server (`offThread`). Indexing the analysed texts
 * (MiniSearch) runs where the index will be searched, without kuromoji.
 */
import { buildCatalogue, parseControls } from '../controls/catalogue.js';
import { CONTROLS_FILE, SYNONYMS_FILE } from '../knowledge/loader.js';
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { LoadWarning } from '../knowledge/types.js';
import { defaultCacheFile, MAX_DEFAULT_CACHES, type AnalysisCache } from '../search/analysis-cache.js';
import { createAnalyzer } from '../search/analyzer.js';
import { buildGlossary, parseSynonyms } from '../search/glossary.js';
import { SearchIndex } from '../search/search-index.js';
import { analyseInProcess, type CacheLocation } from './analysis-session.js';
import { analyseInWorker } from './analysis-thread.js';
import { keepLastGood, type KnowledgeChanges, type LastGoodKnowledge } from './last-good.js';

export interface KnowledgeSnapshot extends LastGoodKnowledge {
  readonly dir: string;
  readonly index: SearchIndex;
  readonly files: readonly KnowledgeFileReport[];
  readonly warnings: readonly LoadWarning[];
  /** Against the previous snapshot (every file is added on a first load). */
  readonly changes: KnowledgeChanges;
  readonly synonymGroups: number;
  /** The synonyms and controls files as read, to tell whether a reload changed them. */
  readonly synonymsText: string | null;
  readonly controlsText: string | null;
  readonly loadedAt: Date;
  readonly buildMs: number;
  /** The part of the build that ran in the calling thread: indexing the analysed texts. */
  readonly indexMs: number;
}

export interface SnapshotOptions {
  /**
   * Where analysed texts are cached between runs (default: a file per knowledge folder in the OS
   * temp folder, which keeps the {@link MAX_DEFAULT_CACHES} most recently used); `false` for none.
   */
  readonly cacheFile?: string | false;
  /** The snapshot serving now: files that fail or shrink keep its items (see last-good.ts). */
  readonly previous?: KnowledgeSnapshot | null;
  /** Load and analyse in a worker thread, leaving this thread's event loop free. */
  readonly offThread?: boolean;
}

/** Loads `dir` and indexes it. Throws only when the folder itself is unusable. */
export async function buildSnapshot(dir: string, options: SnapshotOptions = {}): Promise<KnowledgeSnapshot> {
  const started = performance.now();
  // Questions need the analyzer in this thread: its dictionary loads while the folder is read.
  const analyzer = createAnalyzer();
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  analyzer.catch(() => undefined);
  const cache: CacheLocation =
    options.cacheFile === false ? null : options.cacheFile ? { file: options.cacheFile } : { file: defaultCacheFile(dir), keepNewest: MAX_DEFAULT_CACHES };
  const session = options.offThread ? analyseInWorker(cache) : analyseInProcess(cache, () => analyzer);
  try {
    const analysed = await session.load(dir);
    const previous = options.previous ?? null;
    const merged = keepLastGood(previous, analysed);
    const synonyms = analysed.synonymsText === null ? { groups: [], warnings: [] } : parseSynonyms(analysed.synonymsText, SYNONYMS_FILE);
    const controls = analysed.controlsText === null ? { additions: [], warnings: [] } : parseControls(analysed.controlsText, CONTROLS_FILE);
    const { added, changed, removed } = merged.changes;
    // Nothing an answer depends on changed (kept files hold the very items they held): the index
    // serving now is the one this build would make, and the terms need not even be fetched.
    const unchanged =
      previous !== null &&
      !added.length &&
      !changed.length &&
      !removed.length &&
      analysed.synonymsText === previous.synonymsText &&
      analysed.controlsText === previous.controlsText;
    let index: SearchIndex;
    let indexMs = 0;
    if (unchanged) index = previous.index;
    else {
      // Kept items analysed fine when they were first loaded; should one fail now, the index
      // analyses it here instead, and an error there fails this reload as a whole.
      const { terms } = await session.terms(merged.keptTexts);
      const indexStarted = performance.now();
      index = await SearchIndex.build(merged.items, {
        analyzer,
        glossary: buildGlossary(synonyms.groups),
        catalogue: buildCatalogue(controls.additions),
        cache: termLookup(terms),
      });
      indexMs = Math.round(performance.now() - indexStarted);
    }
    return {
      dir: analysed.dir,
      index,
      items: index.items,
      files: merged.files,
      digests: merged.digests,
      refused: merged.refused,
      warnings: [...merged.warnings, ...synonyms.warnings, ...controls.warnings],
      changes: merged.changes,
      synonymGroups: synonyms.groups.length,
      synonymsText: analysed.synonymsText,
      controlsText: analysed.controlsText,
      loadedAt: new Date(),
      buildMs: Math.round(performance.now() - started),
      indexMs,
    };
  } finally {
    await session.close();
  }
}

/** Analysed texts in the shape the index reads; every text is known, so nothing is stored. */
export function termLookup(terms: ReadonlyMap<string, string[]>): AnalysisCache & { readonly misses: number } {
  let misses = 0;
  return {
    get(text) {
      const found = terms.get(text);
      if (!found) misses++;
      return found;
    },
    set: () => undefined,
    save: async () => undefined,
    get misses() {
      return misses;
    },
  };
}

/** File types a knowledge folder may hold, for callers that watch the folder. */
export { SUPPORTED_EXTENSIONS } from '../knowledge/loader.js';
