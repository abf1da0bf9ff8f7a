import { describe, expect, it } from 'vitest';
import { DEDUPE_TTL_MS, RecentKeys } from '../../src/bots/recent-keys.js';

describe('RecentKeys', () => {
  it('lets a key through once, then refuses it until it expires', () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    expect(keys.claim(['a'])).toBe(true);
    expect(keys.claim(['a'])).toBe(false);
    now = 999;
    expect(keys.claim(['a'])).toBe(false);
    now = 1000;
    expect(keys.claim(['a'])).toBe(true);
  });

  it('refuses a delivery when any of its keys was seen, and remembers all of them', () => {
    const keys = new RecentKeys();
    expect(keys.claim(['event:1', 'message:C:1'])).toBe(true);
    expect(keys.claim(['event:2', 'message:C:1'])).toBe(false);
    expect(keys.claim(['event:1'])).toBe(false);
  });

  it('stays within its size bound by forgetting the oldest keys', () => {
    const keys = new RecentKeys({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) keys.claim([key]);
    expect(keys.size).toBe(3);
    expect(keys.claim(['a'])).toBe(true);
    expect(keys.claim(['d'])).toBe(false);
  });

  it('remembers keys for longer than Slack keeps retrying (about 5 minutes)', () => {
    expect(DEDUPE_TTL_MS).toBeGreaterThanOrEqual(10 * 60 * 1000);
  });

  it('releases keys so that work that failed can be tried again', () => {
    const keys = new RecentKeys();
    keys.claim(['x']);
    keys.release(['x']);
    expect(keys.claim(['x'])).toBe(true);
  });
});

describe('RecentKeys as the Teams adapter uses it (one activity id per delivery)', () => {
  it('drops expired keys, so that memory follows traffic', () => {
    let now = 0;
    const keys = new RecentKeys({ ttlMs: 1000, now: () => now });
    for (let i = 0; i < 100; i++) keys.claim([`id-${i}`]);
    now = 1000;
    keys.claim(['new']);
    expect(keys.size).toBe(1);
  });
});
