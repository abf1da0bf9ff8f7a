/**
 * Filling whole customer questionnaires. The CLI, the web console and the Slack bot call
 * {@link fillQuestionnaire}; everything else here is what they need to describe the outcome.
 */
export { fillQuestionnaire, MAX_QUESTION_ROWS } from './fill.js';
export { FillError, type FillErrorCode } from './errors.js';
export { filledFileName, questionnaireFormat, type QuestionnaireFormat } from './format.js';
export { KOTAE_HEADERS, TO_CHECK } from './draft.js';
export type { AnswerFunction, FilledRow, FillOptions, FillResult, FillSummary, SheetSummary } from './types.js';
