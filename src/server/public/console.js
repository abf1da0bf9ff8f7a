// The kotae web console: ask box and ranked answers for sales, and an admin view (#admin).
// Plain DOM, no build step. Every text from the server is set with textContent, never as HTML,
// because knowledge files are written by people and may contain anything.

const TOKEN_KEY = 'kotae.adminToken';
const MAX_QUESTION = 1000;

const STATUS = {
  '○': { label: '○ 対応', kind: 'ok' },
  '×': { label: '× 非対応', kind: 'ng' },
  '△': { label: '△ 一部対応', kind: 'partial' },
  '−': { label: '− 対象外', kind: 'na' },
};

const CHANNEL = { web: 'Web', api: 'API', cli: 'CLI', slack: 'Slack', teams: 'Teams' };

const $ = (id) => document.getElementById(id);

/** Creates an element; string children become text nodes. */
function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') el.className = value;
    else if (key === 'text') el.textContent = value;
    else if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) el.append(child);
  return el;
}

function formatDate(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'medium' });
}

function showMessage(el, text, kind = '') {
  el.textContent = text;
  el.className = `message ${kind}`.trim();
}

/** navigator.clipboard needs a secure context; a console on http://host:3000 is not one. */
async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (permissions, focus): fall back to the selection way below.
    }
  }
  const area = h('textarea', { readonly: true, 'aria-hidden': 'true' });
  area.value = text;
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

// ---------- asking ----------

const form = $('ask-form');
const questionBox = $('question');
const askButton = $('ask-button');
const askMessage = $('ask-message');
const results = $('results');

function updateCount() {
  const length = [...questionBox.value].length;
  $('char-count').textContent = `${length} / ${MAX_QUESTION}`;
}

questionBox.addEventListener('input', updateCount);
questionBox.addEventListener('keydown', (event) => {
  // Enter while the IME is converting Japanese text confirms the conversion; it must not submit.
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
    event.preventDefault();
    form.requestSubmit();
  }
});
for (const chip of document.querySelectorAll('.chip')) {
  chip.addEventListener('click', () => {
    questionBox.value = chip.textContent;
    updateCount();
    form.requestSubmit();
  });
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const question = questionBox.value.trim();
  if (!question) {
    showMessage(askMessage, '質問を入力してください。', 'error');
    questionBox.focus();
    return;
  }
  askButton.disabled = true;
  askButton.textContent = '検索中…';
  showMessage(askMessage, '');
  try {
    const response = await fetch('api/ask', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kotae-client': 'web' },
      body: JSON.stringify({ question, top: Number($('top').value) }),
    });
    const body = await readJson(response);
    if (!response.ok) {
      showMessage(askMessage, askErrorText(response.status, body), 'error');
      return;
    }
    renderResults(body);
  } catch {
    showMessage(askMessage, 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。', 'error');
  } finally {
    askButton.disabled = false;
    askButton.textContent = '回答を探す';
  }
});

function askErrorText(status, body) {
  if (status === 413) return '質問が長すぎます。1,000 文字以内にしてください。';
  if (status === 503) return 'ナレッジを読み込んでいます。数秒後にもう一度お試しください。';
  if (status === 400) return `質問を受け付けられませんでした (${body?.error ?? '入力内容を確認してください'})。`;
  return `エラーが発生しました (HTTP ${status})。時間をおいてもう一度お試しください。`;
}

function renderResults(result) {
  results.replaceChildren();
  const items = result.results ?? [];
  if (result.answered) {
    results.append(h('h2', { class: 'result-heading', text: `回答が見つかりました (${items.length} 件)` }));
  } else {
    results.append(
      h(
        'div',
        { class: 'notice', 'data-testid': 'no-confident-answer' },
        h('strong', { text: '確信を持てる回答は見つかりませんでした' }),
        items.length
          ? '以下は近い候補です。内容が質問に合っているか必ず確認してください。必要に応じて担当部署にお問い合わせください。'
          : '近い候補もありません。担当部署にお問い合わせください。',
        h('br'),
        h('span', { class: 'hint', text: 'この質問はナレッジ改善のため管理者に記録されました。' }),
      ),
    );
  }
  items.forEach((item, i) => results.append(renderAnswer(item, result.answered && i === 0, !result.answered)));
}

