/**
 * What the bot shows in Teams: Adaptive Cards for answers and reloads, and the short texts.
 * Pure functions of kotae's results, so that they are tested without a conversation.
 *
 * Teams rejects a message over about 28 KB, so every card is fitted to a byte budget: long texts
 * are cut with "…" while the citation (the part people need to verify an answer) is never cut.
 */
import { citationLine } from '../../core/citation.js';
import { changeLines, type ReloadOutcome } from '../../core/kotae-service.js';
import type { AskResult, RankedAnswer } from '../../core/types.js';

/** The card's budget, below Teams' ~28 KB so that the activity around it fits too. */
export const MAX_CARD_BYTES = 26 * 1024;

/** Candidates after the best answer are previews; their full text is one question away. */
const PREVIEW_CHARS = 400;
const ECHO_CHARS = 300;
const FEEDBACK_QUESTION_CHARS = 500;
const ALTERNATIVES = 2;
const NEAREST = 3;

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

export type CardElement = TextBlock | FactSet | Container;

/** What a 👍/👎 button sends back (Teams delivers it as a message activity's `value`). */
export interface FeedbackData {
  readonly kotae: 'feedback';
  readonly helpful: boolean;
  readonly itemId: string;
  readonly question: string;
}

export interface SubmitAction {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: FeedbackData;
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

/** Same wording as the CLI, so that answers read the same everywhere. */
const STATUS_LABEL: Record<string, string> = { '○': '○ 対応', '×': '× 非対応', '△': '△ 一部対応', '−': '− 対象外' };
const STATUS_COLOR: Record<string, TextBlock['color']> = { '○': 'Good', '×': 'Attention', '△': 'Warning' };

export const TEXT = {
  help: '質問をどうぞ。例: 「通信は暗号化していますか？」 (Ask me a security-checksheet question.)',
  thanks: 'フィードバックありがとうございます。回答の改善に使います。 (Thanks for the feedback.)',
  feedbackFailed: 'すみません、フィードバックを記録できませんでした。 (Sorry, the feedback could not be saved.)',
  notAdmin: 'すみません、再読み込みは管理者だけが実行できます。 (Sorry, only kotae admins can reload the knowledge.)',
  reloadSlow: '再読み込みに時間がかかっています。終わったらここでお知らせします。 (Reloading is taking a while; the result will follow here.)',
  apology: 'すみません、回答中に問題が発生しました。しばらくしてからもう一度お試しください。 (Sorry, something went wrong. Please try again shortly.)',
} as const;

export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}

/** Cuts to `max` characters (code points, so a surrogate pair is never split), marking the cut. */
export function truncate(text: string, max: number): string {
  // UTF-16 length bounds the code-point count, so most texts return here without a scan.
  if (text.length <= max) return text;
  const chars: string[] = [];
  for (const char of text) {
    if (chars.length > max) break;
    chars.push(char);
  }
  if (chars.length <= max) return text;
  return `${chars.slice(0, Math.max(max - 1, 0)).join('')}…`;
}

/**
 * The answer card: the best answer in full, up to two other candidates as previews and 👍/👎;
 * or, without a confident answer, says so and lists the nearest candidates.
 */
export function answerCard(result: AskResult, budget = MAX_CARD_BYTES): AdaptiveCard {
  return fitToBudget((limit) => buildAnswerCard(result, limit), longestText(result), budget);
}

function buildAnswerCard(result: AskResult, limit: number): AdaptiveCard {
  const cap = (text: string, own = Number.POSITIVE_INFINITY) => truncate(text, Math.min(own, limit));
  const body: CardElement[] = [{ type: 'TextBlock', text: `質問: ${cap(result.question, ECHO_CHARS)}`, wrap: true, isSubtle: true }];
  const [best, ...rest] = result.results;

  if (!result.answered || !best) {
    body.push({ type: 'TextBlock', text: '確信を持てる回答はありません (no confident answer).', wrap: true, weight: 'Bolder', color: 'Warning' });
    if (result.reason) body.push({ type: 'TextBlock', text: `${result.reason.message} (${result.reason.message_en})`, wrap: true });
    if (result.results.length === 0) {
      body.push({ type: 'TextBlock', text: '近い項目も見つかりませんでした。この質問は管理者向けに記録しました。 (Nothing close was found; the question was recorded for the admins.)', wrap: true });
    } else {
      body.push({ type: 'TextBlock', text: '近い候補 (nearest candidates):', wrap: true, spacing: 'Medium' });
      for (const candidate of result.results.slice(0, NEAREST)) body.push(candidateBlock(candidate, (t) => cap(t, PREVIEW_CHARS)));
    }
    return card(body);
  }

  const main: CardElement[] = [];
  const status = STATUS_LABEL[best.status];
  if (status) main.push({ type: 'TextBlock', text: status, wrap: true, weight: 'Bolder', size: 'Medium', ...(STATUS_COLOR[best.status] ? { color: STATUS_COLOR[best.status] } : {}) });
  main.push({ type: 'TextBlock', text: cap(best.answer || '(回答欄なし)'), wrap: true });
  if (best.remarks) main.push({ type: 'TextBlock', text: `備考: ${cap(best.remarks)}`, wrap: true, isSubtle: true });
  main.push({
    type: 'FactSet',
    facts: [
      { title: '出典', value: citationLine(best) },
      { title: '設問', value: cap(best.question, PREVIEW_CHARS) },
      { title: '信頼度', value: percent(best.confidence) },
    ],
  });
  body.push({ type: 'Container', style: 'emphasis', items: main });

  const others = rest.slice(0, ALTERNATIVES);
  if (others.length) {
    body.push({ type: 'TextBlock', text: '他の候補 (other candidates):', wrap: true, weight: 'Bolder', separator: true, spacing: 'Medium' });
    for (const candidate of others) body.push(candidateBlock(candidate, (t) => cap(t, PREVIEW_CHARS)));
  }

  const question = truncate(result.question, FEEDBACK_QUESTION_CHARS);
  const feedback = (helpful: boolean): FeedbackData => ({ kotae: 'feedback', helpful, itemId: best.id, question });
  return card(body, [
    { type: 'Action.Submit', title: '👍 役に立った', data: feedback(true) },
    { type: 'Action.Submit', title: '👎 役に立たなかった', data: feedback(false) },
  ]);
}

