/** kotae's nearest candidates as an escalation carries them to the experts. */
import type { EscalationCandidate } from '../core/escalations.js';
import type { AskResult } from '../core/types.js';
import { SHOWN_ANSWERS } from './answer.js';
import { citationLine } from './citation.js';

/** The first `count` results of `result`, each cited as every surface cites it. */
export function candidatesOf(result: AskResult, count = SHOWN_ANSWERS): EscalationCandidate[] {
  return result.results.slice(0, count).map((r) => ({ id: r.id, citation: citationLine(r), confidence: r.confidence, status: r.status, answer: r.answer }));
}
