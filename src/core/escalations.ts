/**
 * Escalations ("専門家に聞く"): a question a person sends on to the experts, with who asked, where
 * (so the answer can go back there), and kotae's nearest candidates; then the expert's answer,
 * which can be saved into the knowledge as a curated answer.
 *
 * Kept in `escalations.jsonl` in the data folder like the unanswered log: appended in fsynced
 * batches, rotated by size, read from its end. An escalation is one line and its answer another,
 * so nothing is ever rewritten.
 */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { MAX_QUESTION_CHARS } from './answer.js';
import type { CuratedAnswerInput, CuratedAnswers, SavedAnswer } from './curated-answers.js';
import { curatedAnswerSchema } from './curated-answers.js';
import { JsonLinesFile } from './json-lines-file.js';
import { logFileOptions, MAX_TAIL_BYTES, type Channel, type QuestionLogOptions } from './question-log.js';
import type { ItemStatus } from '../knowledge/types.js';

export const ESCALATIONS_FILE = 'escalations.jsonl';

/** One of kotae's nearest candidates, as the experts see it. */
export interface EscalationCandidate {
  readonly id: string;
  /** As surfaces show it: `jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化`. */
  readonly citation: string;
  readonly confidence: number;
  readonly status: string;
  readonly answer: string;
}

/** What a surface records when a person asks the experts. */
export interface EscalationInput {
  readonly question: string;
  /** The person who asked (platform user id and display name, as far as the surface knows them). */
  readonly asker: { readonly id?: string; readonly name?: string };
  readonly surface: Channel;
  /**
   * How to reach the asker's conversation again, in the platform's own terms (Slack: `channel`,
   * `thread_ts`; Teams: the conversation reference's fields). Only the surface that wrote it reads it.
   */
  readonly where: Readonly<Record<string, string>>;
  /** kotae's nearest candidates when the question was asked, best first. */
  readonly candidates: readonly EscalationCandidate[];
}

/** The expert's answer to an escalation. */
export interface ExpertAnswer {
  readonly at: string;
  readonly answer: string;
  readonly status: ItemStatus;
  readonly remarks?: string;
  /** Who answered (display name). */
  readonly by?: string;
  /** The curated answer it became, when it was added to the knowledge. */
  readonly saved?: Pick<SavedAnswer, 'id' | 'file' | 'citation'>;
}

export interface Escalation extends EscalationInput {
  readonly id: string;
  readonly at: string;
  readonly state: 'open' | 'answered';
  readonly answered?: ExpertAnswer;
}

/** No escalation has this id (or it is older than what the log keeps). */
export class EscalationNotFound extends Error {
  override readonly name = 'EscalationNotFound';
}

/** The escalation was answered already; `escalation` says by whom and when. */
export class EscalationAlreadyAnswered extends Error {
  override readonly name = 'EscalationAlreadyAnswered';
  constructor(readonly escalation: Escalation) {
    super(
      `escalation ${escalation.id} was already answered${escalation.answered?.by ? ` by ${escalation.answered.by}` : ''} at ${escalation.answered?.at ?? '?'}`,
    );
  }
}

type EscalationLine =
  | ({ readonly type: 'escalation' } & Omit<Escalation, 'state' | 'answered'>)
  | ({ readonly type: 'answer'; readonly escalationId: string } & ExpertAnswer);

/** Lines read to list escalations: far more than a team escalates between two looks at the list. */
const MAX_LINES_READ = 20_000;

/**
 * The escalations of one data folder. A surface records the candidates as it shows them
 * (`candidatesOf` in src/present).
 *
 * @example
 * const escalation = await store.record({ question, asker: { id: 'U123', name: '佐藤' }, surface: 'slack',
 *   where: { channel: 'C1', thread_ts: '1700000000.1' }, candidates: candidatesOf(result) });
 * await answerEscalation({ escalations: store, curated }, escalation.id, { answer: '…', status: '○', author: '山田' });
 */
export class EscalationStore {
  private readonly file: JsonLinesFile;
  /** Answering is one at a time, so that two experts cannot both answer one escalation. */
  private answering: Promise<unknown> = Promise.resolve();
  /** How each running chat surface brings an answer back to its askers (registered when it mounts). */
  private readonly couriers = new Map<Channel, (escalation: Escalation) => Promise<void>>();

  constructor(
    readonly dataDir: string,
    options: QuestionLogOptions = {},
  ) {
    this.file = new JsonLinesFile(path.join(dataDir, ESCALATIONS_FILE), logFileOptions(options));
  }

  /**
   * Records a new escalation; resolves once it is on disk. A question longer than kotae searches
   * is kept by its searched part, which is what a curated answer can be saved under.
   */
  async record(input: EscalationInput): Promise<Escalation> {
    const question = [...input.question].slice(0, MAX_QUESTION_CHARS).join('');
    const escalation: Escalation = { id: randomUUID(), at: new Date().toISOString(), state: 'open', ...input, question };
    const { state: _state, ...stored } = escalation;
    await this.file.append({ type: 'escalation', ...stored } satisfies EscalationLine);
    return escalation;
  }

