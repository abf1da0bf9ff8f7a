// The kotae web console: ask box and ranked answers for sales, whole-checksheet filling (#fill),
// and an admin view (#admin).
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
        result.reason ? h('p', { class: 'reason', 'data-testid': 'unanswered-reason', text: result.reason.message }) : null,
        items.length
          ? '以下は近い候補です。内容が質問に合っているか必ず確認してください。必要に応じて担当部署にお問い合わせください。'
          : '近い候補もありません。担当部署にお問い合わせください。',
        h('br'),
        h('span', { class: 'hint', text: 'この質問はナレッジ改善のため管理者に記録されました。' }),
      ),
    );
  }
  for (const [i, item] of items.entries()) results.append(renderAnswer(item, result.answered && i === 0, !result.answered));
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
  const control = item.controls?.[0];
  if (control) meta.append(h('dt', { text: '管理策' }), h('dd', { class: 'control', 'data-testid': 'control', text: `${control.label}（${control.id}）` }));

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

// ---------- filling a whole checksheet ----------

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What to tell the person who uploaded, per FillError code; the server's own message follows it. */
const FILL_ERRORS = {
  unsupported: 'このファイル形式には対応していません。Excel (.xlsx・.xlsm)・CSV・TSV のファイルを選んでください。',
  unreadable: 'ファイルを読み込めませんでした。破損しているか、パスワードが設定されている可能性があります。Excel で開いて保存し直してから、もう一度お試しください。',
  'no-questions': '質問の列が見つかりませんでした。質問が並ぶ列の見出しを「質問」「確認事項」「設問」などにして、もう一度お試しください。',
  'too-many-rows': '質問の行が多すぎます（10,000 行まで）。ファイルを分けてお試しください。',
  'too-large': 'ファイルが大きすぎます（10 MB まで）。ファイルを分けてお試しください。',
};

const dropZone = $('drop-zone');
const fileInput = $('fill-file');
const fillMessage = $('fill-message');
const fillProgress = $('fill-progress');
const fillResult = $('fill-result');

/** The upload in progress (to cancel it), and the last result (its file, built on first download). */
let filling = null;
let filled = null;

function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

function showFillError(text, detail) {
  fillMessage.replaceChildren(h('strong', { text }), detail ? h('span', { class: 'detail', text: `詳細: ${detail}` }) : null);
  fillMessage.className = 'message error';
}

function fillErrorText(status, body) {
  if (body?.code && FILL_ERRORS[body.code]) return FILL_ERRORS[body.code];
  if (status === 413) return FILL_ERRORS['too-large'];
  if (status === 503 && /loading/.test(body?.error ?? '')) return 'ナレッジを読み込んでいます。数秒後にもう一度お試しください。';
  if (status === 503) return 'ほかのファイルを処理中です。少し待ってから、もう一度お試しください。';
  if (status === 400) return `ファイルを受け付けられませんでした。`;
  return `エラーが発生しました (HTTP ${status})。時間をおいてもう一度お試しください。`;
}

function setBusy(busy, text = '') {
  fillProgress.hidden = !busy;
  dropZone.classList.toggle('busy', busy);
  $('fill-choose').disabled = busy;
  $('fill-progress-text').textContent = text;
}

