/**
 * Downloading a file someone shared with a chat bot, from a URL the chat service handed over:
 * only from the hosts the adapter allows (each redirect checked again, so that a credential never
 * follows one elsewhere), retrying a failed connection or a 5xx/429 a bounded number of times,
 * within a timeout (the whole download, retries included), and never reading past a size cap.
 */
import type { OutboundFetch } from './outbound.js';

const MAX_REDIRECTS = 3;

/** Attempts after the first when the file host fails to connect or answers 5xx/429. */
export const DOWNLOAD_RETRIES = 2;
const RETRY_DELAY_MS = 500;
const RETRY_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * - `refused-host`: the URL is not on a host the adapter allows; nothing was sent.
 * - `too-large`: over the cap (declared or while reading).
 * - `not-a-file`: the service answered with a web page (a sign-in page: no access to the file).
 * - `http`: another HTTP status, a redirect loop, or a redirect to a host not allowed.
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

export interface DownloadPolicy {
  /** True for a URL the file may come from (and the headers may go to). */
  allowed(url: string): boolean;
  /** What a refused URL is called in the error (`not a Slack file URL`). */
  readonly refusal: string;
  /** Sent with each request, credentials included: only ever to allowed URLs. */
  readonly headers?: Readonly<Record<string, string>>;
  /** What an HTML answer means for this service, said in the `not-a-file` error. */
  readonly webPage: string;
  readonly maxBytes: number;
  readonly timeoutMs: number;
  /** Through the proxy when there is one (bots/outbound.ts); the global fetch otherwise. */
  readonly fetch?: OutboundFetch;
  /** First wait before a retry (doubled each time). */
  readonly retryDelayMs?: number;
}

/**
 * Downloads a file, following at most three redirects, each to an allowed URL.
 *
 * @throws {@link FileDownloadError}
 */
export async function downloadFile(url: string, policy: DownloadPolicy): Promise<Uint8Array> {
  const signal = AbortSignal.timeout(policy.timeoutMs);
  const send = policy.fetch ?? fetch;
  const retryDelayMs = policy.retryDelayMs ?? RETRY_DELAY_MS;
  let target = url;
  let retries = 0;
  let hops = 0;
  for (;;) {
    const host = hostOf(target);
    if (!policy.allowed(target)) throw new FileDownloadError('refused-host', `${policy.refusal} (${host}): not downloaded`, host);
    let response: Response;
    try {
      // Redirects are followed by hand below, so that no header follows one to a host not allowed.
      response = await send(target, { headers: { ...policy.headers }, redirect: 'manual', signal });
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
      if (!location || hops++ >= MAX_REDIRECTS)
        throw new FileDownloadError('http', `download redirected ${location ? 'too often' : 'nowhere'} (HTTP ${response.status})`, host);
      target = new URL(location, target).href;
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FileDownloadError('http', `download failed: HTTP ${response.status}`, host);
    }
    if ((response.headers.get('content-type') ?? '').toLowerCase().startsWith('text/html')) {
      await response.body?.cancel().catch(() => undefined);
      throw new FileDownloadError('not-a-file', policy.webPage, host);
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > policy.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw new FileDownloadError('too-large', `file larger than ${policy.maxBytes} bytes`, host);
    }
    return readCapped(response, policy.maxBytes, host);
  }
}

/** Waits before a retry; a timeout during the wait ends the download with the timeout's reason. */
async function pause(ms: number, signal: AbortSignal, host: string): Promise<void> {
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(signal.reason);
        },
        { once: true },
      );
    });
  } catch (error) {
    throw new FileDownloadError('network', `download failed: ${reason(error)}`, host);
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

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(not a URL)';
  }
}

export function reason(error: unknown): string {
  if (error instanceof Error) return error.name === 'TimeoutError' || error.name === 'AbortError' ? 'timed out' : error.message;
  return String(error);
}
