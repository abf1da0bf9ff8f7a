/**
 * A reload on behalf of an admin or the folder watcher: joins one already running, and logs the
 * outcome once, with what triggered it.
 */
import type { BotDeps } from '../bots/types.js';
import type { ReloadOutcome } from '../core/kotae-service.js';

/** `answer`: an expert's answer was just saved into the knowledge folder. */
export type ReloadTrigger = 'admin' | 'watch' | 'answer';

export interface TriggeredReload {
  readonly outcome: ReloadOutcome;
  /** True when this request joined a reload that was already running instead of starting one. */
  readonly joined: boolean;
}

export interface ReloadOptions {
  /**
   * The folder just changed: a reload already running may have read it before the change, so it is
   * waited for and a fresh one started (or joined) instead.
   */
  readonly fresh?: boolean;
}

export async function reloadKnowledge(deps: Pick<BotDeps, 'kotae' | 'logger'>, trigger: ReloadTrigger, options: ReloadOptions = {}): Promise<TriggeredReload> {
  if (options.fresh && deps.kotae.reloading) await deps.kotae.reload();
  const joined = deps.kotae.reloading;
  const outcome = await deps.kotae.reload();
  if (!joined) {
    const { status } = outcome;
    const { added, changed, kept, removed } = outcome.changes;
    const fields = {
      event: 'reload',
      trigger,
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
    if (outcome.ok) deps.logger.info(fields, 'knowledge reloaded');
    else deps.logger.warn({ ...fields, error: outcome.error }, 'knowledge reload failed; the previous knowledge is still in use');
  }
  return { outcome, joined };
}
