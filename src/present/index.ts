/**
 * Presenting answers: one neutral view of a result ({@link presentAnswer}), the status labels,
 * the citation line, kotae's own words and the one way to cut text, shared by every surface.
 * Surfaces render the view (Block Kit, Adaptive Cards, a terminal, the web console) and add only
 * their platform's markup and limits.
 */
export { PREVIEW_CHARS, presentAnswer, presentEntry, QUESTION_ECHO_CHARS, SHOWN_ANSWERS, type AnswerEntryView, type AnswerView, type FeedbackPayload, type PresentOptions } from './answer.js';
export { citationLine, type Citable } from './citation.js';
export { LABELS, MESSAGES } from './messages.js';
export { statusView, type StatusTone, type StatusView } from './status.js';
export { ELLIPSIS, fitToBudget, oneLine, truncate } from './text.js';
