/**
 * The answering core's public result shapes. They are the CLI's `--json` contract and the HTTP
 * API's body, so field names are snake_case where the contract says so and must stay stable.
 */

export interface AnswerSource {
  readonly file: string;
  readonly collection: string;
  readonly sheet: string | null;
  readonly section: string;
  readonly item: string;
  readonly line: number;
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
  /** Human citation: `jinjer.txt › 運用管理 › No.35`. */
  readonly citation: string;
  readonly source: AnswerSource;
}

export interface AskResult {
  readonly question: string;
  /** False means "no confident answer": `results` then holds the nearest candidates. */
  readonly answered: boolean;
  readonly took_ms: number;
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
}
