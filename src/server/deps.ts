/**
 * The one place where the server's parts are built, in dependency order: config → logger →
 * KotaeService → metrics → QuestionLog → Asker and FillService → curated answers and escalations.
 * Routes and chat adapters get them passed in and never build their own.
 */
import path from 'node:path';
import type { BotDeps } from '../bots/types.js';
import { resolveKnowledgeDir, type AppConfig } from '../config.js';
import { createAsker } from '../core/asking.js';
import { createAnswerLibrary } from '../core/answer-library.js';
import { KotaeService, type SnapshotBuilder } from '../core/kotae-service.js';
import { QuestionLog } from '../core/question-log.js';
import { FillService } from '../fill/index.js';
import { createLogger, type Logger } from '../logging.js';
import type { Lifecycle } from './lifecycle.js';
import { PrometheusMetrics } from './metrics.js';

export interface ServerDepsOptions {
  /** Defaults to KNOWLEDGE_DIR, else `./knowledge`, else the bundled samples. */
  readonly knowledgeDir?: string;
  /** Defaults to JSON lines on stdout at LOG_LEVEL. */
  readonly logger?: Logger;
  /** How a knowledge folder becomes an index; the real builder unless a test must hold a reload open. */
  readonly buildSnapshot?: SnapshotBuilder;
}

/** What the server's own routes get besides what the chat adapters get. */
export interface ServerDeps extends BotDeps {
  readonly metrics: PrometheusMetrics;
}

/** What the Express app and its routes get: the server's parts and the HTTP lifecycle (in-flight requests, draining). */
export interface AppDeps extends ServerDeps {
  readonly lifecycle: Lifecycle;
}

export function createServerDeps(config: AppConfig, options: ServerDepsOptions = {}): ServerDeps {
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const kotae = new KotaeService(options.knowledgeDir ?? resolveKnowledgeDir(config), options.buildSnapshot, {
    months: config.KOTAE_REVIEW_MONTHS,
  });
  const metrics = new PrometheusMetrics(() => kotae.status());
  kotae.onReload((outcome) => metrics.reload(outcome.ok ? 'ok' : 'failed', outcome.tookMs / 1000));
  const dataDir = path.resolve(config.KOTAE_DATA_DIR);
  const logOptions = { maxFileBytes: Math.round(config.KOTAE_DATA_ROTATE_MB * 1024 * 1024), keptFiles: config.KOTAE_DATA_ROTATE_KEEP };
  const questionLog = new QuestionLog(dataDir, logOptions);
  const asker = createAsker(kotae, questionLog, logger, metrics);
  return {
    config,
    logger,
    kotae,
    questionLog,
    asker,
    fills: new FillService(kotae, metrics),
    metrics,
    ...createAnswerLibrary({ kotae, logger }, dataDir, logOptions),
  };
}
