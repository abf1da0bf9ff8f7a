/**
 * A reload on behalf of someone or something (an admin over HTTP, Slack or Teams, the folder
 * watcher): joins one already running, and writes one log line with what triggered it and who
 * asked, so that every surface reloads, and is audited, the same way.
 */
import type { ReloadOutcome } from './kotae-service.js';
import type { KotaeServices } from './services.js';

/**
 * What asked for a reload: the admin API, a chat admin, the knowledge-folder watcher, or `answer`:
 * an expert's answer was just saved into the knowledge folder.
 */
export type ReloadTrigger = 'admin' | 'slack' | 'teams' | 'watch' | 'answer';

export interface TriggeredReload {
  readonly outcome: ReloadOutcome;
  /** True when this request joined a reload that was already running instead of starting one. */
  readonly joined: boolean;
}

export interface ReloadOptions {
  /** Who asked (a Slack user id, a Teams AAD object id); omitted for the API and the watcher. */
  readonly user?: string;
  /**
   * The folder just changed: a reload already running may have read it before the change, so it is
   * waited for and a fresh one started (or joined) instead.
   */
  readonly fresh?: boolean;
}

/**
 * Reloads the knowledge and logs the outcome: `info` when it loaded, `warn` when it failed (the
 * previous knowledge keeps serving). A request that joins a running reload is logged too, marked
 * `joined`, so that an admin's request is never missing from the log.
 */
export async function reloadKnowledge(
  services: Pick<KotaeServices, 'kotae' | 'logger'>,
  trigger: ReloadTrigger,
  options: ReloadOptions = {},
): Promise<TriggeredReload> {
  const { user, fresh } = options;
  if (fresh && services.kotae.reloading) await services.kotae.reload();
  const joined = services.kotae.reloading;
  const outcome = await services.kotae.reload();
  const { status } = outcome;
  const { added, changed, kept, removed } = outcome.changes;
  const fields = {
    event: 'reload',
    trigger,
    ...(user === undefined ? {} : { user }),
    joined,
    ok: outcome.ok,
    took_ms: outcome.tookMs,
    index_ms: outcome.indexMs,
    version: status.version,
    items: status.items,
    files: status.files.length,
    warnings: status.warnings.length,
    changes: { added: added.length, changed: changed.length, kept: kept.length, removed: removed.length },
    kept_files: kept,
  };
  if (outcome.ok) services.logger.info(fields, 'knowledge reloaded');
  else services.logger.warn({ ...fields, error: outcome.error }, 'knowledge reload failed; the previous knowledge is still in use');
  return { outcome, joined };
}
