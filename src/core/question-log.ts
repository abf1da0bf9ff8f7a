/**
 * What admins use to improve the knowledge: questions that got no confident answer, and 👍/👎
 * feedback on answers. Appended as JSON lines to files in the data folder: in batches, each batch
 * fsynced before its entries are acknowledged (so a crash loses nothing acknowledged), each file
 * rotated by size, and read from its end only.
 */
import path from 'node:path';
import { JsonLinesFile, type LogFileSystem } from './json-lines-file.js';

export type Channel = 'cli' | 'web' | 'api' | 'slack' | 'teams';

export interface UnansweredEntry {
  readonly at: string;
  readonly channel: Channel;
  readonly question: string;
  /** Id and confidence of the nearest candidate, when there was one. */
  readonly nearestId: string | null;
  readonly nearestConfidence: number | null;
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

export class QuestionLog {
  private readonly unanswered: JsonLinesFile;
  private readonly feedback: JsonLinesFile;

  constructor(
    readonly dataDir: string,
    options: QuestionLogOptions = {},
  ) {
    const fileOptions = {
      maxFileBytes: options.maxFileBytes ?? DEFAULT_ROTATE_BYTES,
      keptFiles: options.keptFiles ?? DEFAULT_ROTATE_KEEP,
      maxQueued: options.maxQueued ?? DEFAULT_MAX_QUEUED,
      fs: options.fs,
    };
    this.unanswered = new JsonLinesFile(path.join(dataDir, UNANSWERED_FILE), fileOptions);
    this.feedback = new JsonLinesFile(path.join(dataDir, FEEDBACK_FILE), fileOptions);
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

  recentFeedback(limit = 100): Promise<FeedbackEntry[]> {
    return this.feedback.readNewest<FeedbackEntry>(limit, MAX_TAIL_BYTES);
  }

  /** Resolves once every entry recorded so far is on disk; the server calls it on shutdown. */
  async flush(): Promise<void> {
    await Promise.all([this.unanswered.flush(), this.feedback.flush()]);
  }
}
