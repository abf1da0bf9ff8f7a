/**
 * Answering: a question against a knowledge snapshot gives ranked answers with citations and a
 * calibrated confidence, or "no confident answer" (a normal result, with the nearest candidates
 * and, when kotae can tell, why).
 */
import type { ControlDefinition } from '../controls/catalogue.js';
import { CONFIDENCE_THRESHOLD } from '../search/confidence.js';
import type { SearchHit, SearchOutcome } from '../search/search-index.js';
import { citationOf } from './citation.js';
import { disagreement } from './disagreement.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import { DEFAULT_REVIEW_POLICY, ReviewDates, type ReviewPolicy } from './review.js';
import type { AnswerConflict, AskOptions, AskResult, ControlRef, RankedAnswer, UnansweredReason } from './types.js';

export { CONFIDENCE_THRESHOLD };

export const DEFAULT_TOP = 5;
export const MAX_TOP = 50;

/**
 * Characters of a question that are searched: longer than any checksheet question. A longer one
 * (a pasted document, a questionnaire cell) is searched by its start, and the result says so.
 */
export const MAX_QUESTION_CHARS = 1000;

/** Confident answers among the first this many are compared for a conflict, whatever `top` is. */
const CONFLICT_DEPTH = 3;

/**
 * Answers `question` from `snapshot`.
 *
 * @param review - When answers count as stale (KOTAE_REVIEW_MONTHS), for their citations.
 */
export function answerQuestion(
  snapshot: KnowledgeSnapshot,
  question: string,
  options: AskOptions = {},
  review: ReviewPolicy = DEFAULT_REVIEW_POLICY,
): AskResult {
  const started = performance.now();
  const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
  const searched = searchedPart(question);
  const outcome = searched.trim()
    ? snapshot.index.search(searched, { top: Math.max(top, CONFLICT_DEPTH), collection: options.collection })
    : null;
  const hits = outcome?.hits ?? [];
  const reviews = new ReviewDates(snapshot.files, review);
  const results = hits.slice(0, top).map((hit, i) => toRanked(hit, i + 1, options.explain === true, reviews));
  const answered = (results[0]?.confidence ?? 0) >= CONFIDENCE_THRESHOLD;
  const reason = answered || !outcome ? undefined : reasonOf(outcome);
  const conflict = answered ? conflictOf(hits.slice(0, CONFLICT_DEPTH)) : undefined;
  const questionControls = outcome?.questionControls.map(controlRef) ?? [];
  return {
    question,
    answered,
    took_ms: Math.round((performance.now() - started) * 100) / 100,
    ...(reason ? { reason } : {}),
    ...(conflict ? { conflict } : {}),
    ...(questionControls.length ? { question_controls: questionControls } : {}),
    results,
    ...(searched === question ? {} : { note: QUESTION_CUT_NOTE }),
  };
}

/**
 * The first result against the other confident ones from another file (or sheet) matched on the
 * same control: those that disagree with it make the conflict.
 */
function conflictOf(hits: readonly SearchHit[]): AnswerConflict | undefined {
  const [first, ...others] = hits.filter((hit) => hit.confidence >= CONFIDENCE_THRESHOLD);
  if (!first) return undefined;
  const controls = new Set(first.controls.map((c) => c.id));
  let reason: string | undefined;
  const items = [citationOf(first.item)];
  for (const other of others) {
    const elsewhere = other.item.file !== first.item.file || other.item.sheet !== first.item.sheet;
    if (!elsewhere || !other.controls.some((c) => controls.has(c.id))) continue;
    const found = disagreement(first.item, other.item);
    if (!found) continue;
    reason ??= found.reason;
    items.push(citationOf(other.item));
  }
  return reason ? { message: CONFLICT_MESSAGE.ja, message_en: CONFLICT_MESSAGE.en, reason, items } : undefined;
}

export const CONFLICT_MESSAGE = { ja: 'ファイル間で回答が異なります', en: 'The files answer this differently' } as const;

const QUESTION_CUT_NOTE = `質問が${MAX_QUESTION_CHARS}文字を超えるため、最初の${MAX_QUESTION_CHARS}文字で検索しました。 (The question is longer than ${MAX_QUESTION_CHARS} characters: only the first ${MAX_QUESTION_CHARS} were searched.)`;

/** The question's first {@link MAX_QUESTION_CHARS} characters (code points, as people count them). */
function searchedPart(question: string): string {
  if (question.length <= MAX_QUESTION_CHARS) return question;
  // A code point is one or two UTF-16 units: this slice holds more than the limit, or all of it.
  const points = Array.from(question.slice(0, MAX_QUESTION_CHARS * 2 + 2));
  return points.length > MAX_QUESTION_CHARS ? points.slice(0, MAX_QUESTION_CHARS).join('') : question;
}

/** Why there is no confident answer, when the question itself tells. */
function reasonOf(outcome: SearchOutcome): UnansweredReason | undefined {
  const top = outcome.hits[0];
  const missing = outcome.missingControls.filter((control) => !top?.controls.includes(control));
  if (missing.length) {
    const ja = missing.map((c) => c.label.ja).join('・');
    const en = missing.map((c) => c.label.en).join(', ');
    return {
      code: 'control_not_in_knowledge',
      controls: missing.map(controlRef),
      message: `この項目（${ja}）の回答はナレッジにありません。`,
      message_en: `The knowledge has no answer about ${en}.`,
    };
  }
  if (outcome.itemReference && !outcome.itemReference.found) {
    return {
      code: 'item_not_found',
      controls: [],
      message: `項番 ${outcome.itemReference.number} の項目はナレッジにありません。`,
      message_en: `No item numbered ${outcome.itemReference.number} in the knowledge.`,
    };
  }
  return undefined;
}

function controlRef(control: ControlDefinition): ControlRef {
  return { id: control.id, label: control.label.ja, label_en: control.label.en };
}

function toRanked(hit: SearchHit, rank: number, explain: boolean, reviews: ReviewDates): RankedAnswer {
  const { item } = hit;
  const review = reviews.of(item);
  return {
    rank,
    score: Math.round(hit.score * 10000) / 10000,
    confidence: Math.round(hit.confidence * 1000) / 1000,
    id: item.id,
    question: item.question,
    answer: item.answer,
    status: item.status,
    remarks: item.remarks,
    matched: hit.matched,
    controls: hit.controls.map(controlRef),
    citation: citationOf(item),
    source: {
      file: item.file,
      collection: item.collection,
      sheet: item.sheet,
      section: item.section.join(' › '),
      item: item.itemNumber,
      line: item.line,
      ...(item.owner ? { owner: item.owner } : {}),
      ...(review ? { reviewed: review.reviewed, stale: review.stale } : {}),
    },
    ...(explain ? { features: hit.features } : {}),
  };
}
