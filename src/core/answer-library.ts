/**
 * The answer library's two stores, built together wherever kotae's parts are put together (the
 * server's composition root, and tests that stand up a chat adapter): experts' answers saved into
 * the knowledge folder, and the questions sent on to the experts, in the data folder.
 */
import { CuratedAnswers, CuratedAnswersFile } from './curated-answers.js';
import { EscalationStore } from './escalations.js';
import type { QuestionLogOptions } from './question-log.js';
import { reloadKnowledge } from './reload.js';
import type { KotaeServices } from './services.js';

export interface AnswerLibrary {
  /** Saves experts' answers into `kotae-curated.csv` in the knowledge folder and reloads. */
  readonly curated: CuratedAnswers;
  /** Questions sent on to the experts ("専門家に聞く"), and their answers, in the data folder. */
  readonly escalations: EscalationStore;
}

/**
 * @example
 * const { curated, escalations } = createAnswerLibrary({ kotae, logger }, path.resolve(config.KOTAE_DATA_DIR));
 */
export function createAnswerLibrary(
  services: Pick<KotaeServices, 'kotae' | 'logger'>,
  dataDir: string,
  logOptions: QuestionLogOptions = {},
): AnswerLibrary {
  const { kotae } = services;
  return {
    curated: new CuratedAnswers({
      file: new CuratedAnswersFile(kotae.dir),
      kotae,
      reload: async () => (await reloadKnowledge(services, 'answer', { fresh: true })).outcome,
    }),
    escalations: new EscalationStore(dataDir, logOptions),
  };
}
