/**
 * Asking on behalf of a platform: answers, writes the one log line per question (latency,
 * answered or not, top item), records it for the usage report, and keeps unanswered questions
 * for the admins.
 */
import type { Logger } from 'pino';
import type { KotaeService } from './kotae-service.js';
import { NO_METRICS, type KotaeMetrics } from './metrics.js';
import type { Channel, QuestionLog } from './question-log.js';
import type { AskOptions, AskResult } from './types.js';

export interface Asker {
  ask(question: string, channel: Channel, options?: AskOptions): Promise<AskResult>;
}

/** Asks through `kotae`, records what was unanswered in `log`, and counts every ask in `metrics`. */
export function createAsker(kotae: KotaeService, log: QuestionLog, logger: Logger, metrics: KotaeMetrics = NO_METRICS): Asker {
  return {
    async ask(question, channel, options) {
      const started = performance.now();
      const seconds = () => (performance.now() - started) / 1000;
      let result: AskResult;
      try {
        result = kotae.ask(question, options);
      } catch (error) {
        metrics.ask(channel, 'error', seconds());
        throw error;
      }
      const top = result.results[0];
      logger.info(
        {
          event: 'question',
          channel,
          took_ms: result.took_ms,
          answered: result.answered,
          top_item: top?.id ?? null,
          confidence: top?.confidence ?? null,
        },
        'question answered',
      );
      const controls = (result.question_controls ?? []).map((control) => control.id);
      // For the usage report only: the answer does not wait for the disk (flush() does, on shutdown).
      void log
        .recordQuestion({ channel, answered: result.answered, controls, topId: top?.id ?? null })
        .catch((error: unknown) => logger.error({ err: error }, 'could not record a question for the usage report'));
      if (!result.answered) {
        await log
          .recordUnanswered({ channel, question, nearestId: top?.id ?? null, nearestConfidence: top?.confidence ?? null, controls })
          .catch((error: unknown) => logger.error({ err: error }, 'could not record an unanswered question'));
      }
      metrics.ask(channel, result.answered ? 'answered' : 'unanswered', seconds());
      return result;
    },
  };
}
