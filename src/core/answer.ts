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
 * At or above this confidence the best result counts as an answer. Calibrated on the development
 * set (see README, "Answer quality"): below it, wrong first answers outnumber right ones.
 */
export const CONFIDENCE_THRESHOLD = 0.5;

export function answerQuestion(snapshot: KnowledgeSnapshot, question: string, options: AskOptions = {}): AskResult {
  const started = performance.now();
  const top = Math.min(Math.max(1, Math.floor(options.top ?? DEFAULT_TOP)), MAX_TOP);
  const hits = question.trim() ? snapshot.index.search(question, { top, collection: options.collection }) : [];
  const results = hits.map((hit, i) => toRanked(hit, i + 1));
  const answered = (results[0]?.confidence ?? 0) >= CONFIDENCE_THRESHOLD;
  return { question, answered, took_ms: Math.round((performance.now() - started) * 100) / 100, results };
}

/** Confidence: how much of the question the item covers, lifted when the user named its number. */
function confidenceOf(hit: SearchHit): number {
  if (hit.byItemNumber) return 0.95;
  return Math.round(Math.min(1, Math.max(0, hit.coverage)) * 1000) / 1000;
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
