/**
 * Header words: which role a column plays (number, question, status, answer…), told by the words of
 * its header cell in Japanese or English.
 */
import { isItemNumber, parseReviewDate } from './cells.js';
import type { RowView } from './row-view.js';

export type ColumnRole =
  | 'number'
  | 'category'
  | 'title'
  | 'question'
  | 'status'
  | 'answer'
  | 'remarks'
  | 'reference'
  | 'owner'
  | 'reviewed'
  | 'other';

/** Header words per role, tried in this order (a `回答内容` column is an answer, not a status). */
const HEADER_WORDS: ReadonlyArray<[ColumnRole, RegExp]> = [
  ['number', /^(?:no\.?|ｎｏ|番号|項番|通番|項目番号|管理番号|質問番号|設問番号|#|id|item ?no\.?|ref\.?|number)$/],
  // Who answers for an item and when it was last checked: before `answer`, which `回答者` would match.
  ['owner', /^(?:担当|担当者|担当部署|担当部門|責任者|責任部署|所管部署|回答者|回答部署|owner|responsible|assignee)$/],
  [
    'reviewed',
    /^(?:最終確認日|最終確認|確認日|最終更新日|更新日|登録日|見直し日|最終見直し日|reviewed|reviewed on|last reviewed|last updated|review date|date reviewed)$/,
  ],
  // A header that names marks (`回答(○×)`, `はい/いいえ`) is a status column, whatever else it says.
  ['status', /[○×△]|はい|いいえ|yes\s*\/\s*no|y\s*\/\s*n|^回答(?:状況|可否|区分)$/],
  ['answer', /回答|解答|answer|response|説明|対策内容|実施内容|対応内容|当社の対応|弊社の対応|具体的|explanation|details?$/],
  ['remarks', /備考|補足|コメント|特記|注記|remarks?|notes?|comments?/],
  // The document an answer rests on (`根拠資料: ログ管理規程`): kept with the remarks, never the answer.
  ['reference', /根拠|参考資料|参照|関連資料|関連規程|関連文書|エビデンス|証跡|evidence|reference|supporting/],
  ['status', /^(?:実施|対応|可否|有無|準拠|適合|評価|結果|状況|○×|yes\/no|status|compliance|compliant|implemented|y\/n)/],
  [
    'question',
    /確認事項|確認内容|確認項目|質問|設問|要求事項|要件|チェック項目|評価項目|管理策|内容|question|requirement|description|criteria|control/,
  ],
  ['category', /大項目|中項目|小項目|大項番|中項番|分類|カテゴリ|区分|領域|分野|category|domain|area|section|group/],
  ['title', /^(?:項目|項目名|見出し|タイトル|件名|title|subject|topic|item)$/],
];

/** The roles of a header row's columns, or null when the row is not a header. */
export function headerRoles(row: RowView): Array<ColumnRole | undefined> | null {
  if (row.filled < 2 || row.longest > 30) return null;
  // A short item (`C-5 | 回答期限は？ | ○ | 3日以内です。`) names roles too, but a header holds no
  // item number, lone status mark or date.
  if (row.cells.some((cell) => isItemNumber(cell) || /^[○×△]$/.test(cell) || parseReviewDate(cell) !== null)) return null;
  const roles = row.cells.map((cell) => headerRole(cell));
  const known = roles.filter(Boolean);
  if (known.length < 2 || !(roles.includes('question') || roles.includes('answer'))) return null;
  return roles;
}

export function headerRole(cell: string): ColumnRole | undefined {
  const word = cell.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!word || word.length > 20) return undefined;
  for (const [role, pattern] of HEADER_WORDS) if (pattern.test(word)) return role;
  return undefined;
}
