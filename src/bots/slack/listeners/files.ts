/**
 * A checksheet shared with the bot (a file in a DM, or attached to a mention) comes back filled
 * in the message's thread: kotae says it is on it, downloads the file with the bot token (from
 * Slack only), fills every question row from the knowledge, and uploads the filled copy with a
 * summary and the rows to check. The fill goes through `kotae.ask` directly, not the asker: the
 * rows of a customer's file are not questions people asked, and must not fill the unanswered log.
 */
import { webApi } from '@slack/bolt';
import { FillError, questionnaireFormat, SlotsFull, type FillResult } from '../../../fill/index.js';
import { buildFillComment, buildNoticeMessage, MESSAGES, type SlackMessage } from '../blocks.js';
import { downloadSharedFile, FileDownloadError, MAX_DOWNLOAD_BYTES, sharedFile, type SharedFile } from '../files.js';
import { createBoltLogger, describeError } from '../logger.js';
import { mrkdwn } from '../mrkdwn.js';
import { webClientOptions } from '../receivers.js';
import type { SlackRuntime } from '../runtime.js';

/** Uploading a filled workbook of several MB takes longer than an API call may. */
const UPLOAD_TIMEOUT_MS = 120_000;

export interface IncomingFiles {
  readonly via: 'mention' | 'dm';
  readonly channel: string;
  readonly user: string | undefined;
  /** The thread the replies and the filled file go into (the file's own message, or its thread). */
  readonly threadTs: string;
  readonly files: readonly SharedFile[];
}

/**
 * Handles the files of one message and says what became of each. Resolves to false when none of
 * them is (or may be) a questionnaire kotae fills, so that the caller can still answer the
 * message's text as a question (a screenshot sent with a question, say).
 */
export type FileFiller = (client: webApi.WebClient, incoming: IncomingFiles) => Promise<boolean>;

