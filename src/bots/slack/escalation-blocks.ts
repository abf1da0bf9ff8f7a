/**
 * 「専門家に聞く」 in Block Kit: the question as the experts' channel shows it (open, with
 * 「回答する」; or answered, saying by whom), the modal an expert answers in, and the expert's
 * answer as it reaches the asker. They render the neutral views of src/present/escalation.ts,
 * within Slack's limits like the answer card (one budget for the whole message, citations never cut).
 */
import type { types } from '@slack/bolt';
import type { Escalation } from '../../core/escalations.js';
import {
  type EscalationView,
  type ExpertAnswerView,
  fitToBudget,
  LABELS,
  MESSAGES,
  PREVIEW_CHARS,
  QUESTION_ECHO_CHARS,
  STATUS_CHOICES,
  truncate,
} from '../../present/index.js';
import { ACTION_IDS, button, context, finish, LIMITS, section, type SlackMessage, totalText } from './blocks.js';
import { escapeMrkdwn, mrkdwn } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

/** The modal's callback id; its submission (view_submission) is routed by it. */
export const ANSWER_MODAL_ID = 'kotae_escalation_answer';

/** Block and action ids of the modal's inputs: Slack reports their values (and takes field errors) by them. */
export const ANSWER_FIELDS = { answer: 'answer', status: 'status', addToKnowledge: 'add_to_knowledge' } as const;

const ADD_TO_KNOWLEDGE = 'add';

/** Slack's own limits of a modal: title 24 characters, plain_text_input 3000, private_metadata 3000. */
const MODAL = { title: 24, input: 3000 } as const;

/** The most an expert's answer and its remarks take in a message; the whole message is then fitted to Slack's total. */
const PIECE = { answer: 2400, remarks: 500, question: 1000 } as const;

/**
 * Where in Slack a question was asked (the escalation's `where`): the thread's permalink when
 * Slack gave one, else the channel; `private` marks a /ask answer only the asker saw.
 */
export interface SlackWhere {
  readonly channel: string;
  readonly thread_ts?: string;
  readonly permalink?: string;
  readonly private?: 'true';
}

/** The message in the experts' channel: the question, who asked and where, the candidates, and 「回答する」 or who answered. */
export function buildEscalationMessage(view: EscalationView, where: SlackWhere): SlackMessage {
  const longest = Math.max(
    view.question.length,
    ...view.candidates.map((c) => c.answer.length),
    view.answered?.answer.length ?? 0,
    view.answered?.remarks.length ?? 0,
    1,
  );
  return fitToBudget((limit) => escalationMessage(view, where, limit), totalText, longest * 5, LIMITS.totalBlockText);
}

function escalationMessage(view: EscalationView, where: SlackWhere, limit: number): SlackMessage {
  const cut = (text: string, own: number) => mrkdwn(text, Math.min(own, limit));
  const asker = view.asker.id ? `<@${escapeMrkdwn(view.asker.id)}>` : escapeMrkdwn(view.asker.name);
  const blocks: KnownBlock[] = [
    section(`*${escapeMrkdwn(view.title)}*\n*${LABELS.question}*\n${cut(view.question, PIECE.question)}`),
    context([`${LABELS.askedBy}: ${asker}`, `${LABELS.askedWhere}: ${whereText(where)}`]),
    { type: 'divider' },
  ];
  if (view.candidates.length === 0) blocks.push(context([MESSAGES.noCandidates]));
  else blocks.push(context([`*${MESSAGES.nearestCandidates}*`]));
  for (const candidate of view.candidates) {
    const status = candidate.status ? `*${candidate.status.label}*  ` : '';
    const answer = candidate.answer ? cut(candidate.answer, PREVIEW_CHARS) : `_${MESSAGES.noAnswerText}_`;
    // The citation is never cut: it is what the experts check kotae's candidates against.
    blocks.push(
      section(`${candidate.rank}. ${status}${answer}`),
      context([`📄 ${escapeMrkdwn(candidate.citationLine)}`, `${LABELS.confidence} ${candidate.confidencePercent}`]),
    );
  }
  blocks.push({ type: 'divider' });
  if (view.answered) {
    blocks.push(...expertAnswerBlocks(view.answered, view.answered.answeredLine, cut));
  } else {
    blocks.push({
      type: 'actions',
      block_id: 'kotae_escalation_actions',
      elements: [{ ...button(ACTION_IDS.answerEscalation, LABELS.answerAction, view.id), style: 'primary' }],
    });
  }
  const state = view.answered ? view.answered.answeredLine : LABELS.answerAction;
  return finish(blocks, `${view.title}: ${cut(view.question, QUESTION_ECHO_CHARS)}（${state}）`);
}

/** The expert's answer in the asker's thread (or DM): 「山田さんの回答: ○ 対応」, the answer, and where it was saved. */
export function buildExpertAnswerMessage(view: ExpertAnswerView, question: string): SlackMessage {
  const longest = Math.max(view.answer.length, view.remarks.length, question.length, 1);
  return fitToBudget(
    (limit) => {
      const cut = (text: string, own: number) => mrkdwn(text, Math.min(own, limit));
      const blocks = [
        context([`${LABELS.question}: ${cut(question, QUESTION_ECHO_CHARS)}`]),
        ...expertAnswerBlocks(view, view.heading, cut),
      ];
      const status = view.status ? ` ${view.status.label}` : '';
      return finish(blocks, `${view.heading}:${status} ${cut(view.answer, PREVIEW_CHARS)}`);
    },
    totalText,
    longest * 5,
    LIMITS.totalBlockText,
  );
}

