/**
 * Files people share with the bot: which of them kotae can fill, and downloading one with the bot
 * token. Downloads go only to Slack's file hosts (see hosts.ts), follow redirects only to those,
 * retry a failed connection or a 5xx/429 a bounded number of times, give up after a timeout (the
 * whole download, retries included) and stop reading past a size cap.
 */
import type { OutboundFetch } from '../outbound.js';
import { isSlackFileUrl } from './hosts.js';

/** Larger than any real checksheet; a bigger file is refused before it is downloaded. */
export const MAX_DOWNLOAD_BYTES = 10 * 1024 * 1024;

/** The whole download, headers to last byte. */
export const DOWNLOAD_TIMEOUT_MS = 60_000;

const MAX_REDIRECTS = 3;

/** Attempts after the first when Slack's file host fails to connect or answers 5xx/429. */
export const DOWNLOAD_RETRIES = 2;
const RETRY_DELAY_MS = 500;
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

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
  const url = typeof file.url_private_download === 'string' && file.url_private_download
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

/**
 * - `refused-host`: the URL is not one of Slack's file hosts; nothing was sent.
 * - `too-large`: over the cap (declared or while reading).
 * - `not-a-file`: Slack answered with a web page (the app lacks `files:read`, or cannot see the file).
 * - `http`: another HTTP status, a redirect loop, or a redirect off Slack.
 * - `network`: no answer, or the timeout passed.
 */
export type DownloadErrorCode = 'refused-host' | 'too-large' | 'not-a-file' | 'http' | 'network';

export class FileDownloadError extends Error {
  override readonly name = 'FileDownloadError';
  constructor(
    readonly code: DownloadErrorCode,
    message: string,
    /** Host of the URL involved, for the log (never the path, never a token). */
    readonly host: string,
  ) {
    super(message);
  }
}

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
  const maxBytes = options.maxBytes ?? MAX_DOWNLOAD_BYTES;
  const signal = AbortSignal.timeout(options.timeoutMs ?? DOWNLOAD_TIMEOUT_MS);
  const send = options.fetch ?? fetch;
  const retryDelayMs = options.retryDelayMs ?? RETRY_DELAY_MS;
  let target = url;
  let retries = 0;
  let hops = 0;
  for (;;) {
    const host = hostOf(target);
    if (!isSlackFileUrl(target, options.apiUrl)) {
      throw new FileDownloadError('refused-host', `not a Slack file URL (${host}): not downloaded`, host);
    }
    let response: Response;
    try {
      response = await send(target, {
        headers: { authorization: `Bearer ${options.token}` },
        // Followed by hand below, so that the token never follows a redirect off Slack.
        redirect: 'manual',
        signal,
      });
    } catch (error) {
      if (!signal.aborted && retries < DOWNLOAD_RETRIES) {
        await pause(retryDelayMs * 2 ** retries++, signal, host);
        continue;
      }
      throw new FileDownloadError('network', `download failed: ${reason(signal.aborted ? signal.reason : error)}`, host);
    }
    if (RETRY_STATUSES.has(response.status) && retries < DOWNLOAD_RETRIES) {
      await response.body?.cancel().catch(() => undefined);
      await pause(retryDelayMs * 2 ** retries++, signal, host);
      continue;
    }
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get('location');
      if (!location || hops++ >= MAX_REDIRECTS) throw new FileDownloadError('http', `download redirected ${location ? 'too often' : 'nowhere'} (HTTP ${response.status})`, host);
      target = new URL(location, target).href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FileDownloadError('http', `download failed: HTTP ${response.status}`, host);
    }
    // Without files:read (or access to the file) Slack serves its sign-in page instead.
    if ((response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')) {
      await response.body?.cancel().catch(() => undefined);
      throw new FileDownloadError('not-a-file', 'Slack answered with a web page, not the file (is the files:read scope granted?)', host);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FileDownloadError('too-large', `file larger than ${maxBytes} bytes`, host);
    }
    return readCapped(response, maxBytes, host);
  }
}

async function readCapped(response: Response, maxBytes: number, host: string): Promise<Uint8Array> {
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new FileDownloadError('too-large', `file larger than ${maxBytes} bytes`, host);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof FileDownloadError) throw error;
    throw new FileDownloadError('network', `download failed: ${reason(error)}`, host);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

/** Waits before a retry; a timeout during the wait ends the download with the timeout's reason. */
async function pause(ms: number, signal: AbortSignal, host: string): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason);
      }, { once: true });
    });
  } catch (error) {
    throw new FileDownloadError('network', `download failed: ${reason(error)}`, host);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}

function reason(error: unknown): string {
  if (error instanceof Error) return error.name === 'TimeoutError' || error.name === 'AbortError' ? 'timed out' : error.message;
  return String(error);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
