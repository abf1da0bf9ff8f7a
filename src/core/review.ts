/**
 * Review dates: when an answer was last checked, and whether that is long enough ago for it to be
 * due for review ("stale"). The date is the file's review-date column where it has one
 * (`最終確認日`, `更新日`, `登録日`…), else the file's modification time.
 */
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { KnowledgeItem } from '../knowledge/types.js';

/** KOTAE_REVIEW_MONTHS when unset. */
export const DEFAULT_REVIEW_MONTHS = 12;

export interface ReviewPolicy {
  /** Answers last checked longer ago than this many months are stale. */
  readonly months: number;
  /** The clock; tests pass a fixed one. */
  readonly now?: () => Date;
}

export const DEFAULT_REVIEW_POLICY: ReviewPolicy = { months: DEFAULT_REVIEW_MONTHS };

/** An item's review date and what it means. */
export interface ItemReview {
  /** ISO date: `2025-03-15`, or `2025-03` when the file names only the month. */
  readonly reviewed: string;
  /** `column`: the file states it; `file`: the file's modification time stands in for it. */
  readonly from: 'column' | 'file';
  readonly stale: boolean;
}

/**
 * Review dates of the items of one loaded folder.
 *
 * @example
 * const reviews = new ReviewDates(snapshot.files, { months: 12 });
 * reviews.of(item); // { reviewed: '2024-11-02', from: 'file', stale: true }
 */
export class ReviewDates {
  private readonly modified: ReadonlyMap<string, string>;
  /** Dates before this (`YYYY-MM-DD`) are stale. */
  private readonly cutoff: string;

  constructor(files: readonly KnowledgeFileReport[], policy: ReviewPolicy = DEFAULT_REVIEW_POLICY) {
    this.modified = modifiedDates(files);
    const now = policy.now?.() ?? new Date();
    const cutoff = new Date(now.getFullYear(), now.getMonth() - policy.months, now.getDate());
    this.cutoff = localDate(cutoff);
  }

  /** Null only for an item whose file states no date and whose modification time is unknown. */
  of(item: Pick<KnowledgeItem, 'file' | 'reviewed'>): ItemReview | null {
    const stated = item.reviewed;
    const reviewed = stated ?? this.modified.get(item.file);
    if (!reviewed) return null;
    // A month-only date is stale once its whole month is before the cutoff's.
    const stale = reviewed.length === 7 ? reviewed < this.cutoff.slice(0, 7) : reviewed < this.cutoff;
    return { reviewed, from: stated ? 'column' : 'file', stale };
  }
}

/** A loaded folder's file list does not change: its dates are worked out once, not on every ask. */
const modifiedCache = new WeakMap<readonly KnowledgeFileReport[], ReadonlyMap<string, string>>();

function modifiedDates(files: readonly KnowledgeFileReport[]): ReadonlyMap<string, string> {
  let dates = modifiedCache.get(files);
  if (!dates) {
    dates = new Map(files.flatMap((file) => (file.modified ? [[file.file, localDate(new Date(file.modified))] as const] : [])));
    modifiedCache.set(files, dates);
  }
  return dates;
}

/** `2025-03` from `2025-03-15`: what a citation shows. */
export function reviewMonth(reviewed: string): string {
  return reviewed.slice(0, 7);
}

/** The date in this machine's time zone (the admins'), as `YYYY-MM-DD`. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
