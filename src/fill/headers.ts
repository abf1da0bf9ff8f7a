/**
 * What a questionnaire's header cells say a column is for, from the vendor's side: where the
 * question is, where the vendor answers (a choice such as Yes/No, or free text), and columns that
 * belong to someone else (the assessor's, guidance, scoring). Also the header words that give a
 * sheet away as a change log or a standards crosswalk.
 */
import { isItemNumber } from '../knowledge/cells.js';
import { namesStatusVocabulary } from './status-vocabulary.js';

export type HeaderRole = 'id' | 'question' | 'choice' | 'answer' | 'text' | 'other';

/** Header cells longer than this are sentences (instructions), not column labels. */
export const MAX_HEADER_CHARS = 60;

const ID =
  /^(?:no\.?|#|id|ref\.?|reference|item ?(?:no\.?|#|id)|(?:ques(?:tion)?|control|req(?:uirement)?|sig) ?(?:num(?:ber)?|no\.?|#|id|ref)|項番|番号|項目番号|管理番号|通番|質問番号|設問番号|質問no\.?|設問no\.?|no)$/;

/** Columns the vendor does not fill: the assessor's, guidance, scoring, examples. */
const OTHERS =
  /analyst|assessor|reviewer|auditor|evaluat|reference|guidance|guide|hint|help|instruction|example|scor(?:e|ing)|weight|maturity|risk|finding|評価(?!項目)|審査|判定|確認者|確認欄|記入例|記入要領|記載例|例|ヒント|ガイド|配点|点数|重み|リスク|当社記入|弊社記入|当社使用|弊社使用|委託元|発注者/;

/** Headers that can only mean the questions, even with a word of the assessor's in them (審査項目). */
const NAMED_QUESTION =
  /^(?:質問|設問|確認事項|確認内容|確認項目|チェック項目|要求事項|評価項目|審査項目|質問内容|設問内容|questions?|question\s*\/\s*request)$/;

const QUESTION =
  /質問|設問|確認事項|確認内容|確認項目|チェック項目|要求事項|要件|評価項目|管理策|管理項目|質問内容|question|request|requirement|control (?:statement|question|description)|criteria|^control$|^項目$|^内容$/;

/** A choice column by its header: what is implemented, or a vocabulary named outright. */
const CHOICE =
  /^(?:実施状況|対応状況|対応有無|実施有無|導入状況|整備状況|状況|可否|対応可否|適合|準拠|status|compliance|compliant|implemented|in place|yes\s*\/\s*no|y\s*\/\s*n)$|(?:回答|answer|response)\s*[(（](?:[○〇◯×]|はい|yes|y\/n|選択)/;

/** A generic answer column: a choice when the sheet has a separate free-text column, else free text. */
const ANSWER = /^(?:(?:貴社|御社)\s*)?(?:回答|回答欄|解答)(?:\s*欄)?$|^(?:[a-z][\w-]*\s+){0,3}(?:answers?|responses?)$/;

const TEXT =
  /additional (?:information|info|comments?|details?)|comments?|remarks?|notes?|explanation|details?|implementation description|justification|evidence|補足|備考|回答内容|回答詳細|詳細|説明|具体的|コメント|特記|自由記述|記述|根拠|対応内容|実施内容|対策内容/;

/**
 * The role of one header cell. Order matters: `回答(○/×)` is a choice, `Analyst Comments` is
 * someone else's, `回答内容` is free text.
 */
export function headerRole(cell: string): HeaderRole | null {
  const word = fold(cell);
  if (!word || word.length > MAX_HEADER_CHARS) return null;
  if (ID.test(word)) return 'id';
  if (NAMED_QUESTION.test(word)) return 'question';
  if (OTHERS.test(word) && !CHOICE.test(word)) return 'other';
  if (CHOICE.test(word) || namesStatusVocabulary(cell)) return 'choice';
  if (ANSWER.test(word)) return 'answer';
  if (TEXT.test(word)) return 'text';
  if (QUESTION.test(word)) return 'question';
  return null;
}

/** True for a header that names the vendor's answer, of either kind. */
export function isAnswerRole(role: HeaderRole | null): role is 'choice' | 'answer' | 'text' {
  return role === 'choice' || role === 'answer' || role === 'text';
}

const CHANGE_LOG =
  /^(?:version|ver\.?|rev\.?|revision|date|updated?|change|changes|change description|description of changes?|author|approved by|版|版数|改訂|改訂日|改版|改版日|更新日|日付|変更日|変更内容|改訂内容|変更箇所|更新内容|作成者|更新者|承認者?|変更者)$/;

/** True when a header row reads like a change log's (version, date, change, author...). */
export function isChangeLogHeader(cells: readonly string[]): boolean {
  return cells.filter((cell) => CHANGE_LOG.test(fold(cell))).length >= 2;
}

const STANDARD =
  /\b(?:iso|iec|nist|pci|hipaa|soc ?[12]|cobit|fedramp|gdpr|ccpa|ccm|csa|cis|isms|cmmc|ffiec|hitrust|nydfs|sox|ismap|fisc|dora|nis ?2|800-53|800-171|27001|27002|27017|27018|27701|csf)\b|情報セキュリティ管理基準|管理基準|ガイドライン対応/;

/** True when at least two header cells name standards: a crosswalk, not a questionnaire. */
export function isCrosswalkHeader(cells: readonly string[]): boolean {
  return cells.filter((cell) => cell.length <= MAX_HEADER_CHARS && STANDARD.test(fold(cell))).length >= 2;
}

/** `DOCU-01`, `IAM-02.1`, `A&A-01.1`, `A.1`, `6-30`: what a question-id cell holds. */
export function isQuestionId(cell: string): boolean {
  const text = cell.trim();
  return isItemNumber(text) || /^[a-z][a-z&]{0,7}[-_. ]?\d{1,4}(?:[-_.]\d{1,4}){0,3}[a-z]?\.?$/i.test(text);
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
