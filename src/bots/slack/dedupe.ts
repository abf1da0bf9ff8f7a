/**
 * One answer per question. Slack redelivers an event it thinks we missed (up to three times, the
 * last after about five minutes, marked `X-Slack-Retry-Num`), and one message can arrive as two
 * events (a mention in a DM as `app_mention` and `message.im`). Dropping every retry would lose
 * questions whose first delivery really failed, so instead we remember what we have started on:
 * by event id and by channel + message ts, for longer than Slack keeps retrying.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logging.js';

export interface RecentKeysOptions {
  /** How long a key is remembered; above Slack's last retry (≈ 5 min). */
  readonly ttlMs?: number;
  /** Bound on memory when traffic is heavy: the oldest keys go first. */
  readonly maxKeys?: number;
  readonly now?: () => number;
}

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

/** The keys that identify one delivery of a user's message; empty for anything else. */
export function eventKeys(body: unknown): string[] {
  if (!isRecord(body) || body.type !== 'event_callback') return [];
  const keys: string[] = [];
  if (typeof body.event_id === 'string' && body.event_id) keys.push(`event:${body.event_id}`);
  const event = body.event;
  if (isRecord(event) && (event.type === 'app_mention' || event.type === 'message') && typeof event.channel === 'string' && typeof event.ts === 'string') {
    keys.push(`message:${event.channel}:${event.ts}`);
  }
  return keys;
}

/** Global middleware: a delivery already started on stops here (after Bolt has acked it). */
export function dedupeEvents(recent: RecentKeys, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, next }) => {
    const keys = eventKeys(body);
    if (keys.length > 0 && !recent.claim(keys)) {
      logger.debug({ event: 'slack_duplicate', keys, retry_num: context.retryNum ?? null }, 'duplicate Slack event ignored');
      return;
    }
    await next();
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
