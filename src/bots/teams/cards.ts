/**
 * What the bot shows in Teams: Adaptive Cards for answers and reloads, and the short texts.
 * Pure functions of kotae's results, so that they are tested without a conversation.
 *
 * Teams rejects a message over about 28 KB, so every card is fitted to a byte budget: long texts
 * are cut with "…" while the citation (the part people need to verify an answer) is never cut.
 */
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { MAX_QUESTION_CHARS } from '../../core/answer.js';
import { changeLines, type ReloadOutcome } from '../../core/kotae-service.js';
import type { AskResult } from '../../core/types.js';
import {
  type AnswerEntryView,
  type AnswerView,
  fitToBudget,
  LABELS,
  MESSAGES,
  PREVIEW_CHARS,
  presentAnswer,
  QUESTION_ECHO_CHARS,
  type StatusTone,
  truncate,
} from '../../present/index.js';

/** The card's budget, below Teams' ~28 KB so that the activity around it fits too. */
export const MAX_CARD_BYTES = 26 * 1024;

/** What a 👍/👎 button carries back of the question. */
const FEEDBACK_QUESTION_CHARS = 500;

/** What 「専門家に聞く」 carries back of the question: all kotae searches of it. */
const ASK_EXPERT_QUESTION_CHARS = MAX_QUESTION_CHARS;

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap: true;
  readonly weight?: 'Bolder';
  readonly size?: 'Small' | 'Medium' | 'Large';
  readonly color?: 'Good' | 'Warning' | 'Attention' | 'Accent';
  readonly isSubtle?: boolean;
  readonly separator?: boolean;
  readonly spacing?: 'Small' | 'Medium' | 'Large';
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly separator?: boolean;
}

export interface Container {
  readonly type: 'Container';
  readonly items: readonly CardElement[];
  readonly style?: 'emphasis' | 'default';
  readonly separator?: boolean;
  readonly spacing?: 'Small' | 'Medium' | 'Large';
}

/** An expert's answer (several lines). */
export interface InputText {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly isMultiline?: boolean;
  readonly maxLength?: number;
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
}

/** The status an expert picks (○ × △ −). */
export interface InputChoiceSet {
  readonly type: 'Input.ChoiceSet';
  readonly id: string;
  readonly label: string;
  readonly style: 'compact' | 'expanded';
  readonly choices: ReadonlyArray<{ readonly title: string; readonly value: string }>;
  readonly placeholder?: string;
}

/** 「ナレッジに追加」: Teams sends `valueOn` or `valueOff` as text. */
export interface InputToggle {
  readonly type: 'Input.Toggle';
  readonly id: string;
  readonly title: string;
  readonly value: string;
  readonly valueOn: string;
  readonly valueOff: string;
}

export type CardElement = TextBlock | FactSet | Container | InputText | InputChoiceSet | InputToggle;

/** What a 👍/👎 button sends back (Teams delivers it as a message activity's `value`). */
export interface FeedbackData {
  readonly kotae: 'feedback';
  readonly helpful: boolean;
  readonly itemId: string;
  readonly question: string;
}

/** What 「専門家に聞く」 sends back: the question (the asker's conversation is the activity's own). */
export interface AskExpertData {
  readonly kotae: 'ask-expert';
  readonly question: string;
}

/** What 「回答する」 sends back: the escalation, beside the card's inputs (answer, status, addToKnowledge). */
export interface ExpertAnswerData {
  readonly kotae: 'expert-answer';
  readonly escalationId: string;
}

export interface SubmitAction {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: FeedbackData | AskExpertData | ExpertAnswerData;
  readonly style?: 'positive';
}

export interface AdaptiveCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  /** 1.5 is the newest version every Teams client renders. */
  readonly version: '1.5';
  readonly body: readonly CardElement[];
  readonly actions?: readonly SubmitAction[];
  /** Full width: answers are paragraphs, and the default narrow card makes them hard to read. */
  readonly msteams: { readonly width: 'Full' };
}

/** Status colours; the labels are every surface's (src/present/status.ts). */
const STATUS_COLOR: Readonly<Record<StatusTone, TextBlock['color'] | undefined>> = {
  good: 'Good',
  bad: 'Attention',
  partial: 'Warning',
  na: undefined,
};

/** kotae's words in Teams: the shared ones (src/present/messages.ts) and Teams' own. */
export const TEXT = {
  help: '質問をどうぞ。例: 「通信は暗号化していますか？」 (Ask me a security-checksheet question.)',
  thanks: MESSAGES.feedbackThanks,
  feedbackFailed: MESSAGES.feedbackFailed,
  notAdmin: MESSAGES.reloadRefused,
  expertsChannelSet:
    "このチャンネルを専門家チャンネルに設定しました。「専門家に聞く」の質問がここに届きます。 (This is now the experts' channel: questions sent with 「専門家に聞く」 will arrive here.)",
  expertsChannelRefused:
    "すみません、専門家チャンネルの設定は管理者だけが実行できます。 (Sorry, only kotae admins can set the experts' channel.)",
  reloadSlow:
    '再読み込みに時間がかかっています。終わったらここでお知らせします。 (Reloading is taking a while; the result will follow here.)',
  apology: MESSAGES.apology,
} as const;

