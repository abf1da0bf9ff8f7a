/**
 * Remembers which activities were already taken on, so that a redelivery is not answered twice.
 *
 * Teams redelivers an activity when our HTTP response takes longer than 15 s (or is lost), with
 * the same activity id. The first delivery may still be running when the copy arrives, so an id is
 * claimed when its turn starts, not when it ends.
 */

export interface DedupeOptions {
  /** How long an id is remembered. Redeliveries come within minutes; 10 min is ample. */
  readonly ttlMs?: number;
  /** Upper bound on remembered ids, so that a flood cannot grow memory without limit. */
  readonly maxEntries?: number;
  /** Injected in tests. */
  readonly now?: () => number;
}

export class ActivityDeduper {
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  /** Insertion order is expiry order (a fixed TTL), so the oldest entry is always first. */
  private readonly seen = new Map<string, number>();

  constructor(options: DedupeOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * Claims `key` for this delivery. True the first time within the TTL, false for a repeat.
   */
  claim(key: string): boolean {
    const now = this.now();
    this.evict(now);
    const expires = this.seen.get(key);
    if (expires !== undefined && expires > now) return false;
    this.seen.delete(key);
    this.seen.set(key, now + this.ttlMs);
    while (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest === undefined) break;
      this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private evict(now: number): void {
    for (const [key, expires] of this.seen) {
      if (expires > now) break;
      this.seen.delete(key);
    }
  }
}
