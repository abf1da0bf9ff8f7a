/**
 * A loaded knowledge folder and the index built from it: immutable, so that a reload can build a
 * new one beside it and swap a single reference.
 */
import { buildCatalogue, parseControls } from '../controls/catalogue.js';
import { CONTROLS_FILE, loadKnowledge, SYNONYMS_FILE } from '../knowledge/loader.js';
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { LoadWarning } from '../knowledge/types.js';
import { defaultCacheFile, openAnalysisCache } from '../search/analysis-cache.js';
import { createAnalyzer } from '../search/analyzer.js';
import { buildGlossary, parseSynonyms } from '../search/glossary.js';
import { SearchIndex } from '../search/search-index.js';

export interface KnowledgeSnapshot {
  readonly dir: string;
  readonly index: SearchIndex;
  readonly files: readonly KnowledgeFileReport[];
  readonly warnings: readonly LoadWarning[];
  readonly synonymGroups: number;
  readonly loadedAt: Date;
  readonly buildMs: number;
}

export interface SnapshotOptions {
  /**
   * Where analysed texts are cached between runs (default: a file per knowledge folder in the OS
   * temp folder); `false` for no cache.
   */
  readonly cacheFile?: string | false;
}

/** Loads `dir` and indexes it. Throws only when the folder itself is unusable. */
export async function buildSnapshot(dir: string, options: SnapshotOptions = {}): Promise<KnowledgeSnapshot> {
  const started = performance.now();
  const analyzer = createAnalyzer();
  // Awaited below; until then a failure must not surface as an unhandled rejection.
  analyzer.catch(() => undefined);
  const cacheFile = options.cacheFile ?? defaultCacheFile(dir);
  const [loaded, cache] = await Promise.all([loadKnowledge(dir), cacheFile ? openAnalysisCache(cacheFile) : undefined]);
  const synonyms = loaded.synonymsText === null ? { groups: [], warnings: [] } : parseSynonyms(loaded.synonymsText, SYNONYMS_FILE);
  const controls = loaded.controlsText === null ? { additions: [], warnings: [] } : parseControls(loaded.controlsText, CONTROLS_FILE);
  const index = await SearchIndex.build(loaded.items, { analyzer, glossary: buildGlossary(synonyms.groups), catalogue: buildCatalogue(controls.additions), cache });
  await cache?.save();
  return {
    dir: loaded.dir,
    index,
    files: loaded.files,
    warnings: [...loaded.warnings, ...synonyms.warnings, ...controls.warnings],
    synonymGroups: synonyms.groups.length,
    loadedAt: new Date(),
    buildMs: Math.round(performance.now() - started),
  };
}

/** File types a knowledge folder may hold, for callers that watch the folder. */
export { SUPPORTED_EXTENSIONS } from '../knowledge/loader.js';
