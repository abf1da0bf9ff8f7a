/**
 * What the answer card's buttons carry back to us. Slack sends a button's `value` with the click
 * and nothing else we could trust to still exist (an ephemeral /ask answer is not in the click
 * payload), so the value holds what the click needs: the question (to share it or ask the
 * experts) and, for feedback, the item. Values are capped at Slack's 2000 characters by
 * shortening the question, never the item id.
 */
import { ELLIPSIS } from '../../present/index.js';

export const BUTTON_VALUE_MAX = 2000;

export interface FeedbackValue {
  readonly question: string;
  readonly itemId: string;
}

/** What "チャンネルに共有" and 「専門家に聞く」 carry: the question alone. */
export interface QuestionValue {
  readonly question: string;
}

/** Null when even an empty question would not fit (an absurdly long item id): no buttons then. */
export function encodeFeedbackValue(value: FeedbackValue): string | null {
  return fit((q) => ({ v: 1, i: value.itemId, q }), value.question);
}

export function decodeFeedbackValue(raw: string | undefined): FeedbackValue | null {
  const data = parse(raw);
  if (!data || typeof data.i !== 'string' || typeof data.q !== 'string' || !data.i) return null;
  return { itemId: data.i, question: data.q };
}

export function encodeQuestionValue(value: QuestionValue): string | null {
  return fit((q) => ({ v: 1, q }), value.question);
}

export function decodeQuestionValue(raw: string | undefined): QuestionValue | null {
  const data = parse(raw);
  if (!data || typeof data.q !== 'string' || !data.q.trim()) return null;
  return { question: data.q };
}

function fit(build: (question: string) => object, question: string): string | null {
  const encode = (q: string) => JSON.stringify(build(q));
  const whole = encode(question);
  if (whole.length <= BUTTON_VALUE_MAX) return whole;
  // JSON escaping makes some characters count double, so search for the longest prefix that fits.
  const chars = Array.from(question);
  const prefix = (n: number) => `${chars.slice(0, n).join('').trimEnd()}${ELLIPSIS}`;
  let low = 0;
  let high = chars.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(prefix(mid)).length <= BUTTON_VALUE_MAX) low = mid;
    else high = mid - 1;
  }
  const best = encode(prefix(low));
  if (best.length <= BUTTON_VALUE_MAX) return best;
  const bare = encode('');
  return bare.length <= BUTTON_VALUE_MAX ? bare : null;
}

function parse(raw: string | undefined): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const data: unknown = JSON.parse(raw);
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
