import { isCuratedFile } from '../knowledge/loader.js';
import type { KnowledgeItem } from '../knowledge/types.js';
import { reviewMonth } from './review.js';

/**
 * `jinjer.txt › 運用管理 › No.35`: enough to find the cell, short enough to paste. An expert's
 * answer saved through kotae also names who gave it and when:
 * `kotae-curated.csv › No.C-12 (山田, 2026-12-01)`.
 */
export function citationOf(item: KnowledgeItem): string {
  const parts = [item.file];
  if (item.sheet) parts.push(item.sheet);
  parts.push(...item.section);
  parts.push(item.itemNumber ? `No.${item.itemNumber}` : `${item.line}行目`);
  const place = parts.join(' › ');
  const by = isCuratedFile(item.file) ? [item.owner, item.reviewed].filter(Boolean) : [];
  return by.length ? `${place} (${by.join(', ')})` : place;
}

/** What {@link citationLine} reads of an answer. */
export interface CitedAnswer {
  readonly citation: string;
  readonly controls: ReadonlyArray<{ readonly label: string }>;
  readonly source?: { readonly file: string; readonly owner?: string; readonly reviewed?: string; readonly stale?: boolean };
}

/**
 * The citation as surfaces show it: where the answer is, the security control it was matched on,
 * when it was last checked if that is longer ago than KOTAE_REVIEW_MONTHS, and whom to ask —
 * only what is known: `jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化 ｜ 最終確認: 2025-03 ｜ 担当: 情報システム部`.
 * A curated answer's citation names its author and date already.
 */
export function citationLine(answer: CitedAnswer): string {
  const parts = [answer.citation];
  const control = answer.controls[0];
  if (control) parts.push(`管理策: ${control.label}`);
  const source = answer.source;
  if (source && !isCuratedFile(source.file)) {
    if (source.stale && source.reviewed) parts.push(`最終確認: ${reviewMonth(source.reviewed)}`);
    if (source.owner) parts.push(`担当: ${source.owner}`);
  }
  return parts.join(' ｜ ');
}
