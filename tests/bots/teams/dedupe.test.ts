import { describe, expect, it } from 'vitest';
import { ActivityDeduper } from '../../../src/bots/teams/dedupe.js';

function clock(start = 0) {
  let now = start;
  return { now: () => now, advance: (ms: number) => void (now += ms) };
}

describe('ActivityDeduper', () => {
  it('lets an activity through once and holds back its redeliveries', () => {
    const deduper = new ActivityDeduper();
    expect(deduper.claim('conv|1')).toBe(true);
    expect(deduper.claim('conv|1')).toBe(false);
    expect(deduper.claim('conv|2')).toBe(true);
  });

  it('forgets an id after its time to live', () => {
    const time = clock();
    const deduper = new ActivityDeduper({ ttlMs: 1000, now: time.now });
    deduper.claim('a');
    time.advance(999);
    expect(deduper.claim('a')).toBe(false);
    time.advance(1);
    expect(deduper.claim('a')).toBe(true);
  });

  it('drops expired ids, so that memory follows traffic', () => {
    const time = clock();
    const deduper = new ActivityDeduper({ ttlMs: 1000, now: time.now });
    for (let i = 0; i < 100; i++) deduper.claim(`id-${i}`);
    time.advance(1000);
    deduper.claim('new');
    expect(deduper.size).toBe(1);
  });

  it('keeps at most maxEntries ids, forgetting the oldest first', () => {
    const deduper = new ActivityDeduper({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd']) deduper.claim(id);
    expect(deduper.size).toBe(3);
    expect(deduper.claim('d')).toBe(false);
    expect(deduper.claim('a')).toBe(true);
  });
});
