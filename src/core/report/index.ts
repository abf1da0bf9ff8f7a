/**
 * The answer-library report (`kotae report`, `GET /api/admin/report`): conflicts, duplicates,
 * coverage of the control catalogue, stale answers, missing words and usage, computed from a
 * loaded knowledge folder and the data folder's logs.
 *
 * @example
 * const report = await buildLibraryReport(snapshot, { log: new QuestionLog('data'), review: { months: 12 } });
 * report.conflicts[0]; // { reason: '回答状況が異なります: ○ / × (status differs)', items: [{ citation: 'a.csv › No.3', … }, …] }
 */
import { buildCatalogue, parseControls, type Catalogue } from '../../controls/catalogue.js';
import { CONTROLS_FILE } from '../../knowledge/loader.js';
import { createAnalyzer } from '../../search/analyzer.js';
import type { KnowledgeSnapshot } from '../knowledge-snapshot.js';
import type { QuestionLog } from '../question-log.js';
import { DEFAULT_REVIEW_POLICY, ReviewDates, type ReviewPolicy } from '../review.js';
import { findConflicts, findCoverage, findDuplicates, findStale, tagItems } from './library.js';
import { findMissingWords } from './missing-words.js';
import type { LibraryReport } from './types.js';
import { DEFAULT_USAGE_DAYS, summariseUsage } from './usage.js';

export type * from './types.js';
export { DEFAULT_USAGE_DAYS };

/** Unanswered questions whose words are looked at: the newest. */
const MISSING_WORDS_QUESTIONS = 1000;
/** Of the question and feedback logs, at most this much of their ends is read for the usage window. */
const USAGE_TAIL_BYTES = 16 * 1024 * 1024;
const USAGE_MAX_ENTRIES = 200_000;

export interface LibraryReportOptions {
  /** The data folder's logs; without them, missing words and usage are empty. */
  readonly log?: QuestionLog | null;
  /** When answers count as stale (KOTAE_REVIEW_MONTHS), and the clock. */
  readonly review?: ReviewPolicy;
  /** The usage window in days (default 30). */
  readonly days?: number;
}

export async function buildLibraryReport(snapshot: KnowledgeSnapshot, options: LibraryReportOptions = {}): Promise<LibraryReport> {
  const review = options.review ?? DEFAULT_REVIEW_POLICY;
  const now = review.now?.() ?? new Date();
  const items = snapshot.index.items;
  const tagged = await tagItems(items, catalogueOf(snapshot));
  const log = options.log ?? null;
  const [unanswered, questions, feedback] = log
    ? await Promise.all([
        log.recentUnanswered(MISSING_WORDS_QUESTIONS),
        log.recentQuestions(USAGE_MAX_ENTRIES, USAGE_TAIL_BYTES),
        log.recentFeedback(USAGE_MAX_ENTRIES, USAGE_TAIL_BYTES),
      ])
    : [[], [], []];
  return {
    generatedAt: now.toISOString(),
    knowledge: { dir: snapshot.dir, files: snapshot.files.length, items: items.length },
    reviewMonths: review.months,
    conflicts: findConflicts(tagged),
    duplicates: findDuplicates(items),
    coverage: findCoverage(tagged),
    stale: findStale(items, new ReviewDates(snapshot.files, review)),
    missingWords: unanswered.length ? await findMissingWords(unanswered, snapshot.index, await createAnalyzer()) : [],
    usage: summariseUsage({ questions, feedback, catalogue: tagged.catalogue, days: options.days ?? DEFAULT_USAGE_DAYS, now }),
  };
}

/** The catalogue the snapshot's index was built with: the built-in one and the folder's `controls.txt`. */
function catalogueOf(snapshot: KnowledgeSnapshot): Catalogue {
  return buildCatalogue(snapshot.controlsText === null ? [] : parseControls(snapshot.controlsText, CONTROLS_FILE).additions);
}
