/** The citation line every surface shows under an answer. */
import { isCuratedFile } from '../core/curated-answers.js';
import { reviewMonth } from '../core/review.js';
import type { AnswerSource, ControlRef } from '../core/types.js';
import { LABELS } from './messages.js';

/** What a citation line is made of: a result, or anything shaped like one. */
export interface Citable {
  /** Where the answer is: `jinjer.txt › 運用管理 › No.35`. */
  readonly citation: string;
  /** The security controls it was matched on, strongest first. */
  readonly controls: ReadonlyArray<Pick<ControlRef, 'label'>>;
  /** The item's file, who answers for it and when it was last checked, as far as known. */
  readonly source?: Pick<AnswerSource, 'file' | 'owner' | 'reviewed' | 'stale'>;
}

/** Who to ask about an answer and whether it is due for review, as the citation line shows them. */
export interface Provenance {
  /** Who answers for the item (the checksheet's `担当部署` column); null when it names no one. */
  readonly owner: string | null;
  /** `2025-03`: the month the item was last checked, only when that is longer ago than KOTAE_REVIEW_MONTHS. */
  readonly lastChecked: string | null;
}

/**
 * The owner and stale review month of `answer`. A curated answer's citation names its author and
 * date already (`kotae-curated.csv › No.C-12 (山田, 2026-12-01)`), so it has neither.
 */
export function provenanceOf(answer: Citable): Provenance {
  const source = answer.source;
  if (!source || isCuratedFile(source.file)) return { owner: null, lastChecked: null };
  return { owner: source.owner || null, lastChecked: source.stale && source.reviewed ? reviewMonth(source.reviewed) : null };
}

/**
 * Where the answer is, the security control it was matched on, when it was last checked if that
 * is longer ago than KOTAE_REVIEW_MONTHS, and whom to ask — only what is known:
 * `jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化 ｜ 最終確認: 2025-03 ｜ 担当: 情報システム部`,
 * so that a sales person sees what kotae took the question to be about and how current the answer is.
 */
export function citationLine(answer: Citable): string {
  const parts = [answer.citation];
  const control = answer.controls[0];
  if (control) parts.push(`${LABELS.control}: ${control.label}`);
  const { owner, lastChecked } = provenanceOf(answer);
  if (lastChecked) parts.push(`${LABELS.lastChecked}: ${lastChecked}`);
  if (owner) parts.push(`${LABELS.owner}: ${owner}`);
  return parts.join(' ｜ ');
}
