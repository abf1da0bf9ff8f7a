/**
 * A loaded knowledge folder and the index built from it: immutable, so that a reload can build a
 * new one beside it and swap a single reference.
 *
 * A build has two halves. Loading the files, analysing their items (kuromoji, control tags) and
 * merging the index is most of the work; it runs in a worker thread for the server (`offThread`),
 * and files whose analysis the analysis cache holds are not analysed again. Opening the merged
 * index runs where it will be searched, without kuromoji.
 */
import { parseControls } from '../controls/catalogue.js';
import { CONTROLS_FILE, SYNONYMS_FILE } from '../knowledge/loader.js';
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { LoadWarning } from '../knowledge/types.js';
import { defaultCacheDir, MAX_CACHE_BYTES } from '../search/analysis-cache.js';
import { createAnalyzer } from '../search/analyzer.js';
import { buildGlossary, parseSynonyms, type Glossary } from '../search/glossary.js';
import { SearchIndex } from '../search/search-index.js';
import { analyseInProcess, taggerFor, type CacheLocation } from './analysis-session.js';
import { analyseInWorker, startAnalysisHelper } from './analysis-thread.js';
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
  /** Files this build analysed; the others' analyses came from the analysis cache. */
  readonly reanalysed: readonly string[];
  readonly loadedAt: Date;
  readonly buildMs: number;
  /** The part of the build that ran in the calling thread: opening the merged index, in slices when off-thread. */
  readonly indexMs: number;
}

export interface SnapshotOptions {
  /**
   * Where files' analyses are cached between runs (default: {@link defaultCacheDir}, in the OS
   * temp folder, bounded to {@link MAX_CACHE_BYTES}); `false` for none.
   */
  readonly cacheDir?: string | false;
  /** The snapshot serving now: files that fail or shrink keep its items (see last-good.ts). */
  readonly previous?: KnowledgeSnapshot | null;
  /**
   * Load, analyse and merge in a worker thread, and open the merged index in slices of
   * {@link OPEN_SLICE_MS}: this thread's event loop stays free to answer.
   */
  readonly offThread?: boolean;
}

/** Longest stretch the event loop is held while an off-thread build's index opens. */
export const OPEN_SLICE_MS = 10;

let lastGlossary: { synonymsText: string | null; glossary: Glossary; groups: number } | null = null;

/** The glossary of a synonyms file; the last one is kept, as reloads mostly leave the file alone. */
function glossaryFor(synonymsText: string | null, groups: ReadonlyArray<readonly string[]>): Glossary {
  if (lastGlossary?.synonymsText !== synonymsText || lastGlossary.groups !== groups.length)
    lastGlossary = { synonymsText, glossary: buildGlossary(groups), groups: groups.length };
  return lastGlossary.glossary;
}

/** Loads `dir` and indexes it. Throws only when the folder itself is unusable. */
export async function buildSnapshot(dir: string, options: SnapshotOptions = {}): Promise<KnowledgeSnapshot> {
  const started = performance.now();
  // Questions need the analyzer in this thread: its dictionary loads while the folder is read.
  const analyzer = createAnalyzer();
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  analyzer.catch(() => undefined);
  const cache: CacheLocation = options.cacheDir === false ? null : { dir: options.cacheDir ?? defaultCacheDir() };
  // In this thread, a large load shares its analysis with a helper thread; off-thread (a server's
  // reload) it stays one background thread.
  const session = options.offThread ? analyseInWorker(cache) : analyseInProcess(cache, () => analyzer, { helper: startAnalysisHelper });
  try {
    const analysed = await session.load(dir);
    const previous = options.previous ?? null;
    const merged = keepLastGood(previous, analysed);
    const synonyms = analysed.synonymsText === null ? { groups: [], warnings: [] } : parseSynonyms(analysed.synonymsText, SYNONYMS_FILE);
    const controls = analysed.controlsText === null ? { additions: [], warnings: [] } : parseControls(analysed.controlsText, CONTROLS_FILE);
    const { added, changed, removed } = merged.changes;
    // Nothing an answer depends on changed (kept files hold the very items they held): the index
    // serving now is the one this build would make, and it need not even be merged.
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
      const image = await session.index(merged.indexed);
      const indexStarted = performance.now();
      const parts = { analyzer, glossary: glossaryFor(analysed.synonymsText, synonyms.groups), tagger: taggerFor(analysed.controlsText) };
      index = await SearchIndex.open(merged.items, image, parts, options.offThread ? OPEN_SLICE_MS : null);
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
      reanalysed: analysed.reanalysed,
      loadedAt: new Date(),
      buildMs: Math.round(performance.now() - started),
      indexMs,
    };
  } finally {
    await session.close();
  }
}

/** File types a knowledge folder may hold, for callers that watch the folder. */
export { SUPPORTED_EXTENSIONS } from '../knowledge/loader.js';
