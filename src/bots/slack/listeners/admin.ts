/**
 * Admin commands sent as a message (a mention, a DM or `/ask`): `reload` / `再読み込み` rebuilds
 * the knowledge index. The reload itself is the server's (atomic, one at a time, the old index
 * serving until the new one is ready); this only decides who may run it and reports the outcome.
 */
import { reloadKnowledge } from '../../../core/reload.js';
import { buildNoticeMessage, buildReloadMessage, MESSAGES, type SlackMessage } from '../blocks.js';
import type { SlackRuntime } from '../runtime.js';

const RELOAD_WORDS = new Set(['reload', '再読み込み']);

/** The whole message is the command (full-width letters and a trailing "。" or "!" allowed). */
export function isReloadRequest(text: string): boolean {
  const word = text
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！]+$/u, '')
    .trim()
    .toLowerCase();
  return RELOAD_WORDS.has(word);
}

export async function reloadFor(runtime: SlackRuntime, user: string | undefined): Promise<SlackMessage> {
  if (!user || !runtime.admins.has(user)) {
    runtime.logger.info({ event: 'slack_reload_refused', user: user ?? null }, 'reload refused: not an admin');
    return buildNoticeMessage(MESSAGES.reloadRefused);
  }
  const { outcome } = await reloadKnowledge({ kotae: runtime.deps.kotae, logger: runtime.logger }, 'slack', { user });
  return buildReloadMessage(outcome);
}
