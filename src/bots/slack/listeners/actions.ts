/**
 * The answer card's buttons: 👍/👎 feedback (kept with the question and item for the admins, like
 * the unanswered log) and "チャンネルに共有", which posts a private /ask answer to the channel.
 */
import type { App, BlockButtonAction } from '@slack/bolt';
import { ACTION_IDS, buildAnswerMessage, CARD_RESULTS, MESSAGES } from '../blocks.js';
import { decodeFeedbackValue, decodeQuestionValue } from '../button-values.js';
import { describeError } from '../logger.js';
import type { SlackRuntime } from '../runtime.js';

export function register(app: App, runtime: SlackRuntime): void {
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: ACTION_IDS.share }, async ({ ack, body, action }) => {
    await ack();
    const url = body.response_url;
    const value = decodeQuestionValue(action.value);
    // A quick double click arrives before the private copy is gone: share once.
    const messageTs = typeof body.container.message_ts === 'string' ? body.container.message_ts : action.action_ts;
    const key = [`share:${body.user.id}:${messageTs}`];
    if (!runtime.seen.claim(key)) return;
    try {
      if (!value) {
        await runtime.respond(url, { response_type: 'ephemeral', replace_original: false, text: MESSAGES.shareExpired });
        return;
      }
      // Not asked again through the asker: sharing is not a new question, and must not be logged
      // twice. Re-answering (instead of copying the card) keeps the value small; after a reload
      // the shared answer is the current one.
      const result = runtime.deps.kotae.ask(value.question, { top: CARD_RESULTS });
      const message = buildAnswerMessage(result, {
        restateQuestion: true,
        askedBy: body.user.id,
        askExpert: runtime.expertsChannel !== undefined,
      });
      await runtime.respond(url, { response_type: 'in_channel', replace_original: false, ...message });
      runtime.logger.info({ event: 'slack_share', user: body.user.id, answered: result.answered }, 'answer shared to a channel');
    } catch (error) {
      runtime.seen.release(key);
      runtime.logger.error({ event: 'slack_error', via: 'share', error: describeError(error) }, 'could not share an answer');
      await runtime.respond(url, { response_type: 'ephemeral', replace_original: false, text: MESSAGES.apology }).catch(() => undefined);
      return;
    }
    // The private copy is now redundant, and deleting it keeps a second click from posting twice.
    await runtime.respond(url, { delete_original: true, text: '' }).catch((error: unknown) => {
      runtime.logger.warn(
        { event: 'slack_error', via: 'share', error: describeError(error) },
        'could not remove the private answer after sharing',
      );
    });
  });

  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: new RegExp(`^(?:${ACTION_IDS.helpful}|${ACTION_IDS.unhelpful})$`) },
    async ({ ack, body, action }) => {
      await ack();
      const url = body.response_url;
      const value = decodeFeedbackValue(action.value);
      if (!value) {
        runtime.logger.warn({ event: 'slack_feedback_invalid', user: body.user.id }, 'feedback button without a usable value');
        return;
      }
      const helpful = action.action_id === ACTION_IDS.helpful;
      const messageTs = typeof body.container.message_ts === 'string' ? body.container.message_ts : (body.message?.ts ?? '');
      const key = [`feedback:${body.user.id}:${messageTs}:${value.itemId}:${helpful}`];
      let reply: string = MESSAGES.feedbackAlready;
      try {
        if (runtime.seen.claim(key)) {
          await runtime.deps.questionLog.recordFeedback({
            channel: 'slack',
            question: value.question,
            itemId: value.itemId,
            helpful,
            user: body.user.id,
          });
          reply = MESSAGES.feedbackThanks;
        }
      } catch (error) {
        runtime.seen.release(key);
        runtime.logger.error({ event: 'slack_error', via: 'feedback', error: describeError(error) }, 'could not record feedback');
        reply = MESSAGES.apology;
      }
      await runtime.respond(url, { response_type: 'ephemeral', replace_original: false, text: reply }).catch((error: unknown) => {
        runtime.logger.warn({ event: 'slack_error', via: 'feedback', error: describeError(error) }, 'could not confirm feedback');
      });
    },
  );
}
