/**
 * Recently seen delivery keys, for the chat adapters: Slack and Teams both redeliver what they
 * think we missed, and a question must not be answered twice. A key is claimed when work starts,
 * not when it ends, because the first delivery may still be running when the copy arrives.
 */

export interface RecentKeysOptions {
  /** How long a key is remembered; above Slack's last retry (≈ 5 min). */
  readonly ttlMs?: number;
  /** Bound on memory when traffic is heavy: the oldest keys go first. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

/** Longer than either platform keeps redelivering (Slack's last retry comes after about 5 min). */
export const DEDUPE_TTL_MS = 15 * 60 * 1000;

/** A set of recently seen keys with expiry and a size bound. */
export class RecentKeys {
  private readonly seen = new Map<string, number>();
  private readonly ttlMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: RecentKeysOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEDUPE_TTL_MS;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.now = options.now ?? Date.now;
  }

  /**
   * True, and remembers all `keys`, when none of them was seen within the TTL; false otherwise.
   * Checking and remembering happen together, so two concurrent deliveries cannot both pass.
   */
  claim(keys: readonly string[]): boolean {
    const now = this.now();
    this.expire(now);
    if (keys.some((key) => (this.seen.get(key) ?? 0) > now)) return false;
    for (const key of keys) {
      // Re-inserting moves the key to the end, keeping the map in expiry order.
      this.seen.delete(key);
      this.seen.set(key, now + this.ttlMs);
    }
    while (this.seen.size > this.maxKeys) {
      const oldest = this.seen.keys().next();
      if (oldest.done) break;
      this.seen.delete(oldest.value);
    }
    return true;
  }

  /** Forgets keys whose work failed, so that trying again is not taken for a duplicate. */
  release(keys: readonly string[]): void {
    for (const key of keys) this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }

  private expire(now: number): void {
    for (const [key, expiresAt] of this.seen) {
      if (expiresAt > now) break;
      this.seen.delete(key);
    }
  }
}
