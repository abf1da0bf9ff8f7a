/**
 * Questions as messages: a mention in a channel (answered in the question's thread) and a DM
 * (answered in the DM). Admins' `reload` arrives the same way.
 */
import type { App, webApi } from '@slack/bolt';
import { buildNoticeMessage, MESSAGES, type SlackMessage } from '../blocks.js';
import { describeError } from '../logger.js';
import type { SlackRuntime } from '../runtime.js';
import { replyToQuestion } from './reply.js';

interface IncomingQuestion {
  readonly via: 'mention' | 'dm';
  readonly channel: string;
  readonly user: string | undefined;
  readonly text: string;
  /** Where the reply goes; undefined replies in the conversation itself. */
  readonly threadTs: string | undefined;
}

export function register(app: App, runtime: SlackRuntime): void {
  app.event('app_mention', async ({ event, client }) => {
    // Bolt drops our own messages; other bots' are dropped here so two bots never talk in a loop.
    if (event.bot_id || event.subtype) return;
    // A mention inside a DM reads like any DM message: the reply goes in the DM, not a thread.
    const inDm = event.channel.startsWith('D');
    await answerMessage(runtime, client, {
      via: inDm ? 'dm' : 'mention',
      channel: event.channel,
      user: event.user,
      text: event.text,
      threadTs: event.thread_ts ?? (inDm ? undefined : event.ts),
    });
  });

  app.message(async ({ message, client }) => {
    // Edits, deletions, joins and bot posts come as subtypes; only a person's new message counts.
    if (message.subtype !== undefined || message.channel_type !== 'im' || message.bot_id) return;
    await answerMessage(runtime, client, {
      via: 'dm',
      channel: message.channel,
      user: message.user,
      text: message.text ?? '',
      threadTs: message.thread_ts,
    });
  });
}

async function answerMessage(runtime: SlackRuntime, client: webApi.WebClient, incoming: IncomingQuestion): Promise<void> {
  const post = async (message: SlackMessage) => {
    await client.chat.postMessage({
      channel: incoming.channel,
      ...(incoming.threadTs ? { thread_ts: incoming.threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      // Knowledge answers are full of URLs; previews would bury the answer.
      unfurl_links: false,
      unfurl_media: false,
    });
  };
  try {
    // A threaded reply sits right under the question, so the card need not repeat it.
    await post(await replyToQuestion(runtime, incoming.text, incoming.user, {}));
  } catch (error) {
    runtime.logger.error({ event: 'slack_error', via: incoming.via, error: describeError(error) }, 'could not answer a Slack message');
    await post(buildNoticeMessage(MESSAGES.apology)).catch((apologyError: unknown) => {
      runtime.logger.error({ event: 'slack_error', via: incoming.via, error: describeError(apologyError) }, 'could not post the apology either');
    });
  }
}
