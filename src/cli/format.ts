/** Plain-text rendering of an answer's view for a person at a terminal. */
import type { AskResult } from '../core/types.js';
import { LABELS, MESSAGES, presentAnswer, truncate, type AnswerEntryView } from '../present/index.js';

/** The item's question on one terminal line. */
const ITEM_QUESTION_CHARS = 80;

export function formatAnswers(result: AskResult): string {
  const view = presentAnswer(result);
  const lines = [`${LABELS.question}: ${view.question}`, ...(view.note ? [view.note] : [])];
  if (view.conflict) {
    lines.push('', view.conflict.message, ...view.conflict.citations.map((citation) => `  - ${citation}`));
  }
  if (!view.best) {
    lines.push('', MESSAGES.noConfidentAnswer);
    if (view.reason) lines.push(view.reason);
    if (view.others.length) lines.push(`${MESSAGES.nearestCandidates}:`);
  }
  for (const entry of view.best ? [view.best, ...view.others] : view.others) lines.push('', ...formatEntry(entry));
  return lines.join('\n');
}

function formatEntry(entry: AnswerEntryView): string[] {
  return [
    `${entry.rank}. ${entry.status ? `[${entry.status.label}] ` : ''}${entry.answer || MESSAGES.noAnswerText}`,
    ...(entry.remarks ? [`   ${LABELS.remarks}: ${entry.remarks}`] : []),
    `   ${LABELS.citation}: ${entry.citationLine}`,
    ...(entry.itemQuestion ? [`   ${LABELS.itemQuestion}: ${truncate(entry.itemQuestion, ITEM_QUESTION_CHARS)}`] : []),
    `   ${LABELS.confidence}: ${entry.confidencePercent}`,
  ];
}
