/**
 * Presenting answers: one neutral view of a result ({@link presentAnswer}), the status labels,
 * the citation line, kotae's own words and the one way to cut text, shared by every surface.
 * Surfaces render the view (Block Kit, Adaptive Cards, a terminal, the web console) and add only
 * their platform's markup and limits.
 */
export {
  percent,
  PREVIEW_CHARS,
  presentAnswer,
  presentConflict,
  presentEntry,
  QUESTION_ECHO_CHARS,
  SHOWN_ANSWERS,
  type AnswerEntryView,
  type AnswerView,
  type ConflictView,
  type FeedbackPayload,
  type PresentOptions,
} from './answer.js';
export { citationLine, provenanceOf, type Citable, type Provenance } from './citation.js';
export {
  alreadyAnsweredText,
  candidatesOf,
  expertAnswerProblems,
  presentEscalation,
  presentExpertAnswer,
  type EscalationCandidateView,
  type EscalationView,
  type ExpertAnswerProblem,
  type ExpertAnswerView,
} from './escalation.js';
export { LABELS, MESSAGES } from './messages.js';
export { STATUS_CHOICES, statusView, type StatusTone, type StatusView } from './status.js';
export { ELLIPSIS, fitToBudget, oneLine, truncate } from './text.js';
