/**
 * Files people share with the bot: which of them kotae can fill, and downloading one with the bot
 * token. Downloads go only to Slack's file hosts (see hosts.ts), follow redirects only to those,
 * retry a failed connection or a 5xx/429 a bounded number of times, give up after a timeout (the
 * whole download, retries included) and stop reading past a size cap.
 */
import { downloadFile } from '../download.js';
import type { OutboundFetch } from '../outbound.js';
import { isSlackFileUrl } from './hosts.js';

/** Larger than any real checksheet; a bigger file is refused before it is downloaded. */
export const MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024;

/** The whole download, headers to last byte. */
export const DOWNLOAD_TIMEOUT_MS = 60_000;

/** What kotae needs of a Slack file object (message `files[]` or `files.info`). */
export interface SharedFile {
  readonly id: string;
  /** The file name with its extension, as uploaded; empty when Slack did not send one. */
  readonly name: string;
  /** Bytes, as Slack reports them; null when unknown. */
  readonly size: number | null;
  /** `url_private_download` (or `url_private`); null for external files (Google Drive, ...). */
  readonly url: string | null;
  /**
   * Slack sends only the id in some places (Slack Connect, `file_access: check_file_info`, hidden
   * by limits): the rest must be fetched with `files.info`.
   */
  readonly needsInfo: boolean;
}

/** The files of a message event (or of a `files.info` answer), read defensively. */
export function sharedFiles(event: unknown): SharedFile[] {
  const files = isRecord(event) && Array.isArray(event.files) ? event.files : [];
  return files.filter(isRecord).flatMap((file) => {
    const shared = sharedFile(file);
    return shared ? [shared] : [];
  });
}

export function sharedFile(file: unknown): SharedFile | null {
  if (!isRecord(file) || typeof file.id !== 'string' || !file.id) return null;
  const name = typeof file.name === 'string' ? file.name : '';
  const url =
    typeof file.url_private_download === 'string' && file.url_private_download
      ? file.url_private_download
      : typeof file.url_private === 'string' && file.url_private
        ? file.url_private
        : null;
  const external = file.is_external === true || file.mode === 'external';
  return {
    id: file.id,
    name,
    size: typeof file.size === 'number' && Number.isFinite(file.size) ? file.size : null,
    url: external ? null : url,
    needsInfo: !external && (file.file_access === 'check_file_info' || file.mode === 'hidden_by_limit' || !name || !url),
  };
}

export { DOWNLOAD_RETRIES, FileDownloadError, type DownloadErrorCode } from '../download.js';

export interface DownloadOptions {
  readonly token: string;
  /** SLACK_API_URL: its origin may serve files too (a gateway, the tests' stand-in). */
  readonly apiUrl: string | undefined;
  readonly maxBytes?: number;
  readonly timeoutMs?: number;
  /** Through the proxy when there is one (bots/outbound.ts). */
  readonly fetch?: OutboundFetch;
  readonly retryDelayMs?: number;
}

/**
 * Downloads a shared file with `Authorization: Bearer <bot token>`. The token is sent only to
 * Slack's file hosts (or SLACK_API_URL's origin), and each redirect is checked the same way.
 *
 * @throws {@link FileDownloadError}
 */
export async function downloadSharedFile(url: string, options: DownloadOptions): Promise<Uint8Array> {
  return downloadFile(url, {
    allowed: (target) => isSlackFileUrl(target, options.apiUrl),
    refusal: 'not a Slack file URL',
    headers: { authorization: `Bearer ${options.token}` },
    // Without files:read (or access to the file) Slack serves its sign-in page instead.
    webPage: 'Slack answered with a web page, not the file (is the files:read scope granted?)',
    maxBytes: options.maxBytes ?? MAX_DOWNLOAD_BYTES,
    timeoutMs: options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.retryDelayMs !== undefined ? { retryDelayMs: options.retryDelayMs } : {}),
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
