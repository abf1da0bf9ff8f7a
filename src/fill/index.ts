/**
 * Filling whole customer questionnaires. The web console and the chat bots fill through
 * {@link FillService} (bounded slots, counted); the CLI calls {@link openQuestionnaire} itself, to
 * refuse a bad file before loading the knowledge. Everything else here is what they need to
 * describe the outcome.
 */
export { CONCURRENT_FILLS, FILL_TOP, FillService, SlotsFull, WAITING_FILLS } from './service.js';
export { fillQuestionnaire, MAX_QUESTION_ROWS, openQuestionnaire, type OpenedQuestionnaire } from './fill.js';
export { FillError, type FillErrorCode } from './errors.js';
export { CONTENT_TYPES, filledFileName, questionnaireFormat, type QuestionnaireFormat } from './format.js';
export { KOTAE_HEADERS, TO_CHECK } from './draft.js';
export { describeCells, LANGUAGE_NOTE, sheetLines } from './report.js';
export type {
  AnswerFunction,
  Bilingual,
  FilledRow,
  FillOptions,
  FillResult,
  FillSummary,
  SheetKind,
  SheetSummary,
  WrittenCell,
} from './types.js';