function candidateBlock(r: RankedAnswer, cap: (text: string) => string): Container {
  const status = STATUS_LABEL[r.status];
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      { type: 'TextBlock', text: `${r.rank}. ${status ? `[${status}] ` : ''}${cap(r.answer || '(回答欄なし)')}`, wrap: true },
      { type: 'TextBlock', text: `設問: ${cap(r.question)}`, wrap: true, isSubtle: true, size: 'Small' },
      { type: 'TextBlock', text: `出典: ${citationLine(r)} · 信頼度 ${percent(r.confidence)}`, wrap: true, isSubtle: true, size: 'Small' },
    ],
  };
}

/** Files, counts and warnings after an admin's reload. */
export function reloadCard(outcome: ReloadOutcome, budget = MAX_CARD_BYTES): AdaptiveCard {
  const { status } = outcome;
  return fitToBudget(
    (limit) => {
      const body: CardElement[] = [];
      if (outcome.ok) {
        body.push({ type: 'TextBlock', text: '再読み込みしました (reloaded).', wrap: true, weight: 'Bolder', color: 'Good' });
      } else {
        body.push({ type: 'TextBlock', text: '再読み込みに失敗しました (reload failed).', wrap: true, weight: 'Bolder', color: 'Attention' });
        body.push({ type: 'TextBlock', text: truncate(outcome.error ?? '', Math.max(limit, 200)), wrap: true });
      }
      body.push({ type: 'TextBlock', text: `${status.files.length} ファイル・${status.items} 項目 (${status.files.length} files, ${status.items} items, ${outcome.tookMs} ms)`, wrap: true });
      const files = status.files.slice(0, limit);
      if (files.length) body.push({ type: 'FactSet', facts: files.map((f) => ({ title: f.file, value: `${f.items} 項目` })) });
      if (status.files.length > files.length) body.push(more(status.files.length - files.length));
      for (const line of changeLines(outcome.changes)) body.push({ type: 'TextBlock', text: truncate(line, Math.max(limit * 4, 80)), wrap: true, size: 'Small' });
      if (status.warnings.length) {
        body.push({ type: 'TextBlock', text: `警告 (warnings): ${status.warnings.length}`, wrap: true, weight: 'Bolder', color: 'Warning', separator: true });
        const shown = status.warnings.slice(0, limit);
        for (const w of shown) body.push({ type: 'TextBlock', text: `${w.file}: ${truncate(w.message, Math.max(limit * 4, 80))}`, wrap: true, size: 'Small' });
        if (status.warnings.length > shown.length) body.push(more(status.warnings.length - shown.length));
      }
      return card(body);
    },
    Math.max(status.files.length, status.warnings.length, 50),
    budget,
  );
}

function more(count: number): TextBlock {
  return { type: 'TextBlock', text: `…ほか ${count} 件 (${count} more)`, wrap: true, isSubtle: true, size: 'Small' };
}

function card(body: CardElement[], actions?: SubmitAction[]): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions ? { actions } : {}),
    msteams: { width: 'Full' },
  };
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

function longestText(result: AskResult): number {
  // UTF-16 lengths: an upper bound on characters is all the search needs.
  const lengths = result.results.flatMap((r) => [r.answer.length, r.remarks.length, r.question.length]);
  return Math.max(result.question.length, ...lengths, 1);
}

/**
 * The card built with the largest text limit that stays within budget. The size only grows with
 * the limit, so a binary search finds it in a few builds even for very long answers.
 */
function fitToBudget(build: (limit: number) => AdaptiveCard, maxLimit: number, budget: number): AdaptiveCard {
  // A text longer than the budget in characters cannot fit in it in bytes.
  let high = Math.min(maxLimit, budget);
  const widest = build(high);
  if (cardBytes(widest) <= budget) return widest;
  let low = 0;
  high -= 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (cardBytes(build(mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  return build(low);
}

/** The 👍/👎 data from an Action.Submit, or null when `value` is something else. */
export function parseFeedback(value: unknown): FeedbackData | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kotae !== 'feedback' || typeof v.helpful !== 'boolean' || typeof v.itemId !== 'string' || !v.itemId) return null;
  return { kotae: 'feedback', helpful: v.helpful, itemId: v.itemId.slice(0, 500), question: typeof v.question === 'string' ? v.question.slice(0, FEEDBACK_QUESTION_CHARS) : '' };
}
