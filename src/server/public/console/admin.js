// @ts-check
// The admin view (#admin): with the admin token, the knowledge status, the unanswered questions
// and a reload button. The token stays in sessionStorage for this tab only.
import { $, formatDate, h, readJson, showMessage } from './dom.js';

const TOKEN_KEY = 'kotae.adminToken';
const CHANNEL = { web: 'Web', api: 'API', cli: 'CLI', slack: 'Slack', teams: 'Teams' };

const adminMessage = $('admin-message');
const adminPanel = $('admin-panel');
const tokenInput = /** @type {HTMLInputElement} */ ($('token'));
const TOKEN_PLACEHOLDER = tokenInput.placeholder;

function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  adminPanel.hidden = true;
  tokenInput.placeholder = TOKEN_PLACEHOLDER;
}

function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * @param {string} path
 * @param {RequestInit} [init]
 */
async function adminFetch(path, init = {}) {
  const response = await fetch(path, { ...init, cache: 'no-store', headers: { authorization: `Bearer ${storedToken()}` } });
  if (response.status === 401) {
    forgetToken();
    throw new Error('トークンが正しくありません。サーバーの KOTAE_ADMIN_TOKEN と同じ値を入力してください。');
  }
  if (response.status === 404) {
    adminPanel.hidden = true;
    throw new Error('このサーバーでは管理機能が無効です (KOTAE_ADMIN_TOKEN が設定されていません)。');
  }
  return { response, body: await readJson(response) };
}

/** Loads the status and the unanswered questions, when a token is stored. */
export async function showAdmin() {
  if (!storedToken()) {
    adminPanel.hidden = true;
    return;
  }
  try {
    const [{ body: status }, { body: unanswered }] = await Promise.all([adminFetch('api/admin/status'), adminFetch('api/admin/unanswered?limit=50')]);
    renderStatus(status);
    renderUnanswered(unanswered?.entries ?? []);
    adminPanel.hidden = false;
    tokenInput.placeholder = '接続済み（別のトークンを使うときだけ入力）';
  } catch (error) {
    showMessage(adminMessage, error instanceof Error && error.message ? error.message : '状態を取得できませんでした。', 'error');
  }
}

/** @param {any} status - `GET /api/admin/status` */
function renderStatus(status) {
  const last = status.lastReload;
  const lastText = last ? `${last.ok ? '成功' : '失敗'}（${formatDate(last.finishedAt)}・${last.tookMs} ms）${last.ok ? '' : `: ${last.error}`}` : '—';
  /** @type {Array<[string, string, string?]>} */
  const rows = [
    ['状態', status.ready ? '回答できます' : '読み込み中', status.ready ? 'pill-ok' : 'pill-ng'],
    ['項目数', `${status.items} 項目`],
    ['ファイル数', `${status.files.length} ファイル`],
    ['読み込み日時', formatDate(status.loadedAt)],
    ['インデックスのバージョン', String(status.version)],
    ['最後の再読み込み', lastText, last && !last.ok ? 'pill-ng' : ''],
    ['自動再読み込み', status.watching ? '有効 (KNOWLEDGE_WATCH)' : '無効'],
    ['ナレッジフォルダ', status.dir],
  ];
  $('status-summary').replaceChildren(...rows.flatMap(([term, value, cls]) => [h('dt', { text: term }), h('dd', { class: cls || null, text: value })]));

  /** @type {Array<{ file: string, items: number }>} */
  const files = status.files;
  $('files-body').replaceChildren(
    ...(files.length
      ? files.map((f) => h('tr', {}, h('td', { text: f.file }), h('td', { class: 'num', text: String(f.items) })))
      : [h('tr', {}, h('td', { colspan: 2, class: 'empty', text: 'ファイルがありません' }))]),
  );

  /** @type {Array<{ file: string, message: string }>} */
  const warnings = status.warnings;
  $('warning-count').textContent = `(${warnings.length})`;
  $('warnings').replaceChildren(
    ...(warnings.length
      ? warnings.map((w) => h('li', {}, h('strong', { text: w.file }), `: ${w.message}`))
      : [h('li', { class: 'empty', text: '警告はありません' })]),
  );
}

/** @param {Array<{ at: string, channel: keyof typeof CHANNEL, question: string, nearestId: string | null, nearestConfidence: number | null }>} entries */
function renderUnanswered(entries) {
  $('unanswered-body').replaceChildren(
    ...(entries.length
      ? entries.map((e) =>
          h(
            'tr',
            {},
            h('td', { text: formatDate(e.at) }),
            h('td', { text: CHANNEL[e.channel] ?? e.channel }),
            h('td', { text: e.question }),
            h('td', { text: e.nearestId ? `${e.nearestId}（${Math.round((e.nearestConfidence ?? 0) * 100)}%）` : '—' }),
          ),
        )
      : [h('tr', {}, h('td', { colspan: 4, class: 'empty', text: 'まだありません' }))]),
  );
}

/**
 * Wires the admin view to the page.
 * @param {() => Promise<void>} onReloaded - Refreshes what the rest of the page shows of the knowledge.
 */
export function setUpAdmin(onReloaded) {
  $('token-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      showMessage(adminMessage, 'トークンを入力してください。', 'error');
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    tokenInput.value = '';
    showMessage(adminMessage, '');
    await showAdmin();
  });

  $('forget-token').addEventListener('click', () => {
    forgetToken();
    showMessage(adminMessage, 'トークンを消去しました。');
  });

  $('refresh-button').addEventListener('click', () => {
    showMessage(adminMessage, '');
    void showAdmin();
  });

  const reloadButton = /** @type {HTMLButtonElement} */ ($('reload-button'));
  reloadButton.addEventListener('click', async () => {
    reloadButton.disabled = true;
    reloadButton.textContent = '再読み込み中…';
    showMessage(adminMessage, 'ナレッジを再読み込みしています。その間も以前のナレッジで回答を続けます。');
    try {
      const { response, body } = await adminFetch('api/admin/reload', { method: 'POST' });
      if (response.ok && body?.ok) {
        const s = body.status;
        showMessage(adminMessage, `再読み込みが完了しました: ${s.files.length} ファイル・${s.items} 項目（バージョン ${s.version}、警告 ${s.warnings.length} 件）`, 'success');
      } else {
        showMessage(adminMessage, `再読み込みに失敗しました。以前のナレッジで回答を続けています。理由: ${body?.error ?? `HTTP ${response.status}`}`, 'error');
      }
      await Promise.all([showAdmin(), onReloaded()]);
    } catch (error) {
      showMessage(adminMessage, error instanceof Error && error.message ? error.message : '再読み込みを実行できませんでした。', 'error');
    } finally {
      reloadButton.disabled = false;
      reloadButton.textContent = 'ナレッジを再読み込み';
    }
  });
}
