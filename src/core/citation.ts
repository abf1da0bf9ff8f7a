import type { KnowledgeItem } from '../knowledge/types.js';

/** `jinjer.txt › 運用管理 › No.35`: enough to find the cell, short enough to paste. */
export function citationOf(item: KnowledgeItem): string {
  const parts = [item.file];
  if (item.sheet) parts.push(item.sheet);
  parts.push(...item.section);
  parts.push(item.itemNumber ? `No.${item.itemNumber}` : `${item.line}行目`);
  return parts.join(' › ');
}

/**
 * The citation as surfaces show it: where the answer is, and the security control it was matched
 * on (`jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化`), so that a sales person sees what
 * kotae took the question to be about.
 */
export function citationLine(answer: { readonly citation: string; readonly controls: ReadonlyArray<{ readonly label: string }> }): string {
  const control = answer.controls[0];
  return control ? `${answer.citation} ｜ 管理策: ${control.label}` : answer.citation;
}
