/** The citation line every surface shows under an answer. */
import type { ControlRef } from '../core/types.js';

/** What a citation line is made of: a result, or anything shaped like one. */
export interface Citable {
  /** Where the answer is: `jinjer.txt › 運用管理 › No.35`. */
  readonly citation: string;
  /** The security controls it was matched on, strongest first. */
  readonly controls: ReadonlyArray<Pick<ControlRef, 'label'>>;
  /** Who answers for the item, when the checksheet names one. */
  readonly owner?: string;
  /** When the item's answer was last reviewed (as the checksheet writes it), when it says. */
  readonly reviewed?: string;
}

/**
 * Where the answer is, the security control it was matched on, and who owns it and when it was
 * last reviewed, when known (`jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化`), so that a
 * sales person sees what kotae took the question to be about and how current the answer is.
 */
export function citationLine(answer: Citable): string {
  const parts = [answer.citation];
  const control = answer.controls[0];
  if (control) parts.push(`管理策: ${control.label}`);
  if (answer.owner) parts.push(`担当: ${answer.owner}`);
  if (answer.reviewed) parts.push(`確認日: ${answer.reviewed}`);
  return parts.join(' ｜ ');
}
