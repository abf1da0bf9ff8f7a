/**
 * The answering core's parts as every surface gets them, built once by the server's composition
 * root (`src/server/deps.ts`) and passed in (Bot Framework core-bot style). Surfaces never touch
 * the index or the analyzer.
 */
import type { AppConfig } from '../config.js';
import type { Logger } from '../logging.js';
import type { Asker } from './asking.js';
import type { KotaeService } from './kotae-service.js';
import type { QuestionLog } from './question-log.js';

export interface KotaeServices {
  readonly config: AppConfig;
  readonly kotae: KotaeService;
  /** Asking on behalf of a person: logged, counted, unanswered questions kept. */
  readonly asker: Asker;
  readonly questionLog: QuestionLog;
  readonly logger: Logger;
}
