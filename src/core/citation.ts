import type { KnowledgeItem } from '../knowledge/types.js';

/** `jinjer.txt › 運用管理 › No.35`: enough to find the cell, short enough to paste. */
export function citationOf(item: KnowledgeItem): string {
  const parts = [item.file];
  if (item.sheet) parts.push(item.sheet);
  parts.push(...item.section);
  parts.push(item.itemNumber ? `No.${item.itemNumber}` : `${item.line}行目`);
  return parts.join(' › ');
}

