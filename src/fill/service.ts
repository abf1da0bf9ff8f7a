/**
 * The one way into filling a questionnaire, whichever surface the file came from (the web upload,
 * a file shared in Slack or Teams): reads and answers the file in one of a bounded number of slots
 * with a bounded queue (see {@link Slots}), asks the current knowledge for every row, and counts
 * each fill in the metrics with its outcome and rows.
 */
import type { KotaeService } from '../core/kotae-service.js';
import { type KotaeMetrics, NO_METRICS } from '../core/metrics.js';
import type { Channel } from '../core/question-log.js';
import { Slots, SlotsFull } from '../core/slots.js';
import { FillError } from './errors.js';
import { fillQuestionnaire } from './fill.js';
import type { FillOptions, FillResult } from './types.js';

/**
 * Fills running at once, and waiting behind them. A fill takes about a second for 300 rows; the
 * bound is on memory (an upload, its parsed workbook and the filled copy each), not on time.
 */
export const CONCURRENT_FILLS = 2;
export const WAITING_FILLS = 8;

/** Answers asked per row: the best answer and the two candidates after it are all a filled file shows. */
export const FILL_TOP = 3;

export { SlotsFull };

export class FillService {
  constructor(
    private readonly kotae: Pick<KotaeService, 'ask'>,
    private readonly metrics: KotaeMetrics = NO_METRICS,
    readonly slots: Slots = new Slots(CONCURRENT_FILLS, WAITING_FILLS),
  ) {}

  /**
   * Fills `bytes` (a questionnaire named `fileName`) from the knowledge serving now. Rejects with
   * {@link SlotsFull} at once when too many fills are waiting, with a {@link FillError} for a file
   * that cannot be filled, and with the signal's reason when `signal` aborts (waiting or filling).
   * Rows are answered through the service directly, not the asker: a customer's rows are not
   * questions people asked, and must not fill the unanswered log.
   */
  async fill(
    surface: Channel,
    bytes: Uint8Array,
    fileName: string,
    options: Pick<FillOptions, 'signal' | 'onProgress'> = {},
  ): Promise<FillResult> {
    try {
      const result = await this.slots.run(
        () => fillQuestionnaire(bytes, fileName, (question) => this.kotae.ask(question, { top: FILL_TOP }), options),
        options.signal,
      );
      this.metrics.fill(surface, 'filled', result.summary.rows);
      return result;
    } catch (error) {
      const outcome =
        error instanceof SlotsFull ? 'busy' : options.signal?.aborted ? 'aborted' : error instanceof FillError ? 'refused' : 'failed';
      this.metrics.fill(surface, outcome, 0);
      throw error;
    }
  }
}