/** A message carrying one card. */
export function cardMessage(card: AdaptiveCard): Partial<Activity> {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

export interface AnswerCardOptions {
  /** The card's size budget in bytes; default {@link MAX_CARD_BYTES}. */
  readonly budget?: number;
  /** Offer 「専門家に聞く」 (when an admin has set up the experts' channel). */
  readonly askExpert?: boolean;
}

/**
 * The answer card: the best answer in full, up to two other candidates as previews and 👍/👎;
 * or, without a confident answer, says so and lists the nearest candidates. Either may offer
 * 「専門家に聞く」.
 */
export function answerCard(result: AskResult, options: AnswerCardOptions = {}): AdaptiveCard {
  const view = presentAnswer(result);
  const budget = options.budget ?? MAX_CARD_BYTES;
  return fitToBudget((limit) => buildAnswerCard(view, limit, options.askExpert === true), cardBytes, longestText(view, budget), budget);
}

function buildAnswerCard(view: AnswerView, limit: number, askExpert: boolean): AdaptiveCard {
  const expertAction: SubmitAction[] = askExpert
    ? [
        {
          type: 'Action.Submit',
          title: MESSAGES.askExpert,
          data: { kotae: 'ask-expert', question: truncate(view.question, ASK_EXPERT_QUESTION_CHARS) },
        },
      ]
    : [];
  const cap = (text: string, own = Number.POSITIVE_INFINITY) => truncate(text, Math.min(own, limit));
  const body: CardElement[] = [
    { type: 'TextBlock', text: `${LABELS.question}: ${cap(view.question, QUESTION_ECHO_CHARS)}`, wrap: true, isSubtle: true },
  ];
  if (view.note) body.push({ type: 'TextBlock', text: view.note, wrap: true, isSubtle: true, size: 'Small' });
  if (view.conflict) {
    body.push({ type: 'TextBlock', text: `⚠️ ${view.conflict.message}`, wrap: true, weight: 'Bolder', color: 'Warning' });
    for (const citation of view.conflict.citations)
      body.push({ type: 'TextBlock', text: `- ${citation}`, wrap: true, isSubtle: true, size: 'Small', spacing: 'Small' });
  }
  const { best } = view;

  if (!best) {
    body.push({ type: 'TextBlock', text: MESSAGES.noConfidentAnswer, wrap: true, weight: 'Bolder', color: 'Warning' });
    if (view.reason) body.push({ type: 'TextBlock', text: view.reason, wrap: true });
    if (view.others.length === 0) {
      body.push({ type: 'TextBlock', text: MESSAGES.nothingClose, wrap: true });
    } else {
      body.push({ type: 'TextBlock', text: `${MESSAGES.nearestCandidates}:`, wrap: true, spacing: 'Medium' });
      for (const candidate of view.others) body.push(candidateBlock(candidate, (t) => cap(t, PREVIEW_CHARS)));
    }
    return card(body, expertAction.length ? expertAction : undefined);
  }

  const main: CardElement[] = [];
  if (best.status) {
    const color = STATUS_COLOR[best.status.tone];
    main.push({ type: 'TextBlock', text: best.status.label, wrap: true, weight: 'Bolder', size: 'Medium', ...(color ? { color } : {}) });
  }
  main.push({ type: 'TextBlock', text: cap(best.answer || MESSAGES.noAnswerText), wrap: true });
  if (best.remarks) main.push({ type: 'TextBlock', text: `${LABELS.remarks}: ${cap(best.remarks)}`, wrap: true, isSubtle: true });
  main.push({
    type: 'FactSet',
    facts: [
      { title: LABELS.citation, value: best.citationLine },
      { title: LABELS.itemQuestion, value: cap(best.itemQuestion, PREVIEW_CHARS) },
      { title: LABELS.confidence, value: best.confidencePercent },
    ],
  });
  body.push({ type: 'Container', style: 'emphasis', items: main });

  if (view.others.length) {
    body.push({
      type: 'TextBlock',
      text: `${MESSAGES.otherCandidates}:`,
      wrap: true,
      weight: 'Bolder',
      separator: true,
      spacing: 'Medium',
    });
    for (const candidate of view.others) body.push(candidateBlock(candidate, (t) => cap(t, PREVIEW_CHARS)));
  }

  if (!view.feedback) return card(body, expertAction.length ? expertAction : undefined);
  const question = truncate(view.feedback.question, FEEDBACK_QUESTION_CHARS);
  const itemId = view.feedback.itemId;
  const feedback = (helpful: boolean): FeedbackData => ({ kotae: 'feedback', helpful, itemId, question });
  return card(body, [
    { type: 'Action.Submit', title: MESSAGES.helpful, data: feedback(true) },
    { type: 'Action.Submit', title: MESSAGES.unhelpful, data: feedback(false) },
    ...expertAction,
  ]);
}

function candidateBlock(entry: AnswerEntryView, cap: (text: string) => string): Container {
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      {
        type: 'TextBlock',
        text: `${entry.rank}. ${entry.status ? `[${entry.status.label}] ` : ''}${cap(entry.answer || MESSAGES.noAnswerText)}`,
        wrap: true,
      },
      { type: 'TextBlock', text: `${LABELS.itemQuestion}: ${cap(entry.itemQuestion)}`, wrap: true, isSubtle: true, size: 'Small' },
      {
        type: 'TextBlock',
        text: `${LABELS.citation}: ${entry.citationLine} · ${LABELS.confidence} ${entry.confidencePercent}`,
        wrap: true,
        isSubtle: true,
        size: 'Small',
      },
    ],
  };
}

