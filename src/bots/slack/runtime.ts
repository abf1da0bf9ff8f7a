/**
 * What every listener group gets: kotae's parts (through BotDeps only; never the index), a
 * logger, the admin list, and the response_url poster. Built once per mounted adapter.
 */
import type { BotDeps } from '../types.js';
import type { Logger } from '../../logging.js';
import { DIRECT, type Outbound } from '../outbound.js';
import { RecentKeys } from '../recent-keys.js';
import { createResponder, type RespondFn } from './respond.js';

export interface SlackRuntime {
  readonly deps: BotDeps;
  readonly logger: Logger;
  /** Slack user ids from KOTAE_ADMINS. */
  readonly admins: ReadonlySet<string>;
  /** KOTAE_EXPERTS_SLACK_CHANNEL: where 「専門家に聞く」 sends questions; without it the button is not offered. */
  readonly expertsChannel: string | undefined;
  readonly respond: RespondFn;
  /** How requests leave: directly or through HTTPS_PROXY (downloads, uploads). */
  readonly outbound: Outbound;
  /** Button clicks already handled: a double click on 👍 or on share counts once. */
  readonly seen: RecentKeys;
}

export function createRuntime(
  deps: BotDeps,
  logger: Logger,
  outbound: Outbound = DIRECT,
  respond: RespondFn = createResponder({ fetch: outbound.fetch }),
): SlackRuntime {
  return {
    deps,
    logger,
    admins: new Set(deps.config.KOTAE_ADMINS),
    expertsChannel: deps.config.KOTAE_EXPERTS_SLACK_CHANNEL,
    respond,
    outbound,
    seen: new RecentKeys({ maxKeys: 5_000 }),
  };
}
