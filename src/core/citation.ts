import { isCuratedFile } from '../knowledge/loader.js';
import type { KnowledgeItem } from '../knowledge/types.js';

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
