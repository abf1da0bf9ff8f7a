/**
 * The admins' inbox: everything that says the knowledge fell short, in one list — questions kotae
 * could not answer, answers someone marked 👎, and questions sent on to the experts (open
 * escalations) — newest first, one entry per question however often it came back (same text once
 * width, case, spaces and punctuation are set aside), each with what kotae answers now.
 *
 * An entry is `answered` once kotae answers its question confidently with an item nobody marked 👎
 * and no expert still owes the asker a reply; the admin view shows it as done, the others with
 * 「回答を登録」.
 *
 * @example
 * const inbox = await buildInbox({ log, escalations }, (q) => kotae.ask(q, { top: 1 }), { limit: 50 });
 * inbox.entries[0]; // { question: 'ラッコの飼育記録はありますか', count: 2, state: 'open', nearest: { citation: … }, … }
 */
import { normalizeText } from '../search/normalize.js';
import type { Escalation, EscalationStore } from './escalations.js';
import type { Channel, FeedbackEntry, QuestionLog, UnansweredEntry } from './question-log.js';
import type { AskResult, RankedAnswer } from './types.js';

/** Where an inbox signal comes from. */
export type InboxSource = 'unanswered' | 'unhelpful' | 'escalation';

/** One time a question showed the knowledge falling short. */
export interface InboxSignal {
  readonly at: string;
  readonly source: InboxSource;
  readonly channel: Channel;
  readonly question: string;
  /** For 👎: the item that gave the answer. */
  readonly itemId?: string;
  /** For an open escalation: its id, to answer it with. */
  readonly escalationId?: string;
}

/** The signals of one question, however it was worded. */
export interface InboxGroup {
  /** The question with width, case, spaces and punctuation set aside: what the signals share. */
  readonly key: string;
  /** The newest wording. */
  readonly question: string;
  /** How many signals: the times it was asked unanswered, marked 👎 or escalated. */
  readonly count: number;
  readonly firstAt: string;
  readonly lastAt: string;
  /** The count per source. */
  readonly sources: Readonly<Record<InboxSource, number>>;
  /** The surfaces it came from, most recent first. */
  readonly channels: readonly Channel[];
  /** Ids of the open escalations of this question, newest first: an expert still owes these askers a reply. */
  readonly openEscalations: readonly string[];
  /** Items whose answer to this question was marked 👎. */
  readonly dislikedItems: readonly string[];
}

export type InboxState = 'open' | 'answered';

/** A group with what kotae answers for it now. */
export interface InboxEntry extends InboxGroup {
  readonly state: InboxState;
  /** kotae's first result for the question now (the answer, or the nearest candidate); null when nothing is close. */
  readonly nearest: RankedAnswer | null;
}

export interface Inbox {
  /** Newest first, at most the limit asked for. */
  readonly entries: readonly InboxEntry[];
  /** Whether more entries in the state asked for were left out by the limit. */
  readonly truncated: boolean;
}

export interface InboxOptions {
  /** Entries returned at most (default {@link DEFAULT_INBOX_LIMIT}). */
  readonly limit?: number;
  /** `open` (default `all`): only those still waiting for an answer. */
  readonly state?: InboxState | 'all';
}

export const DEFAULT_INBOX_LIMIT = 50;
export const MAX_INBOX_LIMIT = 200;
/** Of each log, the newest entries that are grouped: more than a team works through between two looks. */
const ENTRIES_READ = 1000;
/** Questions asked again per turn of the event loop, so that answering others goes on meanwhile. */
const ASKS_PER_SLICE = 16;

/**
 * What two wordings of one question share: NFKC, lower case, letters and digits only
 * (`SSL対応?` and `ｓｓｌ 対応？` are one question).
 */
