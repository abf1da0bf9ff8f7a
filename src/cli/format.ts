/** Plain-text rendering of answers for a person at a terminal. */
import { citationLine } from '../core/citation.js';
import type { AskResult, RankedAnswer } from '../core/types.js';

const STATUS_LABEL: Record<string, string> = { '○': '○ 対応', '×': '× 非対応', '△': '△ 一部対応', '−': '− 対象外' };

export function formatAnswers(result: AskResult, shown = 3): string {
  const lines = [`質問: ${result.question}`, ...(result.note ? [result.note] : [])];
  if (!result.answered) {
    lines.push('', '確信を持てる回答はありません (no confident answer).');
    if (result.reason) lines.push(`${result.reason.message} (${result.reason.message_en})`);
    if (result.results.length) lines.push('近い候補 (nearest candidates):');
  }
  for (const r of result.results.slice(0, shown)) lines.push('', ...formatOne(r));
  return lines.join('\n');
}

function formatOne(r: RankedAnswer): string[] {
  const status = STATUS_LABEL[r.status] ?? '';
  return [
    `${r.rank}. ${status ? `[${status}] ` : ''}${r.answer || '(回答欄なし)'}`,
    ...(r.remarks ? [`   備考: ${r.remarks}`] : []),
    `   出典: ${citationLine(r)}`,
    `   設問: ${truncate(r.question, 80)}`,
    `   信頼度: ${r.confidence.toFixed(2)}`,
  ].filter((line) => !line.endsWith('設問: '));
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
