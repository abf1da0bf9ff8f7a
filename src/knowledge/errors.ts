/**
 * Errors raised while reading knowledge files. They carry the file apart from the message so
 * that callers can turn them into a `LoadWarning` without parsing text.
 */

/**
 * A knowledge file that cannot be used. `message` says what is wrong and what the admin can do
 * about it, without repeating the file name (that is in `file`).
 */
export class KnowledgeFileError extends Error {
  override readonly name = 'KnowledgeFileError';

  /**
   * @param file - The file as the caller named it (usually relative to the knowledge folder).
   * @param message - What is wrong and what to do, in words an admin can act on.
   */
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}
