/**
 * What admins use to improve the knowledge: every question asked (when, where, whether it was
 * answered and what about — not its text), questions that got no confident answer, and 👍/👎
 * feedback on answers. Appended as JSON lines to files in the data folder: in batches, each batch
 * fsynced before its entries are acknowledged (so a crash loses nothing acknowledged), each file
 * rotated by size, and read from its end only.
 */
import path from 'node:path';
import { JsonLinesFile, type JsonLinesFileOptions, type LogFileSystem } from './json-lines-file.js';

export type Channel = 'cli' | 'web' | 'api' | 'slack' | 'teams';

export interface UnansweredEntry {
  readonly at: string;
  readonly channel: Channel;
  readonly question: string;
  /** Id and confidence of the nearest candidate, when there was one. */
  readonly nearestId: string | null;
  readonly nearestConfidence: number | null;
  /** Ids of the security controls the question is about (absent in entries written before kotae recorded them). */
  readonly controls?: readonly string[];
}

/** One question asked, for the usage report: no question text, which the unanswered log keeps when it matters. */
export interface QuestionEntry {
  readonly at: string;
  readonly channel: Channel;
  readonly answered: boolean;
  /** Ids of the security controls the question is about, strongest first. */
  readonly controls: readonly string[];
  /** The first result (the answer given, or the nearest candidate). */
  readonly topId: string | null;
}

export interface FeedbackEntry {
  readonly at: string;
  readonly channel: Channel;
  readonly question: string;
  readonly itemId: string;
  readonly helpful: boolean;
  /** Platform user id, for admins following up; never shown to other users. */
  readonly user?: string;
}

export const QUESTIONS_FILE = 'questions.jsonl';
export const UNANSWERED_FILE = 'unanswered.jsonl';
export const FEEDBACK_FILE = 'feedback.jsonl';

export interface QuestionLogOptions {
  /** A log file that would grow past this is rotated (KOTAE_DATA_ROTATE_MB). Default 10 MiB. */
  readonly maxFileBytes?: number;
  /** Rotated files kept per log (KOTAE_DATA_ROTATE_KEEP). Default 5. */
  readonly keptFiles?: number;
  /** Entries waiting for the disk, per log, before new ones are refused. Default 10 000. */
  readonly maxQueued?: number;
  readonly fs?: LogFileSystem;
}

export const DEFAULT_ROTATE_BYTES = 10 * 1024 * 1024;
export const DEFAULT_ROTATE_KEEP = 5;
const DEFAULT_MAX_QUEUED = 10_000;

/**
 * Reading the newest entries reads at most this much of the logs' ends, so that the admin view
 * costs the same whatever the size of the files: 1000 entries of typical length are ~300 KB.
 */
export const MAX_TAIL_BYTES = 4 * 1024 * 1024;

/** The options of every log in the data folder, with the defaults filled in. */
export function logFileOptions(options: QuestionLogOptions): JsonLinesFileOptions {
  return {
    maxFileBytes: options.maxFileBytes ?? DEFAULT_ROTATE_BYTES,
    keptFiles: options.keptFiles ?? DEFAULT_ROTATE_KEEP,
    maxQueued: options.maxQueued ?? DEFAULT_MAX_QUEUED,
    fs: options.fs,
  };
}

export class QuestionLog {
  private readonly questions: JsonLinesFile;
  private readonly unanswered: JsonLinesFile;
  private readonly feedback: JsonLinesFile;

  constructor(
    readonly dataDir: string,
    options: QuestionLogOptions = {},
  ) {
    const fileOptions = logFileOptions(options);
    this.questions = new JsonLinesFile(path.join(dataDir, QUESTIONS_FILE), fileOptions);
    this.unanswered = new JsonLinesFile(path.join(dataDir, UNANSWERED_FILE), fileOptions);
    this.feedback = new JsonLinesFile(path.join(dataDir, FEEDBACK_FILE), fileOptions);
  }

  recordQuestion(entry: Omit<QuestionEntry, 'at'>): Promise<void> {
    return this.questions.append({ at: new Date().toISOString(), ...entry });
  }

  recordUnanswered(entry: Omit<UnansweredEntry, 'at'>): Promise<void> {
    return this.unanswered.append({ at: new Date().toISOString(), ...entry });
  }

  recordFeedback(entry: Omit<FeedbackEntry, 'at'>): Promise<void> {
    return this.feedback.append({ at: new Date().toISOString(), ...entry });
  }

  /** The newest `limit` unanswered questions, newest first (rotated files included). */
  recentUnanswered(limit = 100): Promise<UnansweredEntry[]> {
    return this.unanswered.readNewest<UnansweredEntry>(limit, MAX_TAIL_BYTES);
  }

  recentFeedback(limit = 100, maxBytes = MAX_TAIL_BYTES): Promise<FeedbackEntry[]> {
    return this.feedback.readNewest<FeedbackEntry>(limit, maxBytes);
  }

  /** The newest `limit` questions asked, newest first, reading at most `maxBytes` of the logs' ends. */
  recentQuestions(limit: number, maxBytes = MAX_TAIL_BYTES): Promise<QuestionEntry[]> {
    return this.questions.readNewest<QuestionEntry>(limit, maxBytes);
  }

  /** Resolves once every entry recorded so far is on disk; the server calls it on shutdown. */
  async flush(): Promise<void> {
    await Promise.all([this.questions.flush(), this.unanswered.flush(), this.feedback.flush()]);
  }
}
