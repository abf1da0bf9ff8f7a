/**
 * 「専門家に聞く」 in Slack. The button under an answer records an escalation (the question, who
 * asked, where, kotae's nearest candidates) and posts it to the experts' channel
 * (KOTAE_EXPERTS_SLACK_CHANNEL) with 「回答する」; the asker's thread hears 「セキュリティ担当に確認中です」.
 * 「回答する」 opens a modal; its submission records the answer (and saves it into the knowledge
 * when 「ナレッジに追加」 is checked), posts it into the asker's thread under the expert's name, and
 * marks the experts' message answered.
 */
import type { App, BlockButtonAction, ViewSubmitAction, webApi } from '@slack/bolt';
import { CuratedAnswerError } from '../../../core/curated-answers.js';
import {
  answerEscalation,
  EscalationAlreadyAnswered,
  escalationAnswerSchema,
  EscalationNotFound,
  type Escalation,
} from '../../../core/escalations.js';
import { alreadyAnsweredText, candidatesOf, expertAnswerProblems, presentEscalation, presentExpertAnswer } from '../../../present/index.js';
import { ACTION_IDS, buildNoticeMessage, CARD_RESULTS, MESSAGES, type SlackMessage } from '../blocks.js';
import { decodeQuestionValue } from '../button-values.js';
import {
  ANSWER_FIELDS,
  ANSWER_MODAL_ID,
  buildAnswerModal,
  buildEscalationMessage,
  buildExpertAnswerMessage,
  parseModalContext,
  readAnswerModal,
  slackWhere,
  type AnswerModalContext,
  type SlackWhere,
} from '../escalation-blocks.js';
import { describeError } from '../logger.js';
import type { SlackRuntime } from '../runtime.js';

/** Slack's errors for a channel the bot cannot post to until someone invites it. */
const NOT_A_MEMBER = new Set(['not_in_channel', 'channel_not_found']);

export function register(app: App, runtime: SlackRuntime): void {
  runtime.deps.escalations.deliverWith('slack', (escalation) => deliver(app.client, escalation));
  app.action<BlockButtonAction>({ type: 'block_actions', action_id: ACTION_IDS.askExpert }, async ({ ack, body, action, client }) => {
    await ack();
    await askExperts(runtime, client, body, action.value);
  });

  app.action<BlockButtonAction>(
    { type: 'block_actions', action_id: ACTION_IDS.answerEscalation },
    async ({ ack, body, action, client }) => {
      await ack();
      await openAnswerModal(runtime, client, body, action.value);
    },
  );

  app.view<ViewSubmitAction>(ANSWER_MODAL_ID, async ({ ack, body, view, client }) => {
    const modal = parseModalContext(view.private_metadata);
    if (!modal) {
      await ack();
      runtime.logger.warn({ event: 'slack_escalation_invalid', user: body.user.id }, 'answer modal without a usable escalation');
      return;
    }
    const input = readAnswerModal(view.state.values);
    const parsed = escalationAnswerSchema.safeParse({ answer: input.answer, status: input.status, addToKnowledge: input.addToKnowledge });
    if (!parsed.success) {
      const errors = Object.fromEntries(
        expertAnswerProblems(parsed.error.issues).map((problem) => [ANSWER_FIELDS[problem.field], problem.text]),
      );
      await ack({ response_action: 'errors', errors });
      return;
    }
    // Checked before the modal closes, so that the expert reads it where they typed.
    const escalation = await runtime.deps.escalations.get(modal.id);
    if (escalation?.answered) {
      await ack({ response_action: 'errors', errors: { [ANSWER_FIELDS.answer]: alreadyAnsweredText(escalation.answered) } });
      return;
    }
    await ack();
    await saveAnswer(runtime, client, modal, body.user, parsed.data);
  });
}

