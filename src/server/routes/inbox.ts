/**
 * `GET /api/admin/inbox?state=open|answered|all&limit=N` (behind the admin token): unanswered
 * questions, 👎 feedback and open escalations in one list, newest first, grouped by question
 * (src/core/inbox.ts), each with kotae's answer or nearest candidate now, cited as every surface
 * cites it. The console's admin view lists it; 「回答を登録」 then posts to `/api/admin/answers`
 * (or answers the group's escalations through `/api/admin/escalations/:id/answer`).
 */
import type { Express, RequestHandler } from 'express';
import { z } from 'zod';
import { buildInbox, DEFAULT_INBOX_LIMIT, MAX_INBOX_LIMIT, type InboxEntry } from '../../core/inbox.js';
import { citationLine, PREVIEW_CHARS, truncate } from '../../present/index.js';
import { describeIssues, sendError, sendNotReady } from '../api-errors.js';
import type { AppDeps } from '../deps.js';

/**
 * One question of the inbox, as the API returns it: the group without kotae's internal ids (the
 * items marked 👎), with the ids of its open escalations to answer them by, and the nearest
 * candidate as people see it.
 */
export interface InboxEntryJson extends Pick<InboxEntry, 'question' | 'count' | 'firstAt' | 'lastAt' | 'sources' | 'channels' | 'state'> {
  /** Ids of its open escalations, newest first: answer them through `/api/admin/escalations/:id/answer`. */
  readonly escalations: readonly string[];
  /** kotae's answer now (state `answered`) or its nearest candidate; null when nothing is close. */
  readonly nearest: {
    /** The citation line: `jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化`. */
    readonly citation: string;
    readonly confidence: number;
    readonly status: string;
    /** The start of its answer. */
    readonly answer: string;
  } | null;
}

export interface InboxJson {
  readonly entries: readonly InboxEntryJson[];
  /** True when the limit left some out. */
  readonly truncated: boolean;
}

const inboxQuery = z.object({
  state: z.enum(['open', 'answered', 'all'], { error: 'must be open, answered or all' }).default('all'),
  limit: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number' })
    .min(1, { error: `must be from 1 to ${MAX_INBOX_LIMIT}` })
    .max(MAX_INBOX_LIMIT, { error: `must be from 1 to ${MAX_INBOX_LIMIT}` })
    .default(DEFAULT_INBOX_LIMIT),
});

export function register(app: Express, deps: AppDeps, admin: RequestHandler | null): void {
  if (!admin) return;
  app.get('/api/admin/inbox', admin, async (req, res) => {
    const parsed = inboxQuery.safeParse(req.query);
    if (!parsed.success) return sendError(res, 400, describeIssues(parsed.error));
    if (!deps.kotae.ready) return sendNotReady(res);
    // What was just recorded may still be on its way to the disk.
    await Promise.all([deps.questionLog.flush(), deps.escalations.flush()]);
    const inbox = await buildInbox(
      { log: deps.questionLog, escalations: deps.escalations },
      (question) => deps.kotae.ask(question, { top: 1 }),
      parsed.data,
    );
    const json: InboxJson = { entries: inbox.entries.map(entryJson), truncated: inbox.truncated };
    res.set('Cache-Control', 'no-store').json(json);
  });
}

function entryJson(entry: InboxEntry): InboxEntryJson {
  const { nearest } = entry;
  return {
    question: entry.question,
    count: entry.count,
    firstAt: entry.firstAt,
    lastAt: entry.lastAt,
    sources: entry.sources,
    channels: entry.channels,
    escalations: entry.openEscalations,
    state: entry.state,
    nearest: nearest && {
      citation: citationLine(nearest),
      confidence: nearest.confidence,
      status: nearest.status,
      answer: truncate(nearest.answer, PREVIEW_CHARS),
    },
  };
}
