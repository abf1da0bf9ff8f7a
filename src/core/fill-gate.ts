/**
 * The one way into filling a questionnaire, whichever surface the file came from (the web upload,
 * a file shared in Slack): a bounded number of fills at once with a bounded queue (see
 * {@link Slots}), each counted in the metrics with its outcome and rows.
 */
import type { KotaeMetrics } from './metrics.js';
import type { Channel } from './question-log.js';
import { Slots, SlotsFull } from './slots.js';

/**
 * Fills running at once, and waiting behind them. A fill takes about a second for 300 rows; the
 * bound is on memory (an upload, its parsed workbook and the filled copy each), not on time.
 */
export const CONCURRENT_FILLS = 2;
export const WAITING_FILLS = 8;

export interface FillRunOptions {
  /** Aborts the wait for a slot (the job itself watches the same signal). */
  readonly signal?: AbortSignal;
  /** True for errors that mean "this file cannot be filled", counted as `refused`. */
  readonly isRefusal?: (error: unknown) => boolean;
}

export class FillGate {
  constructor(
    private readonly metrics: KotaeMetrics,
    readonly slots: Slots = new Slots(CONCURRENT_FILLS, WAITING_FILLS),
  ) {}

  /**
   * Runs `job` in a slot. Rejects with {@link SlotsFull} at once when too many fills are waiting,
   * and with whatever the job throws.
   */
  async run<T extends { readonly summary: { readonly rows: number } }>(surface: Channel, job: () => Promise<T>, options: FillRunOptions = {}): Promise<T> {
    try {
      const result = await this.slots.run(job, options.signal);
      this.metrics.fill(surface, 'filled', result.summary.rows);
      return result;
    } catch (error) {
      const outcome = error instanceof SlotsFull ? 'busy' : options.signal?.aborted ? 'aborted' : options.isRefusal?.(error) ? 'refused' : 'failed';
      this.metrics.fill(surface, outcome, 0);
      throw error;
    }
  }
}