/** Files, counts and warnings after an admin's reload. */
export function reloadCard(outcome: ReloadOutcome, budget = MAX_CARD_BYTES): AdaptiveCard {
  const { status } = outcome;
  return fitToBudget(
    (limit: number) => {
      const body: CardElement[] = [];
      if (outcome.ok) {
        body.push({ type: 'TextBlock', text: '再読み込みしました (reloaded).', wrap: true, weight: 'Bolder', color: 'Good' });
      } else {
        body.push({
          type: 'TextBlock',
          text: '再読み込みに失敗しました (reload failed).',
          wrap: true,
          weight: 'Bolder',
          color: 'Attention',
        });
        body.push({ type: 'TextBlock', text: truncate(outcome.error ?? '', Math.max(limit, 200)), wrap: true });
      }
      body.push({
        type: 'TextBlock',
        text: `${status.files.length} ファイル・${status.items} 項目 (${status.files.length} files, ${status.items} items, ${outcome.tookMs} ms)`,
        wrap: true,
      });
      const files = status.files.slice(0, limit);
      if (files.length) body.push({ type: 'FactSet', facts: files.map((f) => ({ title: f.file, value: `${f.items} 項目` })) });
      if (status.files.length > files.length) body.push(more(status.files.length - files.length));
      for (const line of changeLines(outcome.changes))
        body.push({ type: 'TextBlock', text: truncate(line, Math.max(limit * 4, 80)), wrap: true, size: 'Small' });
      if (status.warnings.length) {
        body.push({
          type: 'TextBlock',
          text: `警告 (warnings): ${status.warnings.length}`,
          wrap: true,
          weight: 'Bolder',
          color: 'Warning',
          separator: true,
        });
        const shown = status.warnings.slice(0, limit);
        for (const w of shown)
          body.push({ type: 'TextBlock', text: `${w.file}: ${truncate(w.message, Math.max(limit * 4, 80))}`, wrap: true, size: 'Small' });
        if (status.warnings.length > shown.length) body.push(more(status.warnings.length - shown.length));
      }
      return card(body);
    },
    cardBytes,
    Math.min(Math.max(status.files.length, status.warnings.length, 50), budget),
    budget,
  );
}

function more(count: number): TextBlock {
  return { type: 'TextBlock', text: `…ほか ${count} 件 (${count} more)`, wrap: true, isSubtle: true, size: 'Small' };
}

/** A card of kotae's (schema 1.5, full width) with these elements and buttons. */
export function card(body: CardElement[], actions?: SubmitAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

/** The longest text the card could cut; a text longer than the budget in characters cannot fit it in bytes. */
function longestText(view: AnswerView, budget: number): number {
  // UTF-16 lengths: an upper bound on characters is all the search needs.
  const lengths = [view.best, ...view.others].flatMap((e) => (e ? [e.answer.length, e.remarks.length, e.itemQuestion.length] : []));
  return Math.min(Math.max(view.question.length, ...lengths, 1), budget);
}

/** The 「専門家に聞く」 data from an Action.Submit, or null when `value` is something else. */
export function parseAskExpert(value: unknown): AskExpertData | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kotae !== 'ask-expert' || typeof v.question !== 'string' || !v.question.trim()) return null;
  return { kotae: 'ask-expert', question: truncate(v.question, ASK_EXPERT_QUESTION_CHARS) };
}

/** The 👍/👎 data from an Action.Submit, or null when `value` is something else. */
export function parseFeedback(value: unknown): FeedbackData | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kotae !== 'feedback' || typeof v.helpful !== 'boolean' || typeof v.itemId !== 'string' || !v.itemId) return null;
  return {
    kotae: 'feedback',
    helpful: v.helpful,
    itemId: v.itemId.slice(0, 500),
    question: typeof v.question === 'string' ? v.question.slice(0, FEEDBACK_QUESTION_CHARS) : '',
  };
}
