/**
 * Answering: a question against a knowledge snapshot gives ranked answers with citations and a
 * calibrated confidence, or "no confident answer" (a normal result, with the nearest candidates).
 */
import type { SearchHit } from '../search/search-index.js';
import { citationOf } from './citation.js';
import type { KnowledgeSnapshot } from './knowledge-snapshot.js';
import type { AskOptions, AskResult, RankedAnswer } from './types.js';

export const DEFAULT_TOP = 5;
export const MAX_TOP = 50;

/**
 * Characters of a question that are searched: longer than any checksheet question. A longer one
 * (a pasted document, a questionnaire cell) is searched by its start, and the result says so.
 */
export const MAX_QUESTION_CHARS = 1000;

/** At or above this confidence the best result counts as an answer. */
export const CONFIDENCE_THRESHOLD = 0.5;

/**
 * Coverage (how much of the question an item covers, rarity-weighted) to confidence. Calibrated
 * on the development set (`node scripts/calibrate.mjs`): at coverage 0.2–0.3 about six in ten first
 * results answer the question, at 0.3–0.5 nine in ten, above 0.5 nearly all; coverage 0.16 maps to
 * the threshold, where 95 % of answerable questions are answered.
 */
const CONFIDENCE_CURVE: ReadonlyArray<readonly [coverage: number, confidence: number]> = [
  [0, 0],
  [0.1, 0.15],
  [0.16, 0.5],
  [0.3, 0.75],
  [0.4, 0.88],
  [0.6, 0.95],
  [1, 1],
];

export function answerQuestion(snapshot: KnowledgeSnapshot, question: string, options: AskOptions = {}): AskResult {
  const started = performance.now();
  const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
  const searched = searchedPart(question);
  const hits = searched.trim() ? snapshot.index.search(searched, { top, collection: options.collection }) : [];
  const results = hits.map((hit, i) => toRanked(hit, i + 1));
  const answered = (results[0]?.confidence ?? 0) >= CONFIDENCE_THRESHOLD;
  const took_ms = Math.round((performance.now() - started) * 100) / 100;
  return { question, answered, took_ms, results, ...(searched === question ? {} : { note: QUESTION_CUT_NOTE }) };
}

const QUESTION_CUT_NOTE = `質問が${MAX_QUESTION_CHARS}文字を超えるため、最初の${MAX_QUESTION_CHARS}文字で検索しました。 (The question is longer than ${MAX_QUESTION_CHARS} characters: only the first ${MAX_QUESTION_CHARS} were searched.)`;

/** The question's first {@link MAX_QUESTION_CHARS} characters (code points, as people count them). */
function searchedPart(question: string): string {
  if (question.length <= MAX_QUESTION_CHARS) return question;
  // A code point is one or two UTF-16 units: this slice holds more than the limit, or all of it.
  const points = Array.from(question.slice(0, MAX_QUESTION_CHARS * 2 + 2));
  return points.length > MAX_QUESTION_CHARS ? points.slice(0, MAX_QUESTION_CHARS).join('') : question;
}

/** Evidence needed for full confidence: one glossary concept, or two words (see SearchHit.strength). */
const MIN_STRENGTH = 2;

/** Confidence: calibrated coverage, lifted when the user named the item's number. */
function confidenceOf(hit: SearchHit): number {
  if (hit.byItemNumber) return 0.95;
  const coverage = Math.min(1, Math.max(0, hit.coverage));
  const upper = CONFIDENCE_CURVE.findIndex(([c]) => c >= coverage);
  const [c1, v1] = CONFIDENCE_CURVE[Math.max(0, upper - 1)]!;
  const [c2, v2] = CONFIDENCE_CURVE[upper]!;
  const calibrated = c2 === c1 ? v2 : v1 + ((coverage - c1) / (c2 - c1)) * (v2 - v1);
  const confidence = calibrated * Math.min(1, hit.strength / MIN_STRENGTH);
  return Math.round(confidence * 1000) / 1000;
}

function toRanked(hit: SearchHit, rank: number): RankedAnswer {
  const { item } = hit;
  return {
    rank,
    score: Math.round(hit.score * 10000) / 10000,
    confidence: confidenceOf(hit),
    id: item.id,
    question: item.question,
    answer: item.answer,
    status: item.status,
    remarks: item.remarks,
    matched: hit.matched,
    citation: citationOf(item),
    source: {
      file: item.file,
      collection: item.collection,
      sheet: item.sheet,
      section: item.section.join(' › '),
      item: item.itemNumber,
      line: item.line,
    },
  };
}
