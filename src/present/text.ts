/**
 * Cutting text to a size, the one way every surface does it: measured in UTF-16 units (what Slack,
 * Excel and JavaScript count; never fewer than the characters people see), never splitting a
 * surrogate pair, and marked with "…".
 */

export const ELLIPSIS = '…';

/**
 * `text` if it fits in `max` UTF-16 units, else its start (trailing blanks dropped) and "…",
 * together at most `max` units.
 *
 * @example truncate('データは暗号化されています', 6) // 'データは暗…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length + ELLIPSIS.length > max) break;
    out += char;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** The text on one line: runs of white space (line breaks included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The output of `build(limit)` for the largest text limit whose size stays within `budget`: the
 * one budgeting scheme of the chat cards (Slack counts characters, Teams bytes). The size must
 * only grow with the limit, so a binary search finds it in a few builds even for very long
 * answers; texts the card must keep whole (citations) are simply not cut by `build`.
 *
 * @param maxLimit - The longest text the build cuts; no limit above it changes the output.
 */
export function fitToBudget<T>(build: (limit: number) => T, size: (built: T) => number, maxLimit: number, budget: number): T {
  const widest = build(maxLimit);
  if (size(widest) <= budget) return widest;
  let low = 0;
  let high = maxLimit - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (size(build(mid)) <= budget) low = mid;
    else high = mid - 1;
  }
  return build(low);
}
