/**
 * Files in a Teams personal chat: which attachments are files sent to the bot, downloading one
 * (only from SharePoint/OneDrive or the Bot Connector that sent the activity), holding a filled copy
 * until the person accepts the file consent card, and uploading it to the URL Teams then gives.
 */
import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';
import { downloadFile, FileDownloadError, hostOf, reason } from '../download.js';

/** Larger than any real checksheet; a bigger file is refused before or while it is downloaded. */
export const MAX_TEAMS_FILE_BYTES = 10 * 1024 * 1024;
const TRANSFER_TIMEOUT_MS = 60_000;

/** How Teams describes a file a person sent to the bot in a personal chat. */
export const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

/** Where Teams keeps files: SharePoint and OneDrive for Business, in each Microsoft cloud. */
const FILE_HOST_SUFFIXES = ['.sharepoint.com', '.sharepoint.us', '.sharepoint-mil.us', '.sharepoint.cn'] as const;

/** A file attached to a message. */
export interface TeamsFile {
  readonly name: string;
  readonly url: string;
}

/**
 * The files of a message: Teams' file download info (personal chats), or any named attachment
 * with a content URL (the Bot Framework Emulator, Web Chat). Cards, pasted images and the HTML
 * copy of the message text are not files.
 */
export function sharedTeamsFiles(activity: Partial<Activity>): TeamsFile[] {
  return (activity.attachments ?? []).flatMap((attachment): TeamsFile[] => {
    const type = attachment.contentType ?? '';
    const content: unknown = attachment.content;
    if (type === FILE_DOWNLOAD_INFO) {
      const url =
        typeof content === 'object' && content !== null && 'downloadUrl' in content && typeof content.downloadUrl === 'string'
          ? content.downloadUrl
          : '';
      return url && attachment.name ? [{ name: attachment.name, url }] : [];
    }
    // Pasted images come with a question; they are not questionnaires to fill.
    if (
      /^(?:text|image)\//.test(type) ||
      type.startsWith('application/vnd.microsoft.card.') ||
      type.startsWith('application/vnd.microsoft.teams.card.')
    )
      return [];
    return attachment.contentUrl && attachment.name ? [{ name: attachment.name, url: attachment.contentUrl }] : [];
  });
}

/**
 * True when a file may be fetched from (or uploaded to) `url`: HTTPS on SharePoint/OneDrive, or the
 * origin of the Bot Connector the activity came from (the local stand-in, in tests and trials).
 */
export function isTeamsFileUrl(url: string, serviceUrl: string): boolean {
  const target = parse(url);
  if (!target || target.username || target.password) return false;
  if (target.protocol === 'https:' && target.port === '' && FILE_HOST_SUFFIXES.some((suffix) => target.hostname.endsWith(suffix)))
    return true;
  const service = parse(serviceUrl);
  return service !== null && target.origin === service.origin;
}

/**
 * Downloads a file sent to the bot. No credentials are sent: Teams' download URLs are
 * pre-authorised for a short while.
 *
 * @throws {@link FileDownloadError}
 */
export function downloadTeamsFile(url: string, serviceUrl: string): Promise<Uint8Array> {
  return downloadFile(url, {
    allowed: (target) => isTeamsFileUrl(target, serviceUrl),
    refusal: 'not a SharePoint/OneDrive or Bot Connector URL',
    webPage: 'SharePoint answered with a web page, not the file (the download link may have expired)',
    maxBytes: MAX_TEAMS_FILE_BYTES,
    timeoutMs: TRANSFER_TIMEOUT_MS,
  });
}

/**
 * Puts the whole file into the upload session Teams opened when the person accepted the consent
 * card (one request; OneDrive takes up to 60 MB that way).
 *
 * @throws {@link FileDownloadError} `refused-host` for a URL not on an allowed host, `http` or
 *   `network` when the upload fails.
 */
export async function uploadToConsentUrl(uploadUrl: string, bytes: Uint8Array, serviceUrl: string): Promise<void> {
  const host = hostOf(uploadUrl);
  if (!isTeamsFileUrl(uploadUrl, serviceUrl))
    throw new FileDownloadError('refused-host', `not a SharePoint/OneDrive upload URL (${host}): not uploaded`, host);
  let response: Response;
  try {
    response = await fetch(uploadUrl, {
      method: 'PUT',
      headers: { 'content-range': `bytes 0-${bytes.byteLength - 1}/${bytes.byteLength}`, 'content-type': 'application/octet-stream' },
      // A copy over exactly these bytes: fetch takes an ArrayBuffer-backed view.
      body: new Uint8Array(bytes),
      redirect: 'error',
      signal: AbortSignal.timeout(TRANSFER_TIMEOUT_MS),
    });
  } catch (error) {
    throw new FileDownloadError('network', `upload failed: ${reason(error)}`, host);
  }
  await response.body?.cancel().catch(() => undefined);
  if (!response.ok) throw new FileDownloadError('http', `upload failed: HTTP ${response.status}`, host);
}

export interface PendingUpload {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

export interface PendingUploadsOptions {
  /** How long a filled copy waits for the person to accept the consent card. */
  readonly ttlMs?: number;
  /** Bound on memory: the oldest copies are dropped first. */
  readonly maxBytes?: number;
  readonly now?: () => number;
}

/**
 * Filled copies waiting for the person to accept the file consent card. Kept in this process's
 * memory: behind a load balancer, the accept must reach the same replica (or the person sends the
 * file again).
 */
export class PendingUploads {
  private readonly entries = new Map<string, PendingUpload & { readonly expires: number }>();
  private readonly ttlMs: number;
  private readonly maxBytes: number;
  private readonly now: () => number;

  constructor(options: PendingUploadsOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60 * 60_000;
    this.maxBytes = options.maxBytes ?? 200 * 1024 * 1024;
    this.now = options.now ?? Date.now;
  }

  /** Keeps a copy and returns the id the consent card carries. */
  put(upload: PendingUpload, id: string = randomUUID()): string {
    this.sweep();
    this.entries.set(id, { ...upload, expires: this.now() + this.ttlMs });
    let total = [...this.entries.values()].reduce((sum, entry) => sum + entry.bytes.byteLength, 0);
    for (const [key, entry] of this.entries) {
      if (total <= this.maxBytes || key === id) break;
      this.entries.delete(key);
      total -= entry.bytes.byteLength;
    }
    return id;
  }

  /** The copy for an id, removed from the store; null when it expired or never existed. */
  take(id: string): PendingUpload | null {
    this.sweep();
    const entry = this.entries.get(id);
    this.entries.delete(id);
    return entry ? { fileName: entry.fileName, bytes: entry.bytes } : null;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expires <= now) this.entries.delete(key);
  }
}

function parse(url: string): URL | null {
  return URL.canParse(url) ? new URL(url) : null;
}