export function createFileFiller(runtime: SlackRuntime): FileFiller {
  const { config } = runtime.deps;
  const token = config.SLACK_BOT_TOKEN ?? '';
  const apiUrl = config.SLACK_API_URL;
  // Its own client only for the longer timeout; same API base, retries and token guard.
  const uploader = new webApi.WebClient(token, {
    ...webClientOptions(apiUrl, runtime.outbound.agent),
    timeout: UPLOAD_TIMEOUT_MS,
    logger: createBoltLogger(runtime.logger),
  });

  return async (client, incoming) => {
    const post = async (message: SlackMessage) => {
      await client.chat.postMessage({
        channel: incoming.channel,
        thread_ts: incoming.threadTs,
        text: message.text,
        blocks: message.blocks,
        unfurl_links: false,
        unfurl_media: false,
      });
    };
    const notice = (text: string) => post(buildNoticeMessage(text));
    const fail = (what: string, error: unknown) => {
      runtime.logger.error(
        { event: 'slack_error', via: incoming.via, step: what, error: describeError(error) },
        'could not fill a shared file',
      );
    };

    try {
      const looked = await Promise.all(incoming.files.map((file) => (file.needsInfo ? fileInfo(client, file, runtime) : file)));
      const files = looked.filter((file): file is SharedFile => file !== null);
      if (files.length < looked.length) await notice(MESSAGES.fillDownloadFailed);
      const refused: string[] = [];
      const fillable: SharedFile[] = [];
      for (const file of files) {
        try {
          questionnaireFormat(file.name || file.id);
          fillable.push(file);
        } catch (error) {
          if (!(error instanceof FillError)) throw error;
          refused.push(`• ${mrkdwn(error.message, 300)}`);
        }
      }
      if (refused.length > 0) {
        const lead =
          fillable.length > 0
            ? '次のファイルには記入できません。 (These files cannot be filled.)'
            : 'チェックシートとして記入できるのは .xlsx・.xlsm・.csv・.tsv のファイルです。 (kotae fills .xlsx, .xlsm, .csv and .tsv files.)';
        await notice(`${lead}\n${refused.join('\n')}`);
      }
      if (fillable.length === 0) return files.length < looked.length;
      if (!runtime.deps.kotae.ready) {
        await notice(MESSAGES.notReady);
        return true;
      }
      await notice(MESSAGES.fillReceived);

      for (const file of fillable) {
        const name = file.name || file.id;
        const log = { event: 'slack_fill', via: incoming.via, user: incoming.user ?? null, channel: incoming.channel, file_id: file.id };
        if (file.size !== null && file.size > MAX_DOWNLOAD_BYTES) {
          runtime.logger.info({ ...log, outcome: 'too-large', size: file.size }, 'shared file refused: too large');
          await notice(tooLarge(name));
          continue;
        }
        if (!file.url) {
          runtime.logger.info({ ...log, outcome: 'external' }, 'shared file is not stored in Slack');
          await notice(MESSAGES.fillExternal);
          continue;
        }

        let bytes: Uint8Array;
        try {
          bytes = await downloadSharedFile(file.url, { token, apiUrl, fetch: runtime.outbound.fetch });
        } catch (error) {
          if (!(error instanceof FileDownloadError)) throw error;
          const level = error.code === 'refused-host' ? 'warn' : 'error';
          runtime.logger[level](
            {
              ...log,
              event: error.code === 'refused-host' ? 'slack_file_refused' : 'slack_file_download_failed',
              code: error.code,
              host: error.host,
              error: error.message,
            },
            'could not download a shared file',
          );
          await notice(error.code === 'too-large' ? tooLarge(name) : MESSAGES.fillDownloadFailed);
          continue;
        }

        const started = Date.now();
        let result: FillResult;
        try {
          // The same slots as the web upload: a burst of shared files must not take the server down.
          result = await runtime.deps.fills.fill('slack', bytes, name);
        } catch (error) {
          if (error instanceof SlotsFull) {
            runtime.logger.warn({ ...log, outcome: 'busy' }, 'shared file not filled: too many fills at once');
            await notice(MESSAGES.fillBusy);
            continue;
          }
          if (!(error instanceof FillError)) throw error;
          runtime.logger.info({ ...log, outcome: error.code }, 'shared file could not be filled');
          await notice(`⚠️ チェックシートに記入できませんでした。 (Could not fill this file.)\n${mrkdwn(error.message, 1000)}`);
          continue;
        }

        try {
          await uploader.files.uploadV2({
            channel_id: incoming.channel,
            thread_ts: incoming.threadTs,
            file: Buffer.from(result.bytes.buffer, result.bytes.byteOffset, result.bytes.byteLength),
            filename: result.fileName,
            title: result.fileName,
            initial_comment: buildFillComment(result),
          });
        } catch (error) {
          fail('upload', error);
          await notice(MESSAGES.fillUploadFailed);
          continue;
        }
        const { summary } = result;
        runtime.logger.info(
          {
            ...log,
            outcome: 'filled',
            rows: summary.rows,
            answered: summary.answered,
            to_check: summary.toCheck,
            status_proposed: summary.statusProposed,
            cells_written: summary.cellsWritten,
            took_ms: Date.now() - started,
          },
          'shared checksheet filled',
        );
      }
      return true;
    } catch (error) {
      fail('fill', error);
      await notice(MESSAGES.apology).catch((apologyError: unknown) => fail('apology', apologyError));
      return true;
    }
  };
}

/** Where Slack sent only the id (Slack Connect, hidden files): `files.info` has the rest. */
async function fileInfo(client: webApi.WebClient, file: SharedFile, runtime: SlackRuntime): Promise<SharedFile | null> {
  try {
    const response = await client.files.info({ file: file.id });
    const looked = sharedFile(response.file);
    if (looked?.name) return looked;
    runtime.logger.warn({ event: 'slack_error', step: 'files.info', file_id: file.id }, 'files.info did not describe a shared file');
  } catch (error) {
    runtime.logger.warn(
      { event: 'slack_error', step: 'files.info', file_id: file.id, error: describeError(error) },
      'could not look up a shared file',
    );
  }
  return null;
}

function tooLarge(name: string): string {
  return `ファイルが大きすぎます（上限 ${MAX_DOWNLOAD_BYTES / 1024 / 1024} MB）: ${mrkdwn(name, 200)}。分けて送ってください。 (The file is over the 10 MB limit; split it and share the parts.)`;
}
