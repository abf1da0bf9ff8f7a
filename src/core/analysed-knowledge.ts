/**
 * The expensive half of building an index: reading the knowledge folder and analysing every text of
 * every item with kuromoji. The server runs it in a worker thread (see analysis-thread.ts), the CLI
 * in-process. A file whose analysis throws becomes that file's warning; the other files still load.
 */
import { createHash } from 'node:crypto';
import type { LoadedKnowledge } from '../knowledge/loader.js';
import type { KnowledgeItem, LoadWarning } from '../knowledge/types.js';
import type { AnalysisCache } from '../search/analysis-cache.js';
import type { Analyzer } from '../search/analyzer.js';

/**
 * A loaded folder whose texts are all analysed. The terms stay where they were analysed (a worker
 * thread) until a build asks for them: a reload that changed nothing never needs them.
 */
export interface AnalysedKnowledge extends LoadedKnowledge {
  /** Per file with items, a hash of them: an equal hash means the same answers at the same places. */
  readonly digests: Map<string, string>;
}

/** Texts to analyse, with the file they belong to: a failure is that file's. */
export interface FileTexts {
  readonly file: string;
  readonly texts: readonly string[];
}

export interface AnalysedTexts {
  readonly terms: Map<string, string[]>;
  /** One warning per file whose texts could not be analysed. */
  readonly failures: LoadWarning[];
}

/** The texts of an item that the search index analyses (`SearchIndex.build`). */
export function itemTexts(item: KnowledgeItem): string[] {
  return [item.question, item.section.join(' '), item.answer, item.remarks].filter(Boolean);
}

/** Items grouped by file, in their order. */
export function itemsByFile(items: readonly KnowledgeItem[]): Map<string, KnowledgeItem[]> {
  const groups = new Map<string, KnowledgeItem[]>();
  for (const item of items) {
    const group = groups.get(item.file);
    if (group) group.push(item);
    else groups.set(item.file, [item]);
  }
  return groups;
}

/**
 * Analyses each file's texts into `terms` (texts it holds already are skipped); the analyzer is only
 * awaited when the cache lacks a text. An error while analysing a file's text leaves that file out
 * with a warning; an analyzer that cannot load at all (its dictionary is missing) fails the call.
 */
export async function analyseFiles(
  groups: readonly FileTexts[],
  analyzer: () => Promise<Analyzer>,
  cache?: AnalysisCache,
  terms = new Map<string, string[]>(),
): Promise<AnalysedTexts> {
  const failures: LoadWarning[] = [];
  for (const { file, texts } of groups) {
    const own = new Map<string, string[]>();
    const missing = new Set<string>();
    for (const text of texts) {
      if (terms.has(text) || own.has(text)) continue;
      const cached = cache?.get(text);
      if (cached) own.set(text, cached);
      else missing.add(text);
    }
    const ready = missing.size ? await analyzer() : null;
    try {
      for (const text of missing) {
        const analysed = ready!.terms(text);
        own.set(text, analysed);
        cache?.set(text, analysed);
      }
    } catch (error) {
      failures.push({ file, message: `could not be analysed (${error instanceof Error ? error.message : String(error)}): its answers are left out. Check the file for unusual characters or very long cells.` });
      continue;
    }
    for (const [text, analysed] of own) terms.set(text, analysed);
  }
  return { terms, failures };
}

/** Analyses a loaded folder; files whose analysis fails are left out, each with a warning. */
export async function analyseLoaded(
  loaded: LoadedKnowledge,
  analyzer: () => Promise<Analyzer>,
  cache?: AnalysisCache,
): Promise<{ knowledge: AnalysedKnowledge; terms: Map<string, string[]> }> {
  const byFile = itemsByFile(loaded.items);
  const { terms, failures } = await analyseFiles([...byFile].map(([file, items]) => ({ file, texts: items.flatMap(itemTexts) })), analyzer, cache);
  const failed = new Set(failures.map((f) => f.file));
  const digests = new Map<string, string>();
  for (const [file, items] of byFile) if (!failed.has(file)) digests.set(file, createHash('sha1').update(JSON.stringify(items)).digest('base64url'));
  const knowledge = {
    ...loaded,
    items: failed.size ? loaded.items.filter((item) => !failed.has(item.file)) : loaded.items,
    files: loaded.files.filter((report) => !failed.has(report.file)),
    warnings: [...loaded.warnings, ...failures],
    digests,
  };
  return { knowledge, terms };
}
