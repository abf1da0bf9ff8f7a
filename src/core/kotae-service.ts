/**
 * The answering core as a long-running service: one index built at start, rebuilt beside the old
 * one on reload (its loading and analysis in a worker thread) and swapped with one reference, one
 * reload at a time. A reload keeps the last good items of files that fail or shrink (last-good.ts).
 * Platform code (server, Slack, Teams) talks to kotae only through this.
 */
import { answerQuestion } from './answer.js';
import { buildLibraryReport, type LibraryReport, type LibraryReportOptions } from './report/index.js';
import { DEFAULT_REVIEW_POLICY, type ReviewPolicy } from './review.js';
import { buildSnapshot, type KnowledgeSnapshot } from './knowledge-snapshot.js';
import { changeLines, NO_CHANGES, type KnowledgeChanges } from './last-good.js';
import type { AskOptions, AskResult } from './types.js';
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { KnowledgeItem, LoadWarning } from '../knowledge/types.js';

export interface ReloadOutcome {
  readonly ok: boolean;
  /** Why the reload failed; the previous index is still serving. */
  readonly error?: string;
  readonly startedAt: Date;
  readonly finishedAt: Date;
  readonly tookMs: number;
  /** Which files were added, changed, kept (last good) or removed; all empty when the reload failed. */
  readonly changes: KnowledgeChanges;
  /** How long the swap-in blocked this thread (indexing the analysed texts); absent when it failed. */
  readonly indexMs?: number;
  readonly status: KnowledgeStatus;
}

export { changeLines, type KnowledgeChanges };

/** Builds a snapshot of `dir`; `previous` is the one serving now (null on the first load). */
export type SnapshotBuilder = (dir: string, previous: KnowledgeSnapshot | null) => Promise<KnowledgeSnapshot>;

/** The service's builder: off the event loop, keeping what the previous snapshot had. */
export const buildServiceSnapshot: SnapshotBuilder = (dir, previous) => buildSnapshot(dir, { previous, offThread: true });

export interface KnowledgeStatus {
  readonly dir: string;
  readonly ready: boolean;
  /** Increments with every successful load. */
  readonly version: number;
  readonly items: number;
  readonly files: readonly KnowledgeFileReport[];
  readonly warnings: readonly LoadWarning[];
  readonly loadedAt: string | null;
  readonly lastReload: Omit<ReloadOutcome, 'status'> | null;
}

export class KotaeService {
  private snapshot: KnowledgeSnapshot | null = null;
  private version = 0;
  private running: Promise<ReloadOutcome> | null = null;
  private last: Omit<ReloadOutcome, 'status'> | null = null;
  private readonly reloadListeners: Array<(outcome: ReloadOutcome) => void> = [];

  /**
   * @param dir - The knowledge folder. Call {@link reload} before asking: the first reload is the first load.
   * @param review - When answers count as stale (KOTAE_REVIEW_MONTHS).
   */
  constructor(
    readonly dir: string,
    private readonly build: SnapshotBuilder = buildServiceSnapshot,
    readonly review: ReviewPolicy = DEFAULT_REVIEW_POLICY,
  ) {}

  get ready(): boolean {
    return this.snapshot !== null;
  }

  /** Answers from the current index. Before the first load, an unanswered empty result. */
  ask(question: string, options?: AskOptions): AskResult {
    if (!this.snapshot) return { question, answered: false, took_ms: 0, results: [] };
    return answerQuestion(this.snapshot, question, options, this.review);
  }

  /**
   * The answer-library report on the index serving now (with this service's review period), or null
   * before the first load.
   */
  async libraryReport(options: Omit<LibraryReportOptions, 'review'> = {}): Promise<LibraryReport | null> {
    return this.snapshot ? buildLibraryReport(this.snapshot, { ...options, review: this.review }) : null;
  }

  /** The items of the index serving now; none before the first load. */
  get items(): readonly KnowledgeItem[] {
    return this.snapshot?.index.items ?? [];
  }

  /**
   * Rebuilds the index from the folder and swaps it in when it holds items. A call while a reload
   * runs joins that reload. A failure keeps the old index serving and says why.
   */
  reload(): Promise<ReloadOutcome> {
    this.running ??= this.runReload().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Calls `listener` after every reload that ran (not once per caller that joined it), the first load included. */
  onReload(listener: (outcome: ReloadOutcome) => void): void {
    this.reloadListeners.push(listener);
  }

  get reloading(): boolean {
    return this.running !== null;
  }

  status(): KnowledgeStatus {
    const s = this.snapshot;
    return {
      dir: this.dir,
      ready: s !== null,
      version: this.version,
      items: s?.index.items.length ?? 0,
      files: s?.files ?? [],
      warnings: s?.warnings ?? [],
      loadedAt: s?.loadedAt.toISOString() ?? null,
      lastReload: this.last,
    };
  }

  private async runReload(): Promise<ReloadOutcome> {
    const startedAt = new Date();
    let reason: string | undefined;
    let changes = NO_CHANGES;
    let indexMs: number | undefined;
    try {
      const next = await this.build(this.dir, this.snapshot);
      if (next.index.items.length === 0) {
        const reasons = next.warnings.map((w) => `${w.file}: ${w.message}`).join('; ');
        reason = `no items could be loaded from ${next.dir}${reasons ? ` (${reasons})` : ''}.`;
      } else {
        this.snapshot = next;
        this.version++;
        changes = next.changes;
        indexMs = next.indexMs;
      }
    } catch (e) {
      reason = (e instanceof Error && e.message) || String(e);
    }
    // Only a reload has a previous index to keep; on the first load there is none to mention.
    const error = reason === undefined ? undefined : this.snapshot ? `${reason} The previous knowledge is still in use.` : reason;
    const finishedAt = new Date();
    this.last = {
      ok: !error,
      ...(error ? { error } : {}),
      startedAt,
      finishedAt,
      tookMs: finishedAt.getTime() - startedAt.getTime(),
      changes,
      ...(indexMs === undefined ? {} : { indexMs }),
    };
    const outcome = { ...this.last, status: this.status() };
    for (const listener of this.reloadListeners) listener(outcome);
    return outcome;
  }
}