function expertAnswerBlocks(view: ExpertAnswerView, heading: string, cut: (text: string, own: number) => string): KnownBlock[] {
  const status = view.status ? ` *${view.status.label}*` : '';
  const remarks = view.remarks ? `\n_${LABELS.remarks}:_ ${cut(view.remarks, PIECE.remarks)}` : '';
  const blocks: KnownBlock[] = [section(`*${escapeMrkdwn(heading)}*:${status}\n${cut(view.answer, PIECE.answer)}${remarks}`)];
  if (view.savedCitation) blocks.push(context([`📄 ${LABELS.savedAs}: ${escapeMrkdwn(view.savedCitation)}`]));
  return blocks;
}

function whereText(where: SlackWhere): string {
  // A DM is the asker's and kotae's alone: a link to it would open nothing for the experts.
  if (where.channel.startsWith('D')) return 'kotae との DM';
  const channel = `<#${escapeMrkdwn(where.channel)}>`;
  if (where.private) return `${channel} の /ask（本人のみ表示）`;
  // A permalink is Slack's own https URL; `|` and `>` would end the link early, and it has neither.
  if (where.permalink && /^https:\/\/[^|<>\s]+$/.test(where.permalink)) return `<${where.permalink}|${channel} のスレッド>`;
  return channel;
}

/** What the modal brings back besides its fields: the escalation, and the experts' message to update once answered. */
export interface AnswerModalContext {
  readonly id: string;
  readonly channel: string;
  readonly ts: string;
}

/**
 * The modal 「回答する」 opens: the question (read only), the answer (several lines), the status
 * (○ / × / △ / −) and 「ナレッジに追加」, checked.
 */
export function buildAnswerModal(view: EscalationView, modalContext: AnswerModalContext): types.ModalView {
  const choices = STATUS_CHOICES.map((status) => ({ text: { type: 'plain_text' as const, text: status.label }, value: status.mark }));
  const addOption = { text: { type: 'plain_text' as const, text: LABELS.addToKnowledge }, value: ADD_TO_KNOWLEDGE };
  return {
    type: 'modal',
    callback_id: ANSWER_MODAL_ID,
    private_metadata: JSON.stringify(modalContext),
    title: plain(LABELS.answerAction, MODAL.title),
    submit: plain(LABELS.answerAction, MODAL.title),
    close: plain('キャンセル', MODAL.title),
    blocks: [
      section(`*${LABELS.question}*\n${mrkdwn(view.question, LIMITS.sectionText - 20)}`),
      {
        type: 'input',
        block_id: ANSWER_FIELDS.answer,
        label: plain(LABELS.answer, 2000),
        element: { type: 'plain_text_input', action_id: ANSWER_FIELDS.answer, multiline: true, max_length: MODAL.input },
      },
      {
        type: 'input',
        block_id: ANSWER_FIELDS.status,
        optional: true,
        label: plain(LABELS.status, 2000),
        element: { type: 'static_select', action_id: ANSWER_FIELDS.status, placeholder: plain('○ / × / △ / −', 150), options: choices },
      },
      {
        type: 'input',
        block_id: ANSWER_FIELDS.addToKnowledge,
        optional: true,
        label: plain(LABELS.addToKnowledge, 2000),
        element: { type: 'checkboxes', action_id: ANSWER_FIELDS.addToKnowledge, options: [addOption], initial_options: [addOption] },
      },
    ],
  };
}

type ModalValues = Readonly<
  Record<
    string,
    Readonly<
      Record<
        string,
        {
          readonly value?: string | null;
          readonly selected_option?: { readonly value: string } | null;
          readonly selected_options?: ReadonlyArray<{ readonly value: string }>;
        }
      >
    >
  >
>;

/** The expert's input from a submitted modal's `state.values`; validation is the core's (escalationAnswerSchema). */
export function readAnswerModal(values: ModalValues): { answer: string; status: string; addToKnowledge: boolean } {
  const field = (id: string) => values[id]?.[id];
  return {
    answer: field(ANSWER_FIELDS.answer)?.value ?? '',
    status: field(ANSWER_FIELDS.status)?.selected_option?.value ?? '',
    addToKnowledge: (field(ANSWER_FIELDS.addToKnowledge)?.selected_options ?? []).some((option) => option.value === ADD_TO_KNOWLEDGE),
  };
}

/** The modal context back from `private_metadata`, or null when it is not ours. */
export function parseModalContext(raw: string): AnswerModalContext | null {
  try {
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return null;
    const { id, channel, ts } = data as Record<string, unknown>;
    return typeof id === 'string' && typeof channel === 'string' && typeof ts === 'string' ? { id, channel, ts } : null;
  } catch {
    return null;
  }
}

/** The escalation's `where` as the Slack adapter recorded it, or null when another surface recorded it. */
export function slackWhere(escalation: Pick<Escalation, 'surface' | 'where'>): SlackWhere | null {
  const { channel, thread_ts, permalink } = escalation.where;
  if (escalation.surface !== 'slack' || !channel) return null;
  return {
    channel,
    ...(thread_ts ? { thread_ts } : {}),
    ...(permalink ? { permalink } : {}),
    ...(escalation.where.private === 'true' ? { private: 'true' } : {}),
  };
}

function plain(text: string, max: number): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max), emoji: true };
}
