/** Waiting for work with a deadline, without cancelling the work. */

/** What {@link settlesWithin} gives when the deadline came first. */
export const TIMED_OUT: unique symbol = Symbol('timed out');

/**
 * The value of `work` if it settles within `ms`, else {@link TIMED_OUT} (the work keeps running;
 * a rejection within the deadline is passed on). The timer is cleared either way.
 *
 * @example
 * const outcome = await settlesWithin(reloading, 8_000);
 * if (outcome === TIMED_OUT) await say('still reloading…');
 *
 * @param unref - Let the process exit while waiting (for shutdown paths that must not hold it open).
 */
export async function settlesWithin<T>(work: Promise<T>, ms: number, unref = false): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
    if (unref) timer.unref();
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
