/**
 * Posting to a `response_url` (slash commands and button clicks). Bolt's own `respond()` has no
 * timeout and ignores rate limits, so a stuck or throttled Slack would hold the answer forever;
 * this one gives up after a timeout and waits out a 429's `Retry-After` a bounded number of times.
 * It is not retried on other failures: the post may have landed, and a second copy is worse.
 */
import type { types } from '@slack/bolt';
import type { OutboundFetch } from '../outbound.js';

export interface ResponseUrlBody {
  readonly text: string;
  readonly blocks?: types.KnownBlock[];
  readonly response_type?: 'ephemeral' | 'in_channel';
  readonly replace_original?: boolean;
  readonly delete_original?: boolean;
}

export type RespondFn = (responseUrl: string, body: ResponseUrlBody) => Promise<void>;

export interface ResponderOptions {
  readonly timeoutMs?: number;
  readonly maxRateLimitRetries?: number;
  /** Longest `Retry-After` we are willing to wait; longer means the answer would be stale. */
  readonly maxRetryAfterMs?: number;
  /** Through the proxy when there is one (bots/outbound.ts). */
  readonly fetch?: OutboundFetch;
}

export class ResponseUrlError extends Error {
  override readonly name = 'ResponseUrlError';
  constructor(
    readonly status: number,
    readonly slackError: string | undefined,
  ) {
    super(`response_url post failed: HTTP ${status}${slackError ? ` (${slackError})` : ''}`);
  }
}

export function createResponder(options: ResponderOptions = {}): RespondFn {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxRetries = options.maxRateLimitRetries ?? 2;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 30_000;
  const send = options.fetch ?? fetch;
  return async (responseUrl, body) => {
    for (let attempt = 0; ; attempt++) {
      const response = await send(responseUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      if (response.status === 429 && attempt < maxRetries) {
        const waitMs = retryAfterMs(response.headers.get('retry-after'));
        if (waitMs <= maxRetryAfterMs) {
          await new Promise((resolve) => setTimeout(resolve, waitMs));
          continue;
        }
      }
      // Slack answers 200 with `ok` or a JSON `{ ok: false, error }` on a hook that is gone.
      const slackError = errorIn(text);
      if (!response.ok || slackError) throw new ResponseUrlError(response.status, slackError);
      return;
    }
  };
}

function retryAfterMs(header: string | null): number {
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 1000;
}

function errorIn(text: string): string | undefined {
  if (!text.trimStart().startsWith('{')) return undefined;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data === 'object' && data !== null && 'ok' in data && data.ok === false) {
      return 'error' in data && typeof data.error === 'string' ? data.error : 'unknown_error';
    }
  } catch {
    // A body that is not JSON carries no error of its own; the status decides.
  }
  return undefined;
}
