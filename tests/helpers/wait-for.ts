/**
 * The one polling helper: for states a test cannot await directly (a reply sent after its HTTP
 * turn, a log line, a child process's output). It waits on events, never on elapsed time: the
 * timeout only turns a hang into a failure that names what never happened.
 */

/**
 * Polls `probe` until it gives a value (anything but undefined, null, false or an empty array) and
 * returns that value; fails with "timed out waiting for <what>" after `timeoutMs`. A probe may be
 * async.
 *
 * @example
 * const reply = await waitFor(() => slack.calls('chat.postMessage')[0], 'the answer in the thread');
 */
export async function waitFor<T>(
  probe: () => T | Promise<T>,
  what: string,
  timeoutMs = 20_000,
): Promise<Exclude<T, undefined | null | false>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0))
      return value as Exclude<T, undefined | null | false>;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
