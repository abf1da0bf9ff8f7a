/**
 * What admins use to improve the knowledge: questions that got no confident answer, and 👍/👎
 * feedback on answers. Appended as JSON lines to files in the data folder, each write fsynced so
 * that a crash loses nothing already acknowledged.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import path from 'node:path';

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

export class QuestionLog {
  /** Appends are serialised so that lines never interleave. */
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly dataDir: string) {}

  recordUnanswered(entry: Omit<UnansweredEntry, 'at'>): Promise<void> {
    return this.append(UNANSWERED_FILE, { at: new Date().toISOString(), ...entry });
  }

  recordFeedback(entry: Omit<FeedbackEntry, 'at'>): Promise<void> {
    return this.append(FEEDBACK_FILE, { at: new Date().toISOString(), ...entry });
  }

  /** The newest `limit` unanswered questions, newest first. */
  recentUnanswered(limit = 100): Promise<UnansweredEntry[]> {
    return this.readRecent<UnansweredEntry>(UNANSWERED_FILE, limit);
  }

  recentFeedback(limit = 100): Promise<FeedbackEntry[]> {
    return this.readRecent<FeedbackEntry>(FEEDBACK_FILE, limit);
  }

  private append(file: string, record: object): Promise<void> {
    const write = async () => {
      await mkdir(this.dataDir, { recursive: true });
      const handle = await open(path.join(this.dataDir, file), 'a');
      try {
        await handle.write(`${JSON.stringify(record)}\n`);
        await handle.sync();
      } finally {
        await handle.close();
      }
    };
    const next = this.queue.then(write, write);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async readRecent<T>(file: string, limit: number): Promise<T[]> {
    const text = await readFile(path.join(this.dataDir, file), 'utf8').catch(() => '');
    const out: T[] = [];
    for (const line of text.split('\n').reverse()) {
      if (out.length >= limit) break;
      if (!line.trim()) continue;
      try {
        out.push(JSON.parse(line) as T);
      } catch {
        // A line cut short by a crash mid-write is skipped; the rest stay readable.
      }
    }
    return out;
  }
}