function renderAnswer(item, best, candidate) {
  const status = STATUS[item.status] ?? (item.status ? { label: item.status, kind: 'other' } : null);
  const percent = Math.round(item.confidence * 100);
  const level = item.confidence >= 0.8 ? '高' : item.confidence >= 0.5 ? '中' : '低';
  const meter = h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span'));
  meter.firstChild.style.width = `${percent}%`;
  const answerText = item.answer || '(回答欄が空です)';

  const copy = h('button', { type: 'button', class: 'copy', text: '回答をコピー', 'aria-label': `${item.rank}番目の回答をコピー` });
  copy.addEventListener('click', async () => {
    const ok = await copyText(item.answer);
    copy.textContent = ok ? 'コピーしました' : 'コピーできませんでした';
    copy.classList.toggle('copied', ok);
    setTimeout(() => {
      copy.textContent = '回答をコピー';
      copy.classList.remove('copied');
    }, 2000);
  });

  const meta = h('dl', { class: 'meta' });
  if (item.remarks) meta.append(h('dt', { text: '備考' }), h('dd', { text: item.remarks }));
  if (item.question) meta.append(h('dt', { text: '登録済みの設問' }), h('dd', { text: item.question }));
  meta.append(h('dt', { text: '出典' }), h('dd', { class: 'citation', 'data-testid': 'citation', text: item.citation }));

  return h(
    'article',
    { class: `answer${best ? ' best' : ''}${candidate ? ' candidate' : ''}`, 'data-testid': 'answer' },
    h(
      'div',
      { class: 'answer-head' },
      h('span', { class: 'rank', text: `${item.rank}.` }),
      best ? h('span', { class: 'best-label', text: '最も適切な回答' }) : null,
      candidate ? h('span', { class: 'candidate-label', text: '候補' }) : null,
      status ? h('span', { class: `status ${status.kind}`, text: status.label }) : null,
      h('span', { class: 'confidence', title: `信頼度 ${percent}%` }, `信頼度 ${level}`, meter, `${percent}%`),
      item.answer ? copy : null,
    ),
    h('p', { class: 'answer-text', 'data-testid': 'answer-text', text: answerText }),
    meta,
  );
}

// ---------- knowledge info (footer) ----------

async function refreshKnowledgeInfo() {
  const info = $('knowledge-info');
  try {
    const response = await fetch('readyz', { cache: 'no-store' });
    const body = await readJson(response);
    if (response.ok && body) info.textContent = `ナレッジ: ${body.items} 項目・${body.files} ファイル（${formatDate(body.loadedAt)} 読み込み）`;
    else if (body?.status === 'loading') info.textContent = 'ナレッジを読み込んでいます…';
    else info.textContent = 'サーバーは停止処理中です';
  } catch {
    info.textContent = 'サーバーに接続できません';
  }
}

// ---------- admin ----------

const adminMessage = $('admin-message');
const adminPanel = $('admin-panel');
const tokenInput = $('token');

const TOKEN_PLACEHOLDER = tokenInput.placeholder;

function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
  adminPanel.hidden = true;
  tokenInput.placeholder = TOKEN_PLACEHOLDER;
}

function storedToken() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

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

async function loadAdmin() {
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

function renderStatus(status) {
  const last = status.lastReload;
  const lastText = last
    ? `${last.ok ? '成功' : '失敗'}（${formatDate(last.finishedAt)}・${last.tookMs} ms）${last.ok ? '' : `: ${last.error}`}`
    : '—';
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

  $('files-body').replaceChildren(
    ...(status.files.length
      ? status.files.map((f) => h('tr', {}, h('td', { text: f.file }), h('td', { class: 'num', text: String(f.items) })))
      : [h('tr', {}, h('td', { colspan: 2, class: 'empty', text: 'ファイルがありません' }))]),
  );

  $('warning-count').textContent = `(${status.warnings.length})`;
  $('warnings').replaceChildren(
    ...(status.warnings.length
      ? status.warnings.map((w) => h('li', {}, h('strong', { text: w.file }), `: ${w.message}`))
      : [h('li', { class: 'empty', text: '警告はありません' })]),
  );
}

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
  await loadAdmin();
});

$('forget-token').addEventListener('click', () => {
  forgetToken();
  showMessage(adminMessage, 'トークンを消去しました。');
});

$('refresh-button').addEventListener('click', () => {
  showMessage(adminMessage, '');
  void loadAdmin();
});

$('reload-button').addEventListener('click', async () => {
  const button = $('reload-button');
  button.disabled = true;
  button.textContent = '再読み込み中…';
  showMessage(adminMessage, 'ナレッジを再読み込みしています。その間も以前のナレッジで回答を続けます。');
  try {
    const { response, body } = await adminFetch('api/admin/reload', { method: 'POST' });
    if (response.ok && body?.ok) {
      const s = body.status;
      showMessage(adminMessage, `再読み込みが完了しました: ${s.files.length} ファイル・${s.items} 項目（バージョン ${s.version}、警告 ${s.warnings.length} 件）`, 'success');
    } else {
      showMessage(adminMessage, `再読み込みに失敗しました。以前のナレッジで回答を続けています。理由: ${body?.error ?? `HTTP ${response.status}`}`, 'error');
    }
    await Promise.all([loadAdmin(), refreshKnowledgeInfo()]);
  } catch (error) {
    showMessage(adminMessage, error instanceof Error && error.message ? error.message : '再読み込みを実行できませんでした。', 'error');
  } finally {
    button.disabled = false;
    button.textContent = 'ナレッジを再読み込み';
  }
});

// ---------- views ----------

function showView() {
  const admin = location.hash === '#admin';
  $('ask-view').hidden = admin;
  $('admin-view').hidden = !admin;
  for (const [tab, current] of [[$('tab-ask'), !admin], [$('tab-admin'), admin]]) {
    if (current) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (admin) void loadAdmin();
  else questionBox.focus();
}

window.addEventListener('hashchange', showView);
showView();
updateCount();
void refreshKnowledgeInfo();
