/**
 * Questions that name a checksheet item by its number (`No.12`, `項番6-30`, `設問 1-2 の回答`).
 * Only a clear reference counts: a marker word before the number or the number standing alone at
 * the start, and never a number with a unit (`1-2時間`, `2-4日`) or one in the middle of a sentence
 * (`設問12と同じですか` is a question about content that happens to mention a number).
 */

/** Item numbers compare with any separator or width: `6.30`, `6-30` and `６－３０` are one number. */
export function itemNumberKey(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/^no\.?\s*/i, '')
    .replace(/[.．\-－‐ー]/g, '-')
    .replace(/-$/, '')
    .toLowerCase();
}

/** An item reference found at the start of a question, and what the question says besides it. */
export interface ItemReference {
  /** The number as `itemNumberKey` gives it. */
  readonly key: string;
  /** The question without the reference: what is left to match by content. */
  readonly rest: string;
}

const NUMBER = '([0-9]{1,4}(?:[-.][0-9]{1,4}){0,3})';
const MARKED = new RegExp(`^[\\s\\[【(（「]*(?:項番|項目番号|項目|番号|設問|質問|no\\.?|item|#)\\s*[:：]?\\s*${NUMBER}(?![0-9])`, 'i');
/** A bare number counts when nothing follows it or a particle does: `6-30の回答`, `1-2 は？`. */
const BARE = new RegExp(`^[\\s\\[【(（「]*${NUMBER}\\s*(?:$|[)）】\\]」]|の|は|って|について|を|[?？])`, 'i');
/** A unit right after the number makes it a quantity, whatever came before it. */
const UNIT_AFTER = /^\s*(?:時間|日|週|年|ヶ月|か月|カ月|ケ月|分|秒|回|人|名|件|文字|桁|%|％|営業日|円|gb|mb|tb|h\b|hours?|days?|min)/i;

/** The item reference a question starts with, if any (on `normalizeText` output or raw text). */
export function findItemReference(question: string): ItemReference | null {
  const text = question.normalize('NFKC').replace(/[‐‑‒–—―−－]/g, '-');
  const match = MARKED.exec(text) ?? BARE.exec(text);
  if (!match) return null;
  const number = match[1]!;
  if (UNIT_AFTER.test(text.slice(text.indexOf(number, match.index) + number.length))) return null;
  return { key: itemNumberKey(number), rest: text.slice(match.index + match[0].length).trim() };
}