/** The asker clicked 「専門家に聞く」. */
async function askExperts(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  body: BlockButtonAction,
  value: string | undefined,
): Promise<void> {
  const user = body.user.id;
  const channel = body.container.channel_id ?? body.channel?.id ?? '';
  const ephemeral = body.container.is_ephemeral === true;
  const messageTs = typeof body.container.message_ts === 'string' ? body.container.message_ts : (body.message?.ts ?? '');
  // A public answer's thread (a shared answer's own thread; a DM's answer stays in the DM).
  const threadTs = body.message?.thread_ts ?? (channel.startsWith('D') ? undefined : body.message?.ts);
  const privately = (message: SlackMessage) =>
    runtime.respond(body.response_url, { response_type: 'ephemeral', replace_original: false, ...message });
  const inThread = async (message: SlackMessage) => {
    if (ephemeral) return privately(message);
    await client.chat.postMessage({
      channel,
      ...(threadTs ? { thread_ts: threadTs } : {}),
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  };
  const log = { event: 'slack_escalation', user, channel };

  const question = decodeQuestionValue(value)?.question;
  const key = [`escalate:${user}:${messageTs}`];
  if (!question || !channel) {
    runtime.logger.warn({ ...log, outcome: 'invalid' }, '「専門家に聞く」 without a usable question');
    await privately(buildNoticeMessage(MESSAGES.escalationFailed)).catch(() => undefined);
    return;
  }
  // A double click sends the question once.
  if (!runtime.seen.claim(key)) return;

  let escalation: Escalation;
  try {
    // Not asked again through the asker: the question was logged when it was asked.
    const result = runtime.deps.kotae.ask(question, { top: CARD_RESULTS });
    const permalink = ephemeral || !messageTs ? undefined : await permalinkOf(client, channel, messageTs, runtime);
    const where: SlackWhere = {
      channel,
      ...(threadTs && !ephemeral ? { thread_ts: threadTs } : {}),
      ...(permalink ? { permalink } : {}),
      ...(ephemeral ? { private: 'true' } : {}),
    };
    escalation = await runtime.deps.escalations.record({
      question,
      asker: { id: user, name: await displayName(client, user, body.user.name, runtime) },
      surface: 'slack',
      where: { ...where },
      candidates: candidatesOf(result),
    });
  } catch (error) {
    runtime.seen.release(key);
    runtime.logger.error({ ...log, error: describeError(error) }, 'could not record an escalation');
    await privately(buildNoticeMessage(MESSAGES.escalationFailed)).catch(() => undefined);
    return;
  }

  const experts = runtime.expertsChannel;
  if (!experts) {
    // A button from before KOTAE_EXPERTS_SLACK_CHANNEL was removed: the admins still see the question.
    runtime.logger.info(
      { ...log, escalation: escalation.id, outcome: 'no-experts-channel' },
      "escalation recorded; no experts' channel is set up",
    );
    await privately(buildNoticeMessage(MESSAGES.expertsNotSetUp)).catch(() => undefined);
    return;
  }
  try {
    const message = buildEscalationMessage(presentEscalation(escalation), slackWhere(escalation)!);
    await client.chat.postMessage({
      channel: experts,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      unfurl_media: false,
    });
  } catch (error) {
    // Once the bot is invited, the same button sends the question again.
    runtime.seen.release(key);
    const described = describeError(error);
    if (typeof described.slack_error === 'string' && NOT_A_MEMBER.has(described.slack_error)) {
      runtime.logger.warn(
        {
          ...log,
          event: 'slack_experts_channel_unreachable',
          escalation: escalation.id,
          experts_channel: experts,
          slack_error: described.slack_error,
        },
        `cannot post to the experts' channel ${experts} (KOTAE_EXPERTS_SLACK_CHANNEL): invite the bot to that channel (/invite @kotae in it), or fix the channel id`,
      );
      await privately(buildNoticeMessage(MESSAGES.expertsUnreachable)).catch(() => undefined);
    } else {
      runtime.logger.error({ ...log, escalation: escalation.id, error: described }, "could not post an escalation to the experts' channel");
      await privately(buildNoticeMessage(MESSAGES.escalationFailed)).catch(() => undefined);
    }
    return;
  }
  runtime.logger.info(
    { ...log, escalation: escalation.id, outcome: 'sent', candidates: escalation.candidates.length },
    'question sent to the experts',
  );
  await inThread(buildNoticeMessage(MESSAGES.escalated)).catch((error: unknown) => {
    runtime.logger.warn(
      { ...log, escalation: escalation.id, error: describeError(error) },
      'could not tell the asker the question was sent',
    );
  });
}

/** An expert clicked 「回答する」: the modal, or who answered already. */
async function openAnswerModal(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  body: BlockButtonAction,
  id: string | undefined,
): Promise<void> {
  const privately = (text: string) => runtime.respond(body.response_url, { response_type: 'ephemeral', replace_original: false, text });
  const channel = body.container.channel_id ?? body.channel?.id ?? '';
  const ts = typeof body.container.message_ts === 'string' ? body.container.message_ts : (body.message?.ts ?? '');
  try {
    const escalation = id ? await runtime.deps.escalations.get(id) : null;
    if (!escalation) {
      runtime.logger.warn(
        { event: 'slack_escalation_invalid', user: body.user.id, escalation: id ?? null },
        '「回答する」 for an escalation kotae does not have',
      );
      await privately(MESSAGES.escalationFailed);
      return;
    }
    if (escalation.answered) {
      await privately(alreadyAnsweredText(escalation.answered));
      await showAnswered(runtime, client, escalation, { id: escalation.id, channel, ts });
      return;
    }
    await client.views.open({
      trigger_id: body.trigger_id,
      view: buildAnswerModal(presentEscalation(escalation), { id: escalation.id, channel, ts }),
    });
  } catch (error) {
    runtime.logger.error(
      { event: 'slack_error', via: 'escalation', step: 'modal', error: describeError(error) },
      'could not open the answer modal',
    );
    await privately(MESSAGES.apology).catch(() => undefined);
  }
}

/** After the modal closed: record, save, tell the asker, and mark the experts' message. */
async function saveAnswer(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  modal: AnswerModalContext,
  expert: ViewSubmitAction['user'],
  input: { answer: string; status: string; remarks?: string; addToKnowledge?: boolean },
): Promise<void> {
  const tellExpert = (text: string) =>
    client.chat.postEphemeral({ channel: modal.channel, user: expert.id, text }).catch((error: unknown) => {
      runtime.logger.warn(
        { event: 'slack_error', via: 'escalation', step: 'notice', error: describeError(error) },
        'could not tell the expert',
      );
    });
  const log = { event: 'slack_escalation_answer', escalation: modal.id, user: expert.id };
  let answered: Awaited<ReturnType<typeof answerEscalation>>;
  try {
    answered = await answerEscalation(runtime.deps, modal.id, {
      ...input,
      author: await displayName(client, expert.id, expert.name, runtime),
    });
  } catch (error) {
    if (error instanceof EscalationAlreadyAnswered) {
      await tellExpert(alreadyAnsweredText(error.escalation.answered!));
      await showAnswered(runtime, client, error.escalation, modal);
      return;
    }
    if (error instanceof EscalationNotFound) {
      runtime.logger.warn({ ...log, outcome: 'not-found' }, error.message);
      await tellExpert(MESSAGES.escalationFailed);
      return;
    }
    const saveError = error instanceof CuratedAnswerError ? error.message : null;
    runtime.logger.error({ ...log, outcome: 'failed', error: describeError(error) }, "could not save an expert's answer");
    await tellExpert(saveError ? `${MESSAGES.answerNotSaved}\n${saveError}` : MESSAGES.answerNotSaved);
    return;
  }

  const { escalation, saved } = answered;
  runtime.logger.info(
    { ...log, outcome: 'answered', saved: saved?.id ?? null, served: saved?.served ?? null },
    'expert answered an escalation',
  );
  if (saved && !saved.served && saved.warning) await tellExpert(saved.warning);
  await showAnswered(runtime, client, escalation, modal);
  await deliver(client, escalation).catch(async (error: unknown) => {
    runtime.logger.warn({ ...log, step: 'deliver', error: describeError(error) }, "could not post the expert's answer to the asker");
    await tellExpert(MESSAGES.answerNotDelivered);
  });
}

/** The expert's answer, in the asker's thread, or in a DM for a /ask only the asker saw. */
async function deliver(client: webApi.WebClient, escalation: Escalation): Promise<void> {
  const where = slackWhere(escalation);
  if (!where || !escalation.answered) return;
  const message = buildExpertAnswerMessage(presentExpertAnswer(escalation.answered), escalation.question);
  const channel = where.private ? (escalation.asker.id ?? where.channel) : where.channel;
  await client.chat.postMessage({
    channel,
    ...(where.thread_ts && !where.private ? { thread_ts: where.thread_ts } : {}),
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
    unfurl_media: false,
  });
}

/** The experts' message, now saying who answered and what (its 「回答する」 gone). */
async function showAnswered(
  runtime: SlackRuntime,
  client: webApi.WebClient,
  escalation: Escalation,
  modal: AnswerModalContext,
): Promise<void> {
  const where = slackWhere(escalation);
  if (!where || !modal.channel || !modal.ts) return;
  const message = buildEscalationMessage(presentEscalation(escalation), where);
  await client.chat.update({ channel: modal.channel, ts: modal.ts, text: message.text, blocks: message.blocks }).catch((error: unknown) => {
    runtime.logger.warn(
      { event: 'slack_error', via: 'escalation', step: 'update', error: describeError(error) },
      "could not mark the experts' message answered",
    );
  });
}

/** The thread's link for the experts; without one they get the channel. */
async function permalinkOf(
  client: webApi.WebClient,
  channel: string,
  messageTs: string,
  runtime: SlackRuntime,
): Promise<string | undefined> {
  try {
    const response = await client.chat.getPermalink({ channel, message_ts: messageTs });
    return response.permalink;
  } catch (error) {
    runtime.logger.debug(
      { event: 'slack_error', via: 'escalation', step: 'permalink', error: describeError(error) },
      "no permalink for the asker's thread",
    );
    return undefined;
  }
}

/**
 * How a person is named in the curated file's 回答者 column and beside an answer: their Slack
 * display name (users.info, scope users:read), else the name the payload carries, else their id.
 */
async function displayName(client: webApi.WebClient, user: string, fallback: string | undefined, runtime: SlackRuntime): Promise<string> {
  try {
    const { user: info } = await client.users.info({ user });
    const name = info?.profile?.display_name || info?.profile?.real_name || info?.real_name || info?.name;
    if (name) return name;
  } catch (error) {
    runtime.logger.debug(
      { event: 'slack_error', via: 'escalation', step: 'users.info', error: describeError(error) },
      'no display name; add the users:read scope to show names',
    );
  }
  return fallback || user;
}
