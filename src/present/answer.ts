/**
 * One answer, presented: what every surface (CLI, web console, Slack, Teams) shows for a question,
 * built once from the core's {@link AskResult} and then only rendered, each surface within its own
 * limits. Golden tests render the same view on every surface (tests/present/golden.test.ts).
 */
import type { AnswerConflict, AskResult, ControlRef, RankedAnswer } from '../core/types.js';
import { citationLine, provenanceOf } from './citation.js';
import { LABELS } from './messages.js';
import { statusView, type StatusView } from './status.js';

/** How many answers a surface shows: the best and two alternatives, or the three nearest candidates. */
export const SHOWN_ANSWERS = 3;

/** Candidates after the best answer are previews (their full text is one question away); so is an item's own question. */
export const PREVIEW_CHARS = 400;

/** A question restated above its answer. */
export const QUESTION_ECHO_CHARS = 300;

/** One result as shown. */
export interface AnswerEntryView {
  readonly rank: number;
  readonly itemId: string;
  readonly status: StatusView | null;
  /** The item's answer text; '' when it has only a status (surfaces then show `MESSAGES.noAnswerText`). */
  readonly answer: string;
  readonly remarks: string;
  /** The knowledge item's own question. */
  readonly itemQuestion: string;
  /** Where it is, bare (`jinjer.txt › 運用管理 › No.35`). */
  readonly citation: string;
  /** Where it is, with the control it matched and owner and review date when known; see {@link citationLine}. */
  readonly citationLine: string;
  /** Who answers for the item, when the checksheet names someone (also in `citationLine`). */
  readonly owner: string | null;
  /** `2025-03`: when the item was last checked, only when it is due for review (also in `citationLine`). */
  readonly lastChecked: string | null;
  readonly controls: readonly ControlRef[];
  /** In [0, 1]. */
  readonly confidence: number;
  /** `87%`. */
  readonly confidencePercent: string;
  /** For a meter or a word: `high` from 0.8, `medium` from 0.5. */
  readonly confidenceLevel: 'high' | 'medium' | 'low';
}

/** The confident answers disagree across files: shown above them, so that no file silently wins. */
export interface ConflictView {
  /** `注意: ファイル間で回答が異なります: 回答状況が異なります: ○ / × (status differs)`. */
  readonly message: string;
  /** The citations of the answers that disagree, the best answer's first. */
  readonly citations: readonly string[];
}

/** What a 👍/👎 records: the question as asked and the item that answered it. */
export interface FeedbackPayload {
  readonly question: string;
  readonly itemId: string;
}

export interface AnswerView {
  readonly question: string;
  readonly answered: boolean;
  /** The confident answer; null without one. */
  readonly best: AnswerEntryView | null;
  /** With an answer, the alternatives after it; without, the nearest candidates (to check before use). */
  readonly others: readonly AnswerEntryView[];
  /** Why there is no confident answer, `日本語 (English)`, when kotae can tell. */
  readonly reason: string | null;
  /** Said beside the answer when the question was not searched as it is (too long). */
  readonly note: string | null;
  /** When the confident answers from different files disagree. */
  readonly conflict: ConflictView | null;
  /** What 👍/👎 sends; only for a confident answer. */
  readonly feedback: FeedbackPayload | null;
}

export interface PresentOptions {
  /** Answers shown in all (best and alternatives, or nearest candidates); default {@link SHOWN_ANSWERS}. */
  readonly shown?: number;
}

/** The view of `result`; see {@link AnswerView}. */
export function presentAnswer(result: AskResult, options: PresentOptions = {}): AnswerView {
  const shown = result.results.slice(0, options.shown ?? SHOWN_ANSWERS).map(presentEntry);
  const [first, ...rest] = shown;
  const best = result.answered && first ? first : null;
  return {
    question: result.question,
    answered: best !== null,
    best,
    others: best ? rest : shown,
    reason: result.reason ? `${result.reason.message} (${result.reason.message_en})` : null,
    note: result.note ?? null,
    conflict: result.conflict ? presentConflict(result.conflict) : null,
    feedback: best ? { question: result.question, itemId: best.itemId } : null,
  };
}

/** One result as shown; see {@link AnswerEntryView}. */
export function presentEntry(answer: RankedAnswer): AnswerEntryView {
  return {
    rank: answer.rank,
    itemId: answer.id,
    status: statusView(answer.status),
    answer: answer.answer,
    remarks: answer.remarks,
    itemQuestion: answer.question,
    citation: answer.citation,
    citationLine: citationLine(answer),
    ...provenanceOf(answer),
    controls: answer.controls,
    confidence: answer.confidence,
    confidencePercent: percent(answer.confidence),
    confidenceLevel: answer.confidence >= 0.8 ? 'high' : answer.confidence >= 0.5 ? 'medium' : 'low',
  };
}

/** A confidence in [0, 1] as people read it: `87%`. */
export function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** A conflict as shown; see {@link ConflictView}. */
export function presentConflict(conflict: AnswerConflict): ConflictView {
  return { message: `${LABELS.caution}: ${conflict.message}: ${conflict.reason}`, citations: conflict.items };
}
