/**
 * A loaded knowledge folder and the index built from it: immutable, so that a reload can build a
 * new one beside it and swap a single reference.
 */
import { loadKnowledge, SYNONYMS_FILE } from '../knowledge/loader.js';
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { LoadWarning } from '../knowledge/types.js';
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

/** Loads `dir` and indexes it. Throws only when the folder itself is unusable. */
export async function buildSnapshot(dir: string): Promise<KnowledgeSnapshot> {
  const started = performance.now();
  const [loaded, analyzer] = await Promise.all([loadKnowledge(dir), createAnalyzer()]);
  const synonyms = loaded.synonymsText === null ? { groups: [], warnings: [] } : parseSynonyms(loaded.synonymsText, SYNONYMS_FILE);
  const index = SearchIndex.build(loaded.items, analyzer, buildGlossary(synonyms.groups));
  return {
    dir: loaded.dir,
    index,
    files: loaded.files,
    warnings: [...loaded.warnings, ...synonyms.warnings],
    synonymGroups: synonyms.groups.length,
    loadedAt: new Date(),
    buildMs: Math.round(performance.now() - started),
  };
}
