/**
 * A disk cache of analysed texts, so that a CLI run or a restart on unchanged knowledge does not
 * re-run kuromoji over every item: the index is then built while the kuromoji dictionary (needed
 * for the question itself) is still loading, which is most of the cold start.
 *
 * The cache is keyed by a hash of the analysis code itself, as it runs (`.js` in dist/, `.ts` in
 * src/), so any change to the analysis chain invalidates it; a missing, stale or corrupt cache is
 * simply rebuilt, and when the code cannot be read there is no cache at all (never a stale one).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KUROMOJI_VERSION } from './kuromoji-loader.js';

/** Where the analysis chain starts; every project module it imports counts too. */
const ANALYSIS_ENTRY = 'analyzer';

/**
 * How many knowledge folders keep a cache in the OS temp folder: the most recently used ones. Test
 * runs and trials create folders by the hundred; without a bound their caches would pile up.
 */
export const MAX_DEFAULT_CACHES = 8;

/** Leftovers of a write that died half-way are removed after this long. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

export interface AnalysisCache {
  get(text: string): string[] | undefined;
  set(text: string, terms: string[]): void;
  /** Writes the cache when it changed; never throws (a cache is an optimisation). */
  save(): Promise<void>;
}

export interface AnalysisCacheOptions {
  /**
   * Also keep at most this many cache files beside `file` (the most recently used, this one
   * included), deleting the others. Only for a folder that holds nothing but kotae's caches.
   */
  readonly keepNewest?: number;
}

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g;

/**
 * A hash of `entry` and every module it imports by a relative path, transitively, read as they are
 * on disk; modules resolve with `entry`'s own extension. Null when any of them cannot be read.
 */
export async function codeVersion(entry: string): Promise<string | null> {
  const extension = path.extname(entry);
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8').catch(() => null);
    if (source === null) return null;
    hash.update(`${path.basename(file)}\u0000${source}\u0000`);
    for (const match of source.matchAll(RELATIVE_IMPORT)) queue.push(path.resolve(path.dirname(file), `${match[1]}${extension}`));
  }
  return hash.digest('hex').slice(0, 16);
}

let versionPromise: Promise<string | null> | null = null;

/** The analysis code's version, with the kuromoji dictionary's; null when the code is unreadable. */
function analysisVersion(): Promise<string | null> {
  const here = fileURLToPath(import.meta.url);
  versionPromise ??= codeVersion(path.join(path.dirname(here), `${ANALYSIS_ENTRY}${path.extname(here)}`)).then((code) =>
    code === null ? null : `${code}-kuromoji-${KUROMOJI_VERSION}`,
  );
  return versionPromise;
}

const keyOf = (text: string) => createHash('sha1').update(text).digest('base64url');
const CACHE_FILE_NAME = /^[0-9a-f]{16}\.json$/;
const TEMPORARY_NAME = /^[0-9a-f]{16}\.json\.[\w-]+\.tmp$/;

/** The folder of {@link defaultCacheFile}s. */
export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'kotae-cache');
}

/**
 * The default cache location for a knowledge folder: the OS temp folder, one file per folder. Open
 * it with `keepNewest: MAX_DEFAULT_CACHES` so that the folder stays bounded.
 */
export function defaultCacheFile(knowledgeDir: string): string {
  return path.join(defaultCacheDir(), `${createHash('sha1').update(path.resolve(knowledgeDir)).digest('hex').slice(0, 16)}.json`);
}

/** Opens the cache stored in `file` (an empty one when absent, stale or unreadable). */
export async function openAnalysisCache(file: string, options: AnalysisCacheOptions = {}): Promise<AnalysisCache> {
  const version = await analysisVersion();
  if (version === null) return uncached();
  let entries: Record<string, string[]> = {};
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as { version?: unknown; entries?: unknown };
    if (stored.version === version && stored.entries && typeof stored.entries === 'object') {
      entries = stored.entries as Record<string, string[]>;
      // "Recently used" is the file's time: a start that only reads the cache counts as a use.
      const now = new Date();
      await utimes(file, now, now).catch(() => undefined);
    }
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
        // Unique per writer: two reloads' worker threads share one process id.
        const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
        await writeFile(temporary, JSON.stringify({ version, entries: used }));
        await rename(temporary, file);
        if (options.keepNewest !== undefined) await pruneBeside(file, options.keepNewest);
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
  };
}

/** Deletes all but the `keep` most recently used cache files in `file`'s folder, and dead temporaries. */
async function pruneBeside(file: string, keep: number): Promise<void> {
  const dir = path.dirname(file);
  const names = await readdir(dir);
  const now = Date.now();
  const caches: Array<{ name: string; used: number }> = [];
  for (const name of names) {
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (!info?.isFile()) continue;
    if (CACHE_FILE_NAME.test(name)) caches.push({ name, used: info.mtimeMs });
    else if (TEMPORARY_NAME.test(name) && now - info.mtimeMs > STALE_TEMPORARY_MS) await unlink(path.join(dir, name)).catch(() => undefined);
  }
  caches.sort((a, b) => b.used - a.used);
  const own = path.basename(file);
  const keepers = new Set([own, ...caches.filter((c) => c.name !== own).slice(0, Math.max(0, keep - 1)).map((c) => c.name)]);
  for (const cache of caches) if (!keepers.has(cache.name)) await unlink(path.join(dir, cache.name)).catch(() => undefined);
}

/** Used when the analysis code cannot be hashed: a cache of unknown version could be stale. */
function uncached(): AnalysisCache {
  return { get: () => undefined, set: () => undefined, save: async () => undefined };
}
