// @ts-check
// The admin view (#admin): with the admin token, the inbox of questions waiting for an answer
// (console/inbox.js), usage and the library's health (console/health.js), the knowledge status
// and a reload button.
import { adminFetch, forgetToken, storedToken, storeToken } from './admin-api.js';
import { $, formatDate, h, showMessage } from './dom.js';
import { renderReport, reportUnavailable } from './health.js';
import { renderInbox, setUpInbox } from './inbox.js';

const adminMessage = $('admin-message');
const adminPanel = $('admin-panel');
const tokenInput = /** @type {HTMLInputElement} */ ($('token'));

/** Loads the status and the inbox, then the report, when a token is stored. */
export async function showAdmin() {
  if (!storedToken()) {
    adminPanel.hidden = true;
    return;
  }
  try {
    const [{ body: status }, { response: inboxResponse, body: inbox }] = await Promise.all([
      adminFetch('api/admin/status'),
      adminFetch('api/admin/inbox?limit=100'),
    ]);
    renderStatus(status);
    if (inboxResponse.ok && inbox) renderInbox(inbox);
    adminPanel.hidden = false;
    tokenInput.placeholder = '接続済み（別のトークンを使うときだけ入力）';
  } catch (error) {
    showMessage(adminMessage, error instanceof Error && error.message ? error.message : '状態を取得できませんでした。', 'error');
    return;
  }
  // The report reads more of the logs: the rest of the view does not wait for it.
  void showReport();
}

async function showReport() {
  try {
    const { response, body } = await adminFetch('api/admin/report');
    if (response.ok && body) renderReport(body);
    else reportUnavailable(`集計できませんでした${body?.error ? `: ${body.error}` : ` (HTTP ${response.status})`}`);
  } catch (error) {
    reportUnavailable(error instanceof Error && error.message ? error.message : '集計できませんでした。');
  }
}

/** @param {any} status - `GET /api/admin/status` */
function renderStatus(status) {
  const last = status.lastReload;
  const lastText = last
    ? `${last.ok ? '成功' : '失敗'}（${formatDate(last.finishedAt)}・${last.tookMs} ms）${last.ok ? '' : `: ${last.error}`}`
    : '—';
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
  $('status-summary').replaceChildren(
    ...rows.flatMap(([term, value, cls]) => [h('dt', { text: term }), h('dd', { class: cls || null, text: value })]),
  );

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

/**
 * Wires the admin view to the page.
 * @param {() => Promise<void>} onReloaded - Refreshes what the rest of the page shows of the knowledge.
 */
export function setUpAdmin(onReloaded) {
  setUpInbox(() => Promise.all([showAdmin(), onReloaded()]).then(() => undefined));

  $('token-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = tokenInput.value.trim();
    if (!token) {
      showMessage(adminMessage, 'トークンを入力してください。', 'error');
      return;
    }
    storeToken(token);
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
        showMessage(
          adminMessage,
          `再読み込みが完了しました: ${s.files.length} ファイル・${s.items} 項目（バージョン ${s.version}、警告 ${s.warnings.length} 件）`,
          'success',
        );
      } else {
        showMessage(
          adminMessage,
          `再読み込みに失敗しました。以前のナレッジで回答を続けています。理由: ${body?.error ?? `HTTP ${response.status}`}`,
          'error',
        );
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