  /**
   * Lets a chat surface bring answers given elsewhere (the console, a script) back to the askers
   * whose question came from it. The surface's own answer flow delivers its answers itself.
   */
  deliverWith(surface: Channel, courier: (escalation: Escalation) => Promise<void>): void {
    this.couriers.set(surface, courier);
  }

  /**
   * Brings an answered escalation back to its asker through the surface it came from. Resolves to
   * false when that surface is not running here (the console's own questions, or Slack not
   * configured); rejects when the surface could not post it.
   */
  async deliver(escalation: Escalation): Promise<boolean> {
    const courier = this.couriers.get(escalation.surface);
    if (!courier || !escalation.answered) return false;
    await courier(escalation);
    return true;
  }

  /** The newest escalations first, at most `limit`, open ones only unless `state` says otherwise. */
  async list(options: { readonly limit?: number; readonly state?: 'open' | 'answered' | 'all' } = {}): Promise<Escalation[]> {
    const wanted = options.state ?? 'open';
    const all = await this.readAll();
    return all.filter((e) => wanted === 'all' || e.state === wanted).slice(0, options.limit ?? 100);
  }

  async get(id: string): Promise<Escalation | null> {
    return (await this.readAll()).find((e) => e.id === id) ?? null;
  }

  /**
   * Answers an open escalation: `answer` runs (saving into the knowledge, say) only while no other
   * answer is being given, and its result is recorded.
   *
   * @throws {@link EscalationNotFound} / {@link EscalationAlreadyAnswered}, before `answer` runs.
   */
  answer(id: string, answer: (escalation: Escalation) => Promise<Omit<ExpertAnswer, 'at'>>): Promise<Escalation> {
    const run = this.answering.then(async () => {
      const escalation = await this.get(id);
      if (!escalation) throw new EscalationNotFound(`no escalation with id ${id} (it may be older than what ${ESCALATIONS_FILE} keeps)`);
      if (escalation.state === 'answered') throw new EscalationAlreadyAnswered(escalation);
      const answered: ExpertAnswer = { at: new Date().toISOString(), ...(await answer(escalation)) };
      await this.file.append({ type: 'answer', escalationId: id, ...answered } satisfies EscalationLine);
      return { ...escalation, state: 'answered' as const, answered };
    });
    this.answering = run.catch(() => undefined);
    return run;
  }

  /** Resolves once everything recorded so far is on disk. */
  flush(): Promise<void> {
    return this.file.flush();
  }

  /** Every escalation the log's end holds, newest first, with its answer folded in. */
  private async readAll(): Promise<Escalation[]> {
    const lines = await this.file.readNewest<EscalationLine>(MAX_LINES_READ, MAX_TAIL_BYTES);
    const answers = new Map<string, ExpertAnswer>();
    const escalations: Escalation[] = [];
    for (const line of lines) {
      if (line.type === 'answer') {
        const { type: _type, escalationId, ...answer } = line;
        if (!answers.has(escalationId)) answers.set(escalationId, answer);
      } else if (line.type === 'escalation') {
        const { type: _type, ...escalation } = line;
        const answered = answers.get(escalation.id);
        escalations.push(answered ? { ...escalation, state: 'answered', answered } : { ...escalation, state: 'open' });
      }
    }
    return escalations;
  }
}

/**
 * An expert's answer to an escalation, as surfaces pass it: a curated answer without the question
 * (the escalation's), and whether to add it to the knowledge (default true: 「ナレッジに追加」 is
 * checked).
 */
export const escalationAnswerSchema = curatedAnswerSchema.omit({ question: true }).extend({
  addToKnowledge: z.boolean({ error: 'must be true or false' }).optional(),
});

export type EscalationAnswerInput = Omit<CuratedAnswerInput, 'question'> & { readonly addToKnowledge?: boolean };

/**
 * Answers an escalation: saves the answer into the knowledge (unless `addToKnowledge` is false)
 * under the escalation's question, and records it. The surfaces then deliver it to the asker.
 *
 * @throws {@link EscalationNotFound}, {@link EscalationAlreadyAnswered}, a zod error for a bad
 *   answer, or the curated file's {@link CuratedAnswerError}; nothing is recorded then.
 */
export async function answerEscalation(
  parts: { readonly escalations: EscalationStore; readonly curated: CuratedAnswers },
  id: string,
  input: EscalationAnswerInput,
): Promise<{ escalation: Escalation; saved?: SavedAnswer }> {
  let saved: SavedAnswer | undefined;
  const escalation = await parts.escalations.answer(id, async (open) => {
    const answer = curatedAnswerSchema.parse({ ...input, question: open.question });
    if (input.addToKnowledge !== false) saved = await parts.curated.save(answer);
    return {
      answer: answer.answer,
      status: answer.status,
      ...(answer.remarks ? { remarks: answer.remarks } : {}),
      ...(answer.author ? { by: answer.author } : {}),
      ...(saved ? { saved: { id: saved.id, file: saved.file, citation: saved.citation } } : {}),
    };
  });
  return { escalation, ...(saved ? { saved } : {}) };
}
