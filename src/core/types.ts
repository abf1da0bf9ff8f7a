/**
 * The answering core's public result shapes. They are the CLI's `--json` contract and the HTTP
 * API's body, so field names are snake_case where the contract says so and must stay stable.
 */
import type { MatchFeatures } from '../search/ranking.js';

export interface AnswerSource {
  readonly file: string;
  readonly collection: string;
  readonly sheet: string | null;
  readonly section: string;
  readonly item: string;
  readonly line: number;
  /** Who answers for the item (the file's `担当部署` / `owner` / `回答者` column), when it says. */
  readonly owner?: string;
  /**
   * When the item was last checked: the file's review-date column (`最終確認日`, `更新日`, `登録日`),
   * else the file's modification time; `2025-03-15`, or `2025-03` when the file names only the month.
   */
  readonly reviewed?: string;
  /** True when `reviewed` is older than KOTAE_REVIEW_MONTHS: the answer is due for review. */
  readonly stale?: boolean;
}

/** A security control of the catalogue, as results name it. */
export interface ControlRef {
  /** Stable id keyed to ISO/IEC 27002:2022 (`8.5-mfa`). */
  readonly id: string;
  readonly label: string;
  readonly label_en: string;
}

/**
 * The confident answers to one question disagree across files (one says ○, another ×; 3年 and 1年;
 * TLS 1.2 and 1.0): surfaces show it instead of letting one silently win.
 */
export interface AnswerConflict {
  /** For people: 「ファイル間で回答が異なります」. */
  readonly message: string;
  readonly message_en: string;
  /** How they disagree: `回答状況が異なります: ○ / × (status differs)`. */
  readonly reason: string;
  /** The citations of the answers that disagree, the first result's first. */
  readonly items: readonly string[];
}

/** Why a question got no confident answer, when kotae can tell. */
export interface UnansweredReason {
  /** `control_not_in_knowledge`: the question is about a control no item answers; `item_not_found`: it named an item number that does not exist. */
  readonly code: 'control_not_in_knowledge' | 'item_not_found';
  readonly controls: readonly ControlRef[];
  /** For people, in Japanese (「この項目（物理的入退管理）の回答はナレッジにありません」). */
  readonly message: string;
  readonly message_en: string;
}

export interface RankedAnswer {
  readonly rank: number;
  readonly score: number;
  /** In [0, 1]; `answered` is true when the first result's confidence reaches the threshold. */
  readonly confidence: number;
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly status: string;
  readonly remarks: string;
  /** Query terms (after normalisation and synonym expansion) that this item matched. */
  readonly matched: readonly string[];
  /** The security controls this item was matched on, strongest first. */
  readonly controls: readonly ControlRef[];
  /** Human citation: `jinjer.txt › 運用管理 › No.35`. */
  readonly citation: string;
  readonly source: AnswerSource;
  /** With `explain`: the match features the rank and confidence were made of. */
  readonly features?: MatchFeatures;
}

export interface AskResult {
  readonly question: string;
  /** False means "no confident answer": `results` then holds the nearest candidates. */
  readonly answered: boolean;
  readonly took_ms: number;
  /** Present only when unanswered and the question itself tells why. */
  readonly reason?: UnansweredReason;
  /** Present when the confident answers come from different files and disagree. */
  readonly conflict?: AnswerConflict;
  /** The security controls the question is about, strongest first; absent when it names none. */
  readonly question_controls?: readonly ControlRef[];
  readonly results: readonly RankedAnswer[];
  /**
   * Present when the question was not searched as it is (longer than `MAX_QUESTION_CHARS`: only its
   * start was), in Japanese and English, for the surface to show beside the answer.
   */
  readonly note?: string;
}

export interface AskOptions {
  /** How many results to return (default 5). */
  readonly top?: number;
  /** Only items whose collection is this folder or below it. */
  readonly collection?: string;
  /** Include each result's match features (for admins asking "why this answer?"). */
  readonly explain?: boolean;
}
