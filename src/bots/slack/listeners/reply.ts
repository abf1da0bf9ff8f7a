/**
 * What a question in a message or a `/ask` gets back: help for an empty one, how to have a whole
 * checksheet filled (for `/ask ファイル`: a slash command cannot carry a file), the admin reload,
 * a "starting up" note while the first index is still loading (rather than a false "nothing
 * found", which would also land in the unanswered log), or the answer card.
 */
import { buildAnswerMessage, buildNoticeMessage, CARD_RESULTS, MESSAGES, type AnswerCardOptions, type SlackMessage } from '../blocks.js';
import { plainTextFromSlack } from '../mrkdwn.js';
import type { SlackRuntime } from '../runtime.js';
import { isReloadRequest, reloadFor } from './admin.js';

export async function replyToQuestion(
  runtime: SlackRuntime,
  text: string,
  user: string | undefined,
  card: AnswerCardOptions,
): Promise<SlackMessage> {
  const question = plainTextFromSlack(text);
  if (!question) return buildNoticeMessage(MESSAGES.help);
  if (isFileHelpRequest(question)) return buildNoticeMessage(MESSAGES.fileHowTo);
  if (isReloadRequest(question)) return reloadFor(runtime, user);
  if (!runtime.deps.kotae.ready) return buildNoticeMessage(MESSAGES.notReady);
  const result = await runtime.deps.asker.ask(question, 'slack', { top: CARD_RESULTS });
  return buildAnswerMessage(result, { ...card, askExpert: runtime.expertsChannel !== undefined });
}

const FILE_WORDS = new Set(['ファイル', 'file', 'files', 'チェックシート', 'checksheet', 'fill', '記入']);

/**
 * The whole message is one of a few words about files (`/ask ファイル`, `/ask file`). Only the
 * word alone: "ファイルの暗号化はしていますか" is a checksheet question and gets answered.
 */
export function isFileHelpRequest(text: string): boolean {
  const word = text
    .normalize('NFKC')
    .trim()
    .replace(/[。.!！?？]+$/u, '')
    .trim()
    .toLowerCase();
  return FILE_WORDS.has(word);
}