async function fillFile(file) {
  if (filling) return;
  showMessage(fillMessage, '');
  if (file.size > MAX_UPLOAD_BYTES) {
    showFillError(FILL_ERRORS['too-large'], `${file.name}: ${formatSize(file.size)}`);
    return;
  }
  if (file.size === 0) {
    showFillError('ファイルが空です。', file.name);
    return;
  }
  // A new file replaces the previous result: its download button must not offer the old file.
  fillResult.hidden = true;
  filled = null;
  const controller = new AbortController();
  const started = Date.now();
  const label = `${file.name}（${formatSize(file.size)}）の質問に回答しています…`;
  const ticker = setInterval(() => {
    $('fill-progress-text').textContent = `${label} ${Math.round((Date.now() - started) / 1000)} 秒`;
  }, 1000);
  filling = controller;
  setBusy(true, label);
  try {
    const response = await fetch(`api/fill?filename=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', 'x-kotae-client': 'web' },
      body: file,
      signal: controller.signal,
    });
    const body = await readJson(response);
    if (!response.ok || !body) {
      showFillError(fillErrorText(response.status, body), body?.error);
      return;
    }
    renderFill(body);
  } catch {
    if (controller.signal.aborted) showMessage(fillMessage, '中止しました。');
    else showFillError('サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。');
  } finally {
    clearInterval(ticker);
    filling = null;
    setBusy(false);
    fileInput.value = '';
  }
}

function confidenceCell(confidence) {
  const percent = Math.round(confidence * 100);
  const meter = h('span', { class: 'meter', 'aria-hidden': 'true' }, h('span'));
  meter.firstChild.style.width = `${percent}%`;
  return h('td', { class: `conf${confidence < 0.5 ? ' low' : ''}`, title: `信頼度 ${percent}%` }, `${percent}%`, meter);
}

/** `C5 ← Yes, D5 ← …`: the customer's own answer cells kotae wrote on a row. */
function cellsText(row) {
  return (row.cells ?? []).map((cell) => `${cell.address} ← ${cell.value.length > 40 ? `${cell.value.slice(0, 39)}…` : cell.value}`).join('\n');
}

function fillRow(row, manySheets) {
  const cells = cellsText(row);
  return h(
    'tr',
    { 'data-testid': row.toCheck ? 'check-row' : 'answered-row' },
    h('td', {}, manySheets && row.sheet ? h('span', { class: 'sheet', text: row.sheet }) : null, String(row.row)),
    h('td', { text: row.question }),
    row.answer ? h('td', { text: row.answer }) : h('td', { class: 'none', text: '候補なし' }),
    h('td', { class: 'citation', text: row.citation || '—' }),
    confidenceCell(row.confidence),
    cells ? h('td', { class: 'cells', 'data-testid': 'written-cells', text: cells }) : h('td', { class: 'none', text: '—' }),
  );
}

/** Every sheet of the workbook, with what was done with it and why (the English note on hover). */
function sheetItem(sheet) {
  const filledSheet = sheet.kind === 'questionnaire';
  return h(
    'li',
    { class: filledSheet ? 'filled' : 'skipped', title: sheet.note.en, 'data-testid': 'fill-sheet' },
    sheet.sheet === null ? null : h('strong', { text: sheet.sheet }),
    sheet.sheet === null ? sheet.note.ja : ` — ${sheet.note.ja}`,
  );
}

function renderFill(result) {
  const { summary, rows } = result;
  const manySheets = rows.some((r) => r.sheet !== rows[0]?.sheet);
  filled = { result, blob: null };
  $('fill-file-name').textContent = result.fileName;
  $('stat-rows').textContent = summary.rows.toLocaleString('ja-JP');
  $('stat-answered').textContent = summary.answered.toLocaleString('ja-JP');
  $('stat-to-check').textContent = summary.toCheck.toLocaleString('ja-JP');
  const cells = summary.cellsWritten ? `お客様の回答欄に ${summary.cellsWritten.toLocaleString('ja-JP')} 件の値を記入しました（記入したセルは下の表の右端の列）。` : '';
  $('fill-sheets').textContent = cells;
  $('fill-sheets').hidden = !cells;
  $('fill-sheet-list').replaceChildren(...summary.sheets.map(sheetItem));
  const note = summary.languageNote;
  $('fill-language').textContent = note ? `${note.ja}（${summary.japaneseForEnglish} 行）。日本語の回答を英語にしてから提出してください。 (${note.en}.)` : '';
  $('fill-language').hidden = !note;

  const toCheck = rows.filter((r) => r.toCheck);
  $('check-count').textContent = `(${toCheck.length})`;
  $('check-body').replaceChildren(
    ...(toCheck.length
      ? toCheck.map((r) => fillRow(r, manySheets))
      : [h('tr', {}, h('td', { colspan: 6, class: 'empty', text: '要確認の行はありません。すべての行に回答を記入しました。' }))]),
  );

  const answered = rows.filter((r) => !r.toCheck).length;
  const details = $('answered-details');
  details.open = false;
  details.hidden = answered === 0;
  $('answered-count').textContent = `(${answered})`;
  $('answered-body').replaceChildren();
  fillResult.hidden = false;
  showMessage(fillMessage, `${summary.rows} 行の質問に回答しました（${((result.tookMs ?? 0) / 1000).toFixed(1)} 秒）。`, 'success');
}

// Rendered when first opened: a long questionnaire's answered rows are thousands of table cells.
$('answered-details').addEventListener('toggle', () => {
  const body = $('answered-body');
  if (!$('answered-details').open || !filled || body.childElementCount) return;
  const manySheets = filled.result.rows.some((r) => r.sheet !== filled.result.rows[0]?.sheet);
  body.replaceChildren(...filled.result.rows.filter((r) => !r.toCheck).map((r) => fillRow(r, manySheets)));
});

function base64Bytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

$('fill-download').addEventListener('click', () => {
  if (!filled) return;
  filled.blob ??= new Blob([base64Bytes(filled.result.file)], { type: filled.result.contentType });
  const url = URL.createObjectURL(filled.blob);
  const link = h('a', { href: url, download: filled.result.fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the download starts; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
});

$('fill-choose').addEventListener('click', (event) => {
  event.stopPropagation();
  fileInput.click();
});
dropZone.addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void fillFile(file);
});
$('fill-cancel').addEventListener('click', () => filling?.abort());

function hasFiles(event) {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}
dropZone.addEventListener('dragenter', (event) => {
  if (hasFiles(event)) dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault();
  event.dataTransfer.dropEffect = 'copy';
  dropZone.classList.add('dragging');
});
dropZone.addEventListener('dragleave', (event) => {
  if (!dropZone.contains(event.relatedTarget)) dropZone.classList.remove('dragging');
});
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('dragging');
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length > 1) showMessage(fillMessage, '一度に処理できるのは 1 ファイルです。最初のファイルだけを処理します。');
  if (files[0]) void fillFile(files[0]);
});
// A file dropped beside the zone would otherwise replace the page (and the results) with the file.
for (const type of ['dragover', 'drop']) {
  window.addEventListener(type, (event) => {
    if (hasFiles(event) && !dropZone.contains(event.target)) event.preventDefault();
  });
}

// ---------- views ----------

const VIEWS = { '': 'ask', '#fill': 'fill', '#admin': 'admin' };

function showView() {
  const view = VIEWS[location.hash] ?? 'ask';
  for (const name of ['ask', 'fill', 'admin']) {
    $(`${name}-view`).hidden = name !== view;
    const tab = $(`tab-${name}`);
    if (name === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (view === 'admin') void loadAdmin();
  else if (view === 'ask') questionBox.focus();
}

window.addEventListener('hashchange', showView);
showView();
updateCount();
void refreshKnowledgeInfo();
