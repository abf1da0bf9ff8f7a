/**
 * 「専門家に聞く」 as Adaptive Cards: the question in the experts' channel (with inputs for the
 * answer, the status and 「ナレッジに追加」, and 「回答する」; or, once answered, who answered and
 * what) and the expert's answer as it reaches the asker. They render the neutral views of
 * src/present/escalation.ts, fitted to the same byte budget as the answer card.
 */
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
import { type AdaptiveCard, card, cardBytes, type CardElement, type ExpertAnswerData, MAX_CARD_BYTES } from './cards.js';

/** The ids of the card's inputs: Teams sends their values beside the submit's data. */
export const ANSWER_INPUTS = { answer: 'answer', status: 'status', addToKnowledge: 'addToKnowledge' } as const;

/** An expert's answer runs to 5,000 characters in the curated file. */
const ANSWER_MAX_CHARS = 5000;

/** What 「回答する」 brings back: the escalation and the expert's inputs, as Teams sends them (text). */
export interface ExpertAnswerSubmit {
  readonly escalationId: string;
  readonly answer: string;
  readonly status: string;
  readonly addToKnowledge: boolean;
}

/**
 * The question in the experts' channel: who asked and where (`whereLabel`, the kind of
 * conversation), kotae's nearest candidates with their citations, and the inputs to answer; or,
 * answered, who answered and what.
 */
export function escalationCard(view: EscalationView, whereLabel: string, budget = MAX_CARD_BYTES): AdaptiveCard {
  const longest = Math.max(
    view.question.length,
    ...view.candidates.map((c) => c.answer.length),
    view.answered?.answer.length ?? 0,
    view.answered?.remarks.length ?? 0,
    1,
  );
  return fitToBudget((limit) => buildEscalationCard(view, whereLabel, limit), cardBytes, Math.min(longest, budget), budget);
}

function buildEscalationCard(view: EscalationView, whereLabel: string, limit: number): AdaptiveCard {
  const cap = (text: string, own = Number.POSITIVE_INFINITY) => truncate(text, Math.min(own, limit));
  const body: CardElement[] = [
    { type: 'TextBlock', text: view.title, wrap: true, weight: 'Bolder', size: 'Medium' },
    { type: 'TextBlock', text: `${LABELS.question}: ${cap(view.question)}`, wrap: true },
    {
      type: 'FactSet',
      facts: [
        { title: LABELS.askedBy, value: view.asker.name },
        { title: LABELS.askedWhere, value: whereLabel },
      ],
    },
    {
      type: 'TextBlock',
      text: view.candidates.length ? `${MESSAGES.nearestCandidates}:` : MESSAGES.noCandidates,
      wrap: true,
      weight: 'Bolder',
      separator: true,
      spacing: 'Medium',
    },
  ];
  for (const candidate of view.candidates) {
    body.push({
      type: 'Container',
      spacing: 'Small',
      items: [
        {
          type: 'TextBlock',
          text: `${candidate.rank}. ${candidate.status ? `[${candidate.status.label}] ` : ''}${cap(candidate.answer || MESSAGES.noAnswerText, PREVIEW_CHARS)}`,
          wrap: true,
        },
        // The citation is never cut: it is what the experts check kotae's candidates against.
        {
          type: 'TextBlock',
          text: `${LABELS.citation}: ${candidate.citationLine} · ${LABELS.confidence} ${candidate.confidencePercent}`,
          wrap: true,
          isSubtle: true,
          size: 'Small',
        },
      ],
    });
  }
  if (view.answered) {
    body.push({
      type: 'Container',
      style: 'emphasis',
      separator: true,
      spacing: 'Medium',
      items: expertAnswerElements(view.answered, view.answered.answeredLine, cap),
    });
    return card(body);
  }
  body.push(
    {
      type: 'Input.Text',
      id: ANSWER_INPUTS.answer,
      label: LABELS.answer,
      isMultiline: true,
      maxLength: ANSWER_MAX_CHARS,
      isRequired: true,
      errorMessage: MESSAGES.answerRequired,
    },
    {
      type: 'Input.ChoiceSet',
      id: ANSWER_INPUTS.status,
      label: LABELS.status,
      style: 'compact',
      placeholder: '○ / × / △ / −',
      choices: STATUS_CHOICES.map((status) => ({ title: status.label, value: status.mark })),
    },
    {
      type: 'Input.Toggle',
      id: ANSWER_INPUTS.addToKnowledge,
      title: LABELS.addToKnowledge,
      value: 'true',
      valueOn: 'true',
      valueOff: 'false',
    },
  );
  const data: ExpertAnswerData = { kotae: 'expert-answer', escalationId: view.id };
  return card(body, [{ type: 'Action.Submit', title: LABELS.answerAction, data, style: 'positive' }]);
}

/** The expert's answer in the asker's conversation: 「山田さんの回答」, the status, the answer, and where it was saved. */
export function expertAnswerCard(view: ExpertAnswerView, question: string, budget = MAX_CARD_BYTES): AdaptiveCard {
  const longest = Math.max(view.answer.length, view.remarks.length, question.length, 1);
  return fitToBudget(
    (limit) => {
      const cap = (text: string, own = Number.POSITIVE_INFINITY) => truncate(text, Math.min(own, limit));
      return card([
        { type: 'TextBlock', text: `${LABELS.question}: ${cap(question, QUESTION_ECHO_CHARS)}`, wrap: true, isSubtle: true },
        { type: 'Container', style: 'emphasis', items: expertAnswerElements(view, view.heading, cap) },
      ]);
    },
    cardBytes,
    Math.min(longest, budget),
    budget,
  );
}

function expertAnswerElements(view: ExpertAnswerView, heading: string, cap: (text: string) => string): CardElement[] {
  const elements: CardElement[] = [
    { type: 'TextBlock', text: `${heading}${view.status ? `: ${view.status.label}` : ''}`, wrap: true, weight: 'Bolder', color: 'Good' },
  ];
  elements.push({ type: 'TextBlock', text: cap(view.answer), wrap: true });
  if (view.remarks) elements.push({ type: 'TextBlock', text: `${LABELS.remarks}: ${cap(view.remarks)}`, wrap: true, isSubtle: true });
  if (view.savedCitation) elements.push({ type: 'FactSet', facts: [{ title: LABELS.savedAs, value: view.savedCitation }] });
  return elements;
}

/** How the experts are told where a question was asked. */
const WHERE: Readonly<Record<string, string>> = {
  personal: '個人チャット (personal chat)',
  channel: 'チャネル (channel)',
  groupChat: 'グループチャット (group chat)',
};

/** Where in Teams an escalation was asked: the kind of conversation, as the Teams adapter recorded it. */
export function whereLabel(escalation: Pick<Escalation, 'where'>): string {
  return WHERE[escalation.where.conversationType ?? ''] ?? 'Teams';
}

/** 「回答する」's data and inputs from an Action.Submit, or null when `value` is something else. */
export function parseExpertAnswer(value: unknown): ExpertAnswerSubmit | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kotae !== 'expert-answer' || typeof v.escalationId !== 'string' || !v.escalationId) return null;
  const text = (input: unknown) => (typeof input === 'string' ? input : '');
  return {
    escalationId: v.escalationId.slice(0, 100),
    answer: text(v[ANSWER_INPUTS.answer]),
    status: text(v[ANSWER_INPUTS.status]),
    // Teams sends the toggle's valueOn / valueOff; a card from an older kotae without it means "add".
    addToKnowledge: v[ANSWER_INPUTS.addToKnowledge] !== 'false',
  };
}
