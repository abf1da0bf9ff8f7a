/**
 * `/ask 質問`: acknowledged at once (Slack gives up after 3 s), then answered through the
 * command's response_url so that only the asker sees it, with a button to share it.
 */
import type { App } from '@slack/bolt';
import { buildNoticeMessage, MESSAGES, type SlackMessage } from '../blocks.js';
import { describeError } from '../logger.js';
import type { SlackRuntime } from '../runtime.js';
import { replyToQuestion } from './reply.js';

/**
 * Any slash command of this app is a question: the manifest defines only `/ask`, and a workspace
 * that had to rename it (another app owns `/ask`) keeps working.
 */
const ANY_COMMAND = /^\/.+/;

export function register(app: App, runtime: SlackRuntime): void {
  app.command(ANY_COMMAND, async ({ command, ack }) => {
    await ack();
    const respond = (message: SlackMessage) => runtime.respond(command.response_url, { response_type: 'ephemeral', ...message });
    try {
      // Only the asker sees this answer, and the command text is not shown: restate the question.
      await respond(await replyToQuestion(runtime, command.text, command.user_id, { restateQuestion: true, share: true }));
    } catch (error) {
      runtime.logger.error({ event: 'slack_error', via: 'command', error: describeError(error) }, 'could not answer a Slack command');
      await respond(buildNoticeMessage(MESSAGES.apology)).catch((apologyError: unknown) => {
        runtime.logger.error(
          { event: 'slack_error', via: 'command', error: describeError(apologyError) },
          'could not post the apology either',
        );
      });
    }
  });
}
