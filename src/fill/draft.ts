/** What kotae writes into its four columns for one question. */
import type { AskResult, RankedAnswer } from '../core/types.js';
import { citationLine, oneLine, presentConflict, statusView, truncate } from '../present/index.js';
import { englishLines, hasJapanese } from './language.js';

/** Header labels of the columns kotae appends, in order. */
export const KOTAE_HEADERS = ['kotae回答', 'kotae出典', 'kotae信頼度', 'kotae候補'] as const;

/** Written in `kotae回答` when no answer is confident enough to draft. */
export const TO_CHECK = '要確認';

/** Candidates are a hint for the reviewer, not an answer: a glance at each is enough. */
const CANDIDATE_CHARS = 40;

/** Excel refuses longer cell text. */
const MAX_CELL_CHARS = 32_767;

export interface Draft {
  readonly toCheck: boolean;
  /** The answer text (in English when the question is and the item has English text), or `要確認`. */
  readonly answer: string;
  readonly citation: string;
  readonly confidence: number;
  readonly candidates: string;
  /** The answer the draft is taken from, null for rows to check. */
  readonly best: RankedAnswer | null;
  /** True when the question is in English and the answer drafted for it is in Japanese. */
  readonly japaneseForEnglish: boolean;
}

/**
 * Turns an answer into the four cells. A confident answer is drafted with its citation and the
 * next two candidates; otherwise the row says `要確認` and lists the two nearest candidates, so
 * that the reviewer starts from something without mistaking it for an answer.
 *
 * @param english - True when the question is in English: the item's English lines, if it has
 *   any, are the answer.
 */
export function draftOf(result: AskResult, english = false): Draft {
  const [first, ...rest] = result.results;
  if (result.answered && first) {
    const text = (english ? englishLines([first.answer, first.remarks]) : null) ?? answerText(first);
    return {
      toCheck: false,
      answer: clamp(text),
      citation: clamp(citationCell(result, first)),
      confidence: first.confidence,
      candidates: clamp(candidateLines(rest.slice(0, 2))),
      best: first,
      japaneseForEnglish: english && hasJapanese(text),
    };
  }
  return {
    toCheck: true,
    answer: TO_CHECK,
    citation: '',
    confidence: first?.confidence ?? 0,
    candidates: clamp(candidateLines(result.results.slice(0, 2))),
    best: null,
    japaneseForEnglish: false,
  };
}

/** The answer, with its remarks when it has both; the status alone when the item has no text. */
export function answerText(answer: RankedAnswer): string {
  if (answer.answer && answer.remarks) return `${answer.answer}\n備考: ${answer.remarks}`;
  return answer.answer || answer.remarks || statusView(answer.status)?.label || '';
}

/** The answer's citation line; when the files disagree, the notice and the citations that disagree under it. */
function citationCell(result: AskResult, first: RankedAnswer): string {
  const conflict = result.conflict ? presentConflict(result.conflict) : null;
  return [citationLine(first), ...(conflict ? [conflict.message, ...conflict.citations.map((citation) => `- ${citation}`)] : [])].join(
    '\n',
  );
}

function candidateLines(candidates: readonly RankedAnswer[]): string {
  return candidates
    .map((c) => `${c.citation}: ${truncate(oneLine(answerText(c)), CANDIDATE_CHARS)} (${c.confidence.toFixed(2)})`)
    .join('\n');
}

function clamp(text: string): string {
  return truncate(text, MAX_CELL_CHARS);
}
