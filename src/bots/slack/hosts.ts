/**
 * Where the bot token may travel. A file shared with the bot comes with a URL to download it
 * from (with the token), and an upload goes to a URL Slack hands out: both are absolute URLs we
 * did not choose. The token goes only to Slack itself, over HTTPS, or to the origin SLACK_API_URL
 * names (an API gateway, or the local stand-in the tests run against); anything else gets no
 * token, and a download from anywhere else is refused outright.
 */
import type { webApi } from '@slack/bolt';

/** Slack's Web API host (the default API base is `https://slack.com/api/`). */
const SLACK_API_HOSTS: ReadonlySet<string> = new Set(['slack.com']);

/** Where `url_private` / `url_private_download` point. */
const SLACK_FILE_HOSTS: ReadonlySet<string> = new Set(['files.slack.com']);

/**
 * True when `url` is a place a shared file may be downloaded from with the bot token: HTTPS on
 * one of Slack's file hosts (default port, no credentials in the URL), or the SLACK_API_URL origin.
 */
export function isSlackFileUrl(url: string, apiUrl: string | undefined): boolean {
  return matches(url, SLACK_FILE_HOSTS, apiUrl);
}

/** True when a request to `url` may carry the bot token: Slack's API or file hosts, or SLACK_API_URL's origin. */
export function mayCarryToken(url: string, apiUrl: string | undefined): boolean {
  return matches(url, SLACK_API_HOSTS, apiUrl) || matches(url, SLACK_FILE_HOSTS, apiUrl);
}

/**
 * A Web API client interceptor that removes the Authorization header from requests to anywhere
 * the token may not go. The client sends its token with every request, including the file upload
 * step of `files.uploadV2`, which posts to whatever `upload_url` the API returned.
 */
export function tokenGuard(apiUrl: string | undefined): NonNullable<webApi.WebClientOptions['requestInterceptor']> {
  return (config) => {
    let target: string;
    try {
      target = new URL(config.url ?? '', config.baseURL).href;
    } catch {
      target = '';
    }
    if (!mayCarryToken(target, apiUrl)) removeAuthorization(config.headers);
    return config;
  };
}

function removeAuthorization(headers: unknown): void {
  if (typeof headers !== 'object' || headers === null) return;
  const record = headers as Record<string, unknown> & { delete?: (name: string) => unknown };
  // axios keeps headers in an AxiosHeaders object (case-insensitive delete); plain objects too.
  if (typeof record.delete === 'function') record.delete('Authorization');
  for (const key of Object.keys(record)) if (key.toLowerCase() === 'authorization') delete record[key];
}

function matches(url: string, hosts: ReadonlySet<string>, apiUrl: string | undefined): boolean {
  const parsed = parse(url);
  if (!parsed || parsed.username || parsed.password) return false;
  if (parsed.protocol === 'https:' && parsed.port === '' && hosts.has(parsed.hostname)) return true;
  const api = apiUrl ? parse(apiUrl) : null;
  return api !== null && parsed.origin === api.origin;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
