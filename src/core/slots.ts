/**
 * A bounded number of heavy jobs at once, with a bounded queue behind them. Filling a workbook
 * holds the upload, the parsed workbook and the filled copy in memory; without a bound, a burst
 * of uploads would take the whole process (and every question being asked) down with it.
 */

export class SlotsFull extends Error {
  override readonly name = 'SlotsFull';
}

export class Slots {
  private running = 0;
  private readonly waiting: Array<{ start: () => void; cancel: () => void }> = [];

  /**
   * @param size - Jobs that run at the same time.
   * @param queue - Jobs that may wait for a slot; one more is refused with {@link SlotsFull}.
   */
  constructor(
    readonly size: number,
    readonly queue: number,
  ) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /**
   * Runs `job` once a slot is free. Rejects with {@link SlotsFull} at once when the queue is full,
   * and with the signal's reason when `signal` aborts while waiting (the job then never runs).
   */
  async run<T>(job: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    signal?.throwIfAborted();
    if (this.running >= this.size) await this.wait(signal);
    else this.running++;
    try {
      return await job();
    } finally {
      this.release();
    }
  }

  private wait(signal?: AbortSignal): Promise<void> {
    if (this.waiting.length >= this.queue)
      return Promise.reject(new SlotsFull(`${this.running} jobs running and ${this.waiting.length} waiting`));
    return new Promise<void>((resolve, reject) => {
      const entry = {
        // The slot is handed over by release(): `running` stays counted.
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        cancel: () => reject(signal?.reason),
      };
      const onAbort = () => {
        const at = this.waiting.indexOf(entry);
        if (at >= 0) this.waiting.splice(at, 1);
        entry.cancel();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(entry);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running--;
  }
}
