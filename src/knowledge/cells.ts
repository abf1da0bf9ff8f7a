/**
 * Cell-level cleaning and classification shared by every loader: checksheets exported from Excel,
 * HTML or OCR carry markup and debris that must not reach the index or the user.
 */
import type { ItemStatus } from './types.js';

const ANCHOR = /<a\b[^>]*?href\s*=\s*["']([^"']*)["'][^>]*>(.*?)<\/a\s*>/gis;
const AUTOLINK = /<((?:https?|mailto):[^<>\s]+)>/gi;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const JAPANESE = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}ー々〆';
const SPACE_INSIDE_JAPANESE = new RegExp(`(?<=[${JAPANESE}、。（）「」])[ \\t\\u3000]+(?=[${JAPANESE}、。（）「」])`, 'gu');

/**
 * Turns one cell of an HTML-ish export into plain text: links keep their URL, tags and checkbox
 * inputs disappear, entities are decoded, runs of spaces fold to one. Line breaks are kept because
 * spreadsheet cells use them to separate points of an answer.
 */
export function cleanCell(raw: string): string {
  const text = raw
    .replace(ANCHOR, (_m, href: string, label: string) => {
      const inner = label.replace(TAG, '').trim();
      return !inner || inner === href ? href : `${inner} (${href})`;
    })
    .replace(AUTOLINK, '$1')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(TAG, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/gi, (m, name: string) => decodeEntity(name) ?? m);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((line, i, all) => line !== '' || (i > 0 && i < all.length - 1))
    .join('\n')
    .trim();
}

function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1]?.toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : undefined;
  }
  return ENTITIES[name.toLowerCase()];
}

/** OCR of PDF tables puts spaces inside Japanese words (`オペレー ティング`); join them back. */
export function joinJapaneseSpaces(text: string): string {
  return text.replace(SPACE_INSIDE_JAPANESE, '');
}

const STATUS_WORDS: ReadonlyArray<[ItemStatus, RegExp]> = [
  ['○', /^(?:[○〇◯●◎✓✔☑]|o|0|yes|y|true|はい|有|あり|可|済|実施済み?|対応済み?|対応|実施|対応可|対応可能|準拠|適合)$/i],
  ['×', /^(?:[×✕✖✗☓xX]|no|n|false|いいえ|無|なし|不可|未対応|未実施|非対応|対応不可)$/i],
  ['△', /^(?:[△▲]|一部|一部対応|部分的|partial(?:ly)?|条件付き?)$/i],
  ['−', /^(?:[−\-ー―‐－]|n\/a|na|該当なし|対象外|非該当)$/i],
];

/**
 * Reads a status cell in any of the vocabularies checksheets use (○×△−, OCR'd `0`, はい/いいえ,
 * 対応済/未対応, Yes/No). Returns null when the cell is not a status at all.
 */
export function parseStatus(cell: string): ItemStatus | null {
  const text = cell.normalize('NFKC').replace(/\s+/g, '').trim();
  if (!text) return null;
  for (const [status, pattern] of STATUS_WORDS) if (pattern.test(text)) return status;
  return null;
}

const ITEM_NUMBER = /^(?:(?:no|ｎｏ|#)\.?\s*)?(?:[a-z]{1,3}[-.]?)?[0-9０-９]{1,4}(?:[-.－‐ー.][0-9０-９]{1,4}){0,3}\.?$/i;

/** `6-30`, `31`, `3-1.`, `No.12`, `A-1`, `AC-2.3`: what an item-number cell holds. */
export function isItemNumber(cell: string): boolean {
  return ITEM_NUMBER.test(cell.trim());
}

/** Removes what OCR and layout leave in cells that carries no meaning (`_`, a stray `T`). */
export function isDebris(cell: string, firstInRow: boolean): boolean {
  const text = cell.trim();
  if (text.length !== 1) return false;
  if (parseStatus(text) !== null || /[0-9\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) return false;
  // A lone ASCII letter first in a row is an OCR'd item number (`g` for 9), not debris.
  return !(firstInRow && /^[a-z]$/i.test(text));
}

/** An item number as written, minus decoration such as a trailing dot or `No.`. */
export function tidyItemNumber(cell: string): string {
  return cell
    .trim()
    .replace(/^(?:no|#)\.?\s*/i, '')
    .replace(/\.$/, '');
}

const ERA_START: Record<string, number> = { 令和: 2018, 平成: 1988 };
const DATE_CELL = /^(?:(令和|平成)(元|\d{1,2})|(\d{4}))\s*[-/.年]\s*(\d{1,2})\s*(?:月\s*)?(?:[-/.]?\s*(\d{1,2})\s*日?)?(?:[t\s].*)?$/i;

/**
 * Reads a review-date cell as checksheets write it (`2025-03-15`, `2025/3/15`, `2025年3月`,
 * `令和7年3月1日`, an Excel date with a time) as an ISO date: `YYYY-MM-DD`, or `YYYY-MM` when the
 * cell names only the month. Null when the cell is not a date.
 */
export function parseReviewDate(cell: string): string | null {
  const m = DATE_CELL.exec(cell.normalize('NFKC').trim());
  if (!m) return null;
  const year = m[3] ? Number(m[3]) : ERA_START[m[1]!]! + (m[2] === '元' ? 1 : Number(m[2]));
  const month = Number(m[4]);
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return null;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (m[5] === undefined) return yearMonth;
  const day = Number(m[5]);
  // Date.UTC rolls 2025-02-30 over into March: a day the month lacks is not a date.
  if (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return null;
  return `${yearMonth}-${String(day).padStart(2, '0')}`;
}
