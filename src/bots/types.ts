/**
 * What a chat platform adapter gets from the server, built once in the composition root
 * (`src/server/deps.ts`) and passed in (Bot Framework core-bot style). Adapters never touch the
 * index or the analyzer.
 */
import type { Express } from 'express';
import type { AnswerLibrary } from '../core/answer-library.js';
import type { KotaeServices } from '../core/services.js';
import type { FillService } from '../fill/index.js';

/** Besides asking and filling, adapters send questions on to the experts and save their answers. */
export interface BotDeps extends KotaeServices, AnswerLibrary {
  /** The one way into filling a questionnaire, shared by every surface (bounded slots, counted). */
  readonly fills: FillService;
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
