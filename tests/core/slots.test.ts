import { describe, expect, it } from 'vitest';
import { Slots, SlotsFull } from '../../src/core/slots.js';

/** A job that runs until released. */
function gate(): { job: () => Promise<string>; started: () => boolean; release: (value: string) => void } {
  let started = false;
  let release: (value: string) => void = () => {};
  const done = new Promise<string>((resolve) => (release = resolve));
  return {
    job: () => {
      started = true;
      return done;
    },
    started: () => started,
    release: (value) => release(value),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('Slots', () => {
  it('runs up to `size` jobs at once, queues up to `queue` more and refuses the rest', async () => {
    const slots = new Slots(2, 1);
    const [a, b, c, d] = [gate(), gate(), gate(), gate()];
    const ra = slots.run(a.job);
    const rb = slots.run(b.job);
    const rc = slots.run(c.job);
    await expect(slots.run(d.job)).rejects.toBeInstanceOf(SlotsFull);
    await tick();
    expect([a.started(), b.started(), c.started(), d.started()]).toEqual([true, true, false, false]);
    expect([slots.active, slots.queued]).toEqual([2, 1]);

    a.release('a');
    expect(await ra).toBe('a');
    await tick();
    expect(c.started()).toBe(true);
    expect([slots.active, slots.queued]).toEqual([2, 0]);
    b.release('b');
    c.release('c');
    expect(await Promise.all([rb, rc])).toEqual(['b', 'c']);
    expect([slots.active, slots.queued]).toEqual([0, 0]);
  });

  it('frees the slot when a job fails, and drops a waiting job whose signal aborts', async () => {
    const slots = new Slots(1, 5);
    const a = gate();
    const ra = slots.run(a.job);
    const controller = new AbortController();
    const waiting = gate();
    const rw = slots.run(waiting.job, controller.signal);
    controller.abort(new Error('gone'));
    await expect(rw).rejects.toThrow('gone');
    expect(slots.queued).toBe(0);
    a.release('a');
    await ra;
    expect(waiting.started()).toBe(false);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(slots.active).toBe(0);
    expect(await slots.run(async () => 'next')).toBe('next');
  });
});
