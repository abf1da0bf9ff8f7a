/**
 * The answer-library report's shape: `kotae report --json` prints it, `GET /api/admin/report`
 * returns it, and the console's admin view renders it. Plain data, stable field names.
 */
import type { Channel } from '../question-log.js';
import type { DisagreementKind } from '../disagreement.js';

/** An item as the report names it: where it is, and what it says. */
export interface ReportItem {
  /** The item's id (`jinjer.txt#54`), stable across reloads while the file keeps its shape. */
  readonly id: string;
  /** `jinjer.txt › データ管理 › No.35`. */
  readonly citation: string;
  readonly status: string;
  readonly question: string;
  readonly answer: string;
}

/** A security control of the catalogue, as the report names it. */
export interface ReportControl {
  readonly control: string;
  readonly label: string;
  readonly label_en: string;
}

/** Items from different files (or sheets) about the same thing that disagree. */
export interface ReportConflict {
  /** `回答状況が異なります: ○ / × (status differs)`, `記載の数値が異なります: 3年 / 1年 (stated figures differ)`. */
  readonly reason: string;
  readonly kind: DisagreementKind;
  /** The control both items are about. */
  readonly control: ReportControl;
  /** Character-bigram Jaccard similarity of the two questions, in [0, 1]. */
  readonly similarity: number;
  readonly items: readonly ReportItem[];
}

/** Near-identical items in different files (or sheets): one can be retired. */
export interface ReportDuplicate {
  /** Character-bigram Jaccard similarity of question and answer together, in [0, 1]. */
  readonly similarity: number;
  readonly items: readonly ReportItem[];
}

export interface ReportCoverage {
  /** Controls of the catalogue that no item of the knowledge is about. */
  readonly missing: readonly ReportControl[];
  /** Per collection (subfolder), when the knowledge has any: the controls no item in it (or below it) is about. */
  readonly collections: ReadonlyArray<{ readonly collection: string; readonly items: number; readonly missing: readonly ReportControl[] }>;
  /** How many controls the catalogue has, and how many of them some item is about. */
  readonly controls: number;
  readonly covered: number;
}

/** An item last checked longer ago than KOTAE_REVIEW_MONTHS. */
export interface ReportStale {
  readonly id: string;
  readonly citation: string;
  /** `2024-11-02`, or `2024-11` when the file names only the month. */
  readonly reviewed: string;
  /** `column`: the file's review-date column says so; `file`: the file's modification time. */
  readonly from: 'column' | 'file';
}

/** A word of unanswered questions that no item contains (even through synonyms). */
export interface ReportMissingWord {
  readonly word: string;
  /** In how many unanswered questions it occurs. */
  readonly count: number;
}

/** How questions went, over a window of days. */
export interface UsageSummary {
  readonly questions: number;
  readonly answered: number;
  /** answered / questions, null when there were no questions. */
  readonly answeredShare: number | null;
  readonly feedback: { readonly helpful: number; readonly unhelpful: number };
  /** The controls asked about most, most first (at most 10). */
  readonly topControls: ReadonlyArray<ReportControl & { readonly count: number }>;
  /** The controls of the questions left unanswered most often (at most 10). */
  readonly unansweredControls: ReadonlyArray<ReportControl & { readonly count: number }>;
}

export interface ReportUsage extends UsageSummary {
  /** The first day of the window (`YYYY-MM-DD`, this machine's time zone) and its length. */
  readonly since: string;
  readonly days: number;
  /** Every day of the window, oldest first, days without questions included (for a chart). */
  readonly perDay: ReadonlyArray<{ readonly date: string; readonly questions: number; readonly answered: number }>;
  /** The same per surface (`web`, `api`, `slack`, `teams`, `cli`), busiest first. */
  readonly surfaces: ReadonlyArray<UsageSummary & { readonly surface: Channel }>;
}

export interface LibraryReport {
  readonly generatedAt: string;
  readonly knowledge: { readonly dir: string; readonly files: number; readonly items: number };
  /** KOTAE_REVIEW_MONTHS the stale list was made with. */
  readonly reviewMonths: number;
  readonly conflicts: readonly ReportConflict[];
  readonly duplicates: readonly ReportDuplicate[];
  readonly coverage: ReportCoverage;
  readonly stale: readonly ReportStale[];
  readonly missingWords: readonly ReportMissingWord[];
  readonly usage: ReportUsage;
}
