/**
 * One answer per question. Slack redelivers an event it thinks we missed (up to three times, the
 * last after about five minutes, marked `X-Slack-Retry-Num`), and one message can arrive as two
 * events (a mention in a DM as `app_mention` and `message.im`). Dropping every retry would lose
 * questions whose first delivery really failed, so instead we remember what we have started on:
 * by event id and by channel + message ts, for longer than Slack keeps retrying.
 */
import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { Logger } from '../../logging.js';
import type { RecentKeys } from '../recent-keys.js';

/** The keys that identify one delivery of a user's message; empty for anything else. */
export function eventKeys(body: unknown): string[] {
  if (!isRecord(body) || body.type !== 'event_callback') return [];
  const keys: string[] = [];
  if (typeof body.event_id === 'string' && body.event_id) keys.push(`event:${body.event_id}`);
  const event = body.event;
  if (
    isRecord(event) &&
    (event.type === 'app_mention' || event.type === 'message') &&
    typeof event.channel === 'string' &&
    typeof event.ts === 'string'
  ) {
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
