/** Why a questionnaire cannot be filled, in words the person who uploaded it can act on. */

/**
 * - `unsupported`: not a file type kotae fills (.xls, .xlsm, .pdf, ...).
 * - `unreadable`: damaged, binary, password-protected, or in an unknown text encoding.
 * - `no-questions`: readable, but no sheet has a question column with questions under it.
 * - `too-many-rows`: more question rows than the limit.
 * - `too-large`: more bytes than any questionnaire has.
 * - `over-budget`: a workbook that would expand past a budget (a merge or zip bomb); the reason
 *   is in English and Japanese.
 */
export type FillErrorCode = 'unsupported' | 'unreadable' | 'no-questions' | 'too-many-rows' | 'too-large' | 'over-budget';

/**
 * A questionnaire that cannot be filled. The message starts with the file name and says what to
 * do, so that the CLI, the console and the bot can show it as it is.
 */
export class FillError extends Error {
  override readonly name = 'FillError';

  /**
   * @param code - The kind of problem, for callers that map it (an HTTP status, say).
   * @param file - The file name as the caller gave it.
   * @param reason - What is wrong and what to do, without the file name.
   */
  constructor(
    readonly code: FillErrorCode,
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}
