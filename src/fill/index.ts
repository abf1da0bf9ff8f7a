/**
 * Filling whole customer questionnaires. The CLI, the web console and the chat bots call
 * {@link fillQuestionnaire} (or {@link openQuestionnaire} first, to refuse bad files before
 * loading knowledge); everything else here is what they need to describe the outcome.
 */
export { fillQuestionnaire, MAX_QUESTION_ROWS, openQuestionnaire, type OpenedQuestionnaire } from './fill.js';
export { FillError, type FillErrorCode } from './errors.js';
export { CONTENT_TYPES, filledFileName, questionnaireFormat, type QuestionnaireFormat } from './format.js';
export { KOTAE_HEADERS, TO_CHECK } from './draft.js';
export { describeCells, LANGUAGE_NOTE, sheetLines } from './report.js';
export type { AnswerFunction, Bilingual, FilledRow, FillOptions, FillResult, FillSummary, SheetKind, SheetSummary, WrittenCell } from './types.js';
