/**
 * KNOWLEDGE_WATCH: reloads after files in the knowledge folder change. Editors and copy tools
 * write in bursts, so a reload waits until the folder has been quiet for a moment; the reload
 * itself follows the usual rules (built beside the old index, kept out on failure).
 */
import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_EXTENSIONS } from '../core/knowledge-snapshot.js';
import { reloadKnowledge } from '../core/reload.js';
import type { KotaeServices } from '../core/services.js';

export const DEFAULT_DEBOUNCE_MS = 1000;
/** After the folder disappears (volume remounted, folder replaced), how often to look for it again. */
const REWATCH_MS = 5000;

/**
 * Editor swap files, lock files and logs that happen to live in the folder change often and
 * hold no answers. A name without an extension may be a collection folder, so it counts.
 */
export function concernsKnowledge(filename: string | null): boolean {
  if (!filename) return true;
  const extension = path.extname(filename).toLowerCase();
  return extension === '' || SUPPORTED_EXTENSIONS.includes(extension);
}

export interface KnowledgeWatcher {
  close(): void;
}

export function watchKnowledge(deps: Pick<KotaeServices, 'kotae' | 'logger'>, debounceMs = DEFAULT_DEBOUNCE_MS): KnowledgeWatcher {
  const { kotae, logger } = deps;
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | undefined;
  let rewatch: NodeJS.Timeout | undefined;
  let closed = false;

  const reloadLatest = async () => {
    // A reload already running may have read the folder before this change: let it finish, then
    // start a fresh one rather than joining it.
    if (kotae.reloading) await kotae.reload();
    if (!closed) await reloadKnowledge(deps, 'watch');
  };

  const onChange = (_event?: string, filename?: string | null) => {
    if (filename !== undefined && !concernsKnowledge(filename)) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => void reloadLatest(), debounceMs).unref();
  };

  const start = () => {
    if (closed) return;
    try {
      watcher = watch(kotae.dir, { recursive: true, persistent: false }, onChange);
      watcher.on('error', (error) => {
        logger.warn({ err: error, dir: kotae.dir }, 'watching the knowledge folder stopped; retrying');
        watcher?.close();
        watcher = null;
        onChange();
        rewatch = setTimeout(start, REWATCH_MS).unref();
      });
      logger.info({ dir: kotae.dir, debounce_ms: debounceMs }, 'watching the knowledge folder for changes');
    } catch (error) {
      logger.warn({ err: error, dir: kotae.dir }, 'cannot watch the knowledge folder; retrying');
      rewatch = setTimeout(start, REWATCH_MS).unref();
    }
  };
  start();

  return {
    close() {
      closed = true;
      clearTimeout(debounce);
      clearTimeout(rewatch);
      watcher?.close();
    },
  };
}
