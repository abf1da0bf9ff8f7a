/**
 * What a chat platform adapter gets from the server, built once in one place and passed in
 * (Bot Framework core-bot style). Adapters never touch the index or the analyzer.
 */
import type { Express } from 'express';
import type { AppConfig } from '../config.js';
import type { Asker } from '../core/asking.js';
import type { FillGate } from '../core/fill-gate.js';
import type { KotaeService } from '../core/kotae-service.js';
import type { QuestionLog } from '../core/question-log.js';
import type { Logger } from '../logging.js';

export interface BotDeps {
  readonly config: AppConfig;
  readonly kotae: KotaeService;
  readonly asker: Asker;
  readonly questionLog: QuestionLog;
  /** The one way into filling a questionnaire, shared by every surface (bounded slots, counted). */
  readonly fills: FillGate;
  readonly logger: Logger;
}

/** A running adapter, stopped on shutdown. */
export interface BotHandle {
  readonly name: string;
  stop(): Promise<void>;
}

/**
 * Mounts an adapter's routes on the server's Express app (before the server listens). Returns
 * null when the platform is not configured.
 */
export type MountBot = (app: Express, deps: BotDeps) => Promise<BotHandle | null>;
