/**
 * A disk cache of analysed texts, so that a CLI run or a restart on unchanged knowledge does not
 * re-run kuromoji over every item: the index is then built while the kuromoji dictionary (needed
 * for the question itself) is still loading, which is most of the cold start.
 *
 * The cache is keyed by a hash of the analysis code itself, so any change to the analysis chain
 * invalidates it; a missing, stale or corrupt cache is simply rebuilt.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The modules whose code decides what terms a text becomes. */
const ANALYSIS_MODULES = ['./analyzer.js', './normalize.js', '../knowledge/cells.js', '../knowledge/limits.js'];

export interface AnalysisCache {
  get(text: string): string[] | undefined;
  set(text: string, terms: string[]): void;
  /** Writes the cache when it changed; never throws (a cache is an optimisation). */
  save(): Promise<void>;
}

let versionPromise: Promise<string> | null = null;

function analysisVersion(): Promise<string> {
  versionPromise ??= Promise.all(
    ANALYSIS_MODULES.map((module) => readFile(fileURLToPath(new URL(module, import.meta.url))).catch(() => Buffer.from(module))),
  ).then((sources) => {
    const hash = createHash('sha256');
    for (const source of sources) hash.update(source);
    return hash.digest('hex').slice(0, 16);
  });
  return versionPromise;
}

const keyOf = (text: string) => createHash('sha1').update(text).digest('base64url');

/** The default cache location for a knowledge folder: the OS temp folder, one file per folder. */
export function defaultCacheFile(knowledgeDir: string): string {
  return path.join(os.tmpdir(), 'kotae-cache', `${createHash('sha1').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 16)}.json`);
}

/** Opens the cache stored in `file` (an empty one when absent, stale or unreadable). */
export async function openAnalysisCache(file: string): Promise<AnalysisCache> {
  const version = await analysisVersion();
  let entries: Record<string, string[]> = {};
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; entries?: unknown };
    if (stored.version === version && stored.entries && typeof stored.entries === 'object') entries = stored.entries as Record<string, string[]>;
  } catch {
    // No cache yet, or a damaged one: start empty.
  }
  const used: Record<string, string[]> = {};
  let dirty = false;
  return {
    get(text) {
      const key = keyOf(text);
      const terms = entries[key];
      if (terms) used[key] = terms;
      return terms;
    },
    set(text, terms) {
      used[keyOf(text)] = terms;
      dirty = true;
    },
    async save() {
      // Only what this build used is kept, so texts of deleted files do not pile up.
      if (!dirty && Object.keys(used).length === Object.keys(entries).length) return;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        const temporary = `${file}.${process.pid}.tmp`;
        await writeFile(temporary, JSON.stringify({ version, entries: used }));
        await rename(temporary, file);
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}
