/**
 * Questions as messages: a mention in a channel (answered in the question's thread) and a DM
 * (answered in the DM). Admins' `reload` arrives the same way. A file shared in a DM, or attached
 * to a mention, goes to the file filler (files.ts) and comes back filled in the thread.
 */
import type { App, webApi } from '@slack/bolt';
import { buildNoticeMessage, MESSAGES, type SlackMessage } from '../blocks.js';
import { sharedFiles } from '../files.js';
import { describeError } from '../logger.js';
import { plainTextFromSlack } from '../mrkdwn.js';
import type { SlackRuntime } from '../runtime.js';
import { createFileFiller } from './files.js';
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
  const fillFiles = createFileFiller(runtime);

  app.event('app_mention', async ({ event, client, context }) => {
    // Bolt drops our own messages; other bots' are dropped here so two bots never talk in a loop.
    if (event.bot_id || (event.subtype !== undefined && event.subtype !== 'file_share') || event.user === context.botUserId) return;
    // A mention inside a DM reads like any DM message: the reply goes in the DM, not a thread.
    const inDm = event.channel.startsWith('D');
    const question: IncomingQuestion = {
      via: inDm ? 'dm' : 'mention',
      channel: event.channel,
      user: event.user,
      text: event.text,
      threadTs: event.thread_ts ?? (inDm ? undefined : event.ts),
    };
    // Only files attached to the mention itself; a file elsewhere in the thread is not fetched.
    const files = sharedFiles(event);
    if (files.length > 0) {
      const fillable = await fillFiles(client, { ...question, threadTs: event.thread_ts ?? event.ts, files });
      if (fillable || !hasQuestion(event.text)) return;
    }
    await answerMessage(runtime, client, question);
  });

  app.message(async ({ message, client, context }) => {
    if (message.channel_type !== 'im') return;
    // Edits, deletions, joins and bot posts come as subtypes; only a person's new message (with
    // or without files) counts. Our own uploads come back as file shares too: never fill those.
    if (message.subtype !== undefined && message.subtype !== 'file_share') return;
    if (('bot_id' in message && message.bot_id) || message.user === context.botUserId) return;
    const question: IncomingQuestion = {
      via: 'dm',
      channel: message.channel,
      user: message.user,
      text: message.text ?? '',
      threadTs: message.thread_ts,
    };
    const files = sharedFiles(message);
    if (files.length > 0) {
      // The filled file goes in the thread of the message that shared it.
      const fillable = await fillFiles(client, { ...question, threadTs: message.thread_ts ?? message.ts, files });
      if (fillable || !hasQuestion(question.text)) return;
    }
    await answerMessage(runtime, client, question);
  });
}

/** Text worth answering besides the files (a screenshot with a question, say). */
function hasQuestion(text: string): boolean {
  return plainTextFromSlack(text) !== '';
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
      runtime.logger.error(
        { event: 'slack_error', via: incoming.via, error: describeError(apologyError) },
        'could not post the apology either',
      );
    });
  }
}
