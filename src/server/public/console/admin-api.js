// @ts-check
// The admin API as the admin view calls it: the token (kept in sessionStorage, for this tab only)
// sent as a bearer token, and the answers that mean the token is wrong or admin is off.
import { $, readJson } from './dom.js';

const TOKEN_KEY = 'kotae.adminToken';

/** How the surfaces a question came from are named. */
export const CHANNEL = { web: 'Web', api: 'API', cli: 'CLI', slack: 'Slack', teams: 'Teams' };

/** @param {string} channel */
export function channelName(channel) {
  return CHANNEL[/** @type {keyof typeof CHANNEL} */ (channel)] ?? channel;
}

const adminPanel = $('admin-panel');
const tokenInput = /** @type {HTMLInputElement} */ ($('token'));
const TOKEN_PLACEHOLDER = tokenInput.placeholder;

export function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** @param {string} token */
export function storeToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  adminPanel.hidden = true;
  tokenInput.placeholder = TOKEN_PLACEHOLDER;
}

/**
 * Calls an admin endpoint; a JSON `body` is sent as such. Throws, with what to do, when the token
 * is wrong (401, and forgets it) or the server has no admin token (404).
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [init]
 * @returns {Promise<{ response: Response, body: any }>}
 */
export async function adminFetch(path, init = {}) {
  /** @type {Record<string, string>} */
  const headers = { authorization: `Bearer ${storedToken()}` };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    cache: 'no-store',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (response.status === 401) {
    forgetToken();
    throw new Error('トークンが正しくありません。サーバーの KOTAE_ADMIN_TOKEN と同じ値を入力してください。');
  }
  const body = await readJson(response);
  // Without an admin token the admin routes do not exist; an unknown escalation is a 404 of its own.
  if (response.status === 404 && /^no such endpoint/.test(body?.error ?? '')) {
    adminPanel.hidden = true;
    throw new Error('このサーバーでは管理機能が無効です (KOTAE_ADMIN_TOKEN が設定されていません)。');
  }
  return { response, body };
}
