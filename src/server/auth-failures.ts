/**
 * Wrong admin tokens, kept cheap: each client gets a token bucket of failures (a burst, then a
 * slow refill) and is answered 429 once it is empty; and the warnings they cause are aggregated, so
 * that a flood of guesses costs a few log lines a minute instead of one each.
 */
import { isIPv6 } from 'node:net';
import type { Logger } from '../logging.js';

export interface FailureLimitOptions {
  /** Failures a client may have at once. */
  readonly burst: number;
  /** One failure is forgiven every this many ms. */
  readonly refillMs: number;
  /** Clients remembered at most; the least recently seen are forgotten first. */
  readonly maxClients?: number;
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

const DEFAULT_MAX_CLIENTS = 10_000;

/** Token buckets of failures per client. */
export class FailureLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxClients: number;

  constructor(private readonly options: FailureLimitOptions) {
    this.now = options.now ?? Date.now;
    this.maxClients = options.maxClients ?? DEFAULT_MAX_CLIENTS;
  }

  /** How long `client` must wait before trying again; 0 when it may try now. */
  retryAfterMs(client: string): number {
    const bucket = this.buckets.get(client);
    if (!bucket) return 0;
    const tokens = this.refilled(bucket);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) * this.options.refillMs);
  }

  /** Charges one failure to `client`. */
  fail(client: string): void {
    const bucket = this.buckets.get(client);
    const tokens = bucket ? this.refilled(bucket) : this.options.burst;
    // Deleted and set again, so that the map's order is least recently seen first.
    this.buckets.delete(client);
    this.buckets.set(client, { tokens: Math.max(0, tokens - 1), at: this.now() });
    if (this.buckets.size > this.maxClients) this.forget();
  }

  private refilled(bucket: Bucket): number {
    return Math.min(this.options.burst, bucket.tokens + (this.now() - bucket.at) / this.options.refillMs);
  }

  /** Drops the clients whose buckets are full again, and then the least recently seen. */
  private forget(): void {
    for (const [client, bucket] of this.buckets) if (this.refilled(bucket) >= this.options.burst) this.buckets.delete(client);
    for (const client of this.buckets.keys()) {
      if (this.buckets.size <= this.maxClients) break;
      this.buckets.delete(client);
    }
  }
}

/**
 * The key a client is limited by: its address, with IPv6 cut to its /64 (one subscriber's
 * network hands out a whole /64, and rotating inside it must not reset the limit).
 */
export function clientKey(ip: string | undefined): string {
  if (!ip) return 'unknown';
  const address = ip.startsWith('::ffff:') && !isIPv6(ip.slice(7)) ? ip.slice(7) : ip;
  if (!isIPv6(address)) return address;
  const groups = expandIPv6(address);
  return `${groups.slice(0, 4).join(':')}::/64`;
}

function expandIPv6(address: string): string[] {
  const [head = '', tail = ''] = address.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') && tail ? tail.split(':') : [];
  const middle = address.includes('::') ? Array<string>(8 - left.length - right.length).fill('0') : [];
  return [...left, ...middle, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}

export interface DenialLogOptions {
  /** Individual warnings per window; the rest are counted into the window's summary. */
  readonly linesPerWindow?: number;
  readonly windowMs?: number;
}

/**
 * Warnings about refused admin requests: the first few of each window individually, then one
 * summary at the window's end with how many more there were, and from which clients most.
 */
export class DenialLog {
  private lines = 0;
  private suppressed = 0;
  private limited = 0;
  private readonly byClient = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private readonly linesPerWindow: number;
  private readonly windowMs: number;

  constructor(
    private readonly logger: Logger,
    options: DenialLogOptions = {},
  ) {
    this.linesPerWindow = options.linesPerWindow ?? 5;
    this.windowMs = options.windowMs ?? 60_000;
  }

  /** A request refused: 401 (no or wrong token), or 429 when `limited`. */
  denied(fields: { path: string; client: string; limited: boolean }): void {
    this.timer ??= setTimeout(() => this.summarise(), this.windowMs).unref();
    if (this.lines < this.linesPerWindow) {
      this.lines++;
      const event = fields.limited ? 'admin_rate_limited' : 'admin_denied';
      this.logger.warn(
        { event, path: fields.path, ip: fields.client },
        fields.limited ? 'admin request refused: too many wrong tokens from this client' : 'admin request without a valid token',
      );
      return;
    }
    this.suppressed++;
    if (fields.limited) this.limited++;
    if (this.byClient.has(fields.client) || this.byClient.size < 1000)
      this.byClient.set(fields.client, (this.byClient.get(fields.client) ?? 0) + 1);
  }

  private summarise(): void {
    this.timer = null;
    if (this.suppressed > 0) {
      const top = [...this.byClient]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([ip, count]) => ({ ip, count }));
      this.logger.warn(
        {
          event: 'admin_denied_summary',
          denied: this.suppressed,
          rate_limited: this.limited,
          clients: this.byClient.size,
          top,
          window_ms: this.windowMs,
        },
        `${this.suppressed} more admin requests refused in the last ${Math.round(this.windowMs / 1000)} s`,
      );
    }
    this.lines = 0;
    this.suppressed = 0;
    this.limited = 0;
    this.byClient.clear();
  }
}