export function questionKey(question: string): string {
  return normalizeText(question).replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The signals of the logs: every unanswered question, every 👎 (with its question), every open
 * escalation. 👍 and answered escalations are not signals.
 */
export function inboxSignals(
  unanswered: readonly UnansweredEntry[],
  feedback: readonly FeedbackEntry[],
  escalations: readonly Escalation[],
): InboxSignal[] {
  const signals: InboxSignal[] = [];
  for (const entry of unanswered) signals.push({ at: entry.at, source: 'unanswered', channel: entry.channel, question: entry.question });
  for (const entry of feedback) {
    if (!entry.helpful && entry.question.trim())
      signals.push({ at: entry.at, source: 'unhelpful', channel: entry.channel, question: entry.question, itemId: entry.itemId });
  }
  for (const escalation of escalations) {
    if (escalation.state === 'open')
      signals.push({
        at: escalation.at,
        source: 'escalation',
        channel: escalation.surface,
        question: escalation.question,
        escalationId: escalation.id,
      });
  }
  return signals;
}

/** Groups signals by {@link questionKey}; the groups newest first (by their last signal). */
export function groupSignals(signals: readonly InboxSignal[]): InboxGroup[] {
  const byKey = new Map<string, InboxSignal[]>();
  for (const signal of signals) {
    const key = questionKey(signal.question);
    if (!key) continue;
    const group = byKey.get(key);
    if (group) group.push(signal);
    else byKey.set(key, [signal]);
  }
  const groups = [...byKey].map(([key, members]) => {
    members.sort((a, b) => b.at.localeCompare(a.at));
    const sources: Record<InboxSource, number> = { unanswered: 0, unhelpful: 0, escalation: 0 };
    for (const member of members) sources[member.source]++;
    return {
      key,
      question: members[0]!.question,
      count: members.length,
      firstAt: members.at(-1)!.at,
      lastAt: members[0]!.at,
      sources,
      channels: [...new Set(members.map((m) => m.channel))],
      openEscalations: members.flatMap((m) => (m.escalationId ? [m.escalationId] : [])),
      dislikedItems: [...new Set(members.flatMap((m) => (m.itemId ? [m.itemId] : [])))],
    } satisfies InboxGroup;
  });
  return groups.sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}

/**
 * Whether a group still waits for an answer, given what kotae answers for it now: yes while an
 * expert owes an asker a reply, while nothing answers it confidently, or while what answers it is
 * an item someone marked 👎 for it.
 */
export function inboxState(group: InboxGroup, now: AskResult): InboxState {
  if (group.openEscalations.length) return 'open';
  const best = now.answered ? now.results[0] : undefined;
  return best && !group.dislikedItems.includes(best.id) ? 'answered' : 'open';
}

/**
 * The inbox of a data folder's logs, each group's question asked again with `ask` (the knowledge
 * serving now; not logged as a question).
 */
export async function buildInbox(
  sources: { readonly log: QuestionLog; readonly escalations: EscalationStore },
  ask: (question: string) => AskResult,
  options: InboxOptions = {},
): Promise<Inbox> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_INBOX_LIMIT), 1), MAX_INBOX_LIMIT);
  const wanted = options.state ?? 'all';
  const [unanswered, feedback, escalations] = await Promise.all([
    sources.log.recentUnanswered(ENTRIES_READ),
    sources.log.recentFeedback(ENTRIES_READ),
    sources.escalations.list({ state: 'open', limit: ENTRIES_READ }),
  ]);
  const entries: InboxEntry[] = [];
  let asked = 0;
  for (const group of groupSignals(inboxSignals(unanswered, feedback, escalations))) {
    if (entries.length === limit && wanted === 'all') return { entries, truncated: true };
    if (asked > 0 && asked % ASKS_PER_SLICE === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const now = ask(group.question);
    asked++;
    const state = inboxState(group, now);
    if (wanted !== 'all' && state !== wanted) continue;
    if (entries.length === limit) return { entries, truncated: true };
    entries.push({ ...group, state, nearest: now.results[0] ?? null });
  }
  return { entries, truncated: false };
}
