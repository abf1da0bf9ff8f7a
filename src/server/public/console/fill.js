// @ts-check
// The fill view (#fill): drop a customer's questionnaire, get it back filled, with the rows to
// check, what was done with each sheet and why, and the filled file to download.
import { $, h, labelCells, meter, OFFLINE, readJson, showMessage } from './dom.js';

/**
 * @typedef {import('../../routes/fill.js').FillResponseJson} FillResponseJson
 * @typedef {import('../../routes/fill.js').FillRowJson} FillRowJson
 * @typedef {FillResponseJson['summary']['sheets'][number]} SheetSummary
 */

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/** What to tell the person who uploaded, per FillError code; the server's own message follows it. */
const FILL_ERRORS = {
  unsupported: 'このファイル形式には対応していません。Excel (.xlsx・.xlsm)・CSV・TSV のファイルを選んでください。',
  unreadable:
    'ファイルを読み込めませんでした。破損しているか、パスワードが設定されている可能性があります。Excel で開いて保存し直してから、もう一度お試しください。',
  'no-questions': '質問の列が見つかりませんでした。質問が並ぶ列の見出しを「質問」「確認事項」「設問」などにして、もう一度お試しください。',
  'too-many-rows': '質問の行が多すぎます（10,000 行まで）。ファイルを分けてお試しください。',
  'too-large': 'ファイルが大きすぎます（10 MB まで）。ファイルを分けてお試しください。',
};

const dropZone = $('drop-zone');
const fileInput = /** @type {HTMLInputElement} */ ($('fill-file'));
const fillMessage = $('fill-message');
const fillProgress = $('fill-progress');
const fillResult = $('fill-result');
const answeredDetails = /** @type {HTMLDetailsElement} */ ($('answered-details'));

/** The upload in progress, to cancel it. @type {AbortController | null} */
let filling = null;
/** The last result, and its file once built for a download. @type {{ result: FillResponseJson, blob: Blob | null } | null} */
let filled = null;

/** @param {number} bytes */
function formatSize(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/**
 * @param {string} text
 * @param {string} [detail]
 */
function showFillError(text, detail) {
  fillMessage.replaceChildren(h('strong', { text }), ...(detail ? [h('span', { class: 'detail', text: `詳細: ${detail}` })] : []));
  fillMessage.className = 'message error';
}

/**
 * @param {number} status
 * @param {{ code?: string, error?: string } | null} body
 */
function fillErrorText(status, body) {
  const known = body?.code && body.code in FILL_ERRORS ? FILL_ERRORS[/** @type {keyof typeof FILL_ERRORS} */ (body.code)] : null;
  if (known) return known;
  if (status === 413) return FILL_ERRORS['too-large'];
  if (status === 503 && /loading/.test(body?.error ?? '')) return 'ナレッジを読み込んでいます。数秒後にもう一度お試しください。';
  if (status === 503) return 'ほかのファイルを処理中です。少し待ってから、もう一度お試しください。';
  if (status === 400) return 'ファイルを受け付けられませんでした。';
  return `エラーが発生しました (HTTP ${status})。時間をおいてもう一度お試しください。`;
}

/**
 * @param {boolean} busy
 * @param {string} [text]
 */
function setBusy(busy, text = '') {
  fillProgress.hidden = !busy;
  dropZone.classList.toggle('busy', busy);
  /** @type {HTMLButtonElement} */ ($('fill-choose')).disabled = busy;
  $('fill-progress-text').textContent = text;
}

/** @param {File} file */
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
    else showFillError(OFFLINE);
  } finally {
    clearInterval(ticker);
    filling = null;
    setBusy(false);
    fileInput.value = '';
  }
}

/** @param {number} confidence */
function confidenceCell(confidence) {
  const percent = Math.round(confidence * 100);
  return h('td', { class: `conf${confidence < 0.5 ? ' low' : ''}`, title: `信頼度 ${percent}%` }, `${percent}%`, meter(confidence));
}

/**
 * @param {FillRowJson} row
 * @param {boolean} manySheets
 */
function fillRow(row, manySheets) {
  return h(
    'tr',
    { 'data-testid': row.toCheck ? 'check-row' : 'answered-row' },
    h('td', {}, manySheets && row.sheet ? h('span', { class: 'sheet', text: row.sheet }) : null, String(row.row)),
    h('td', { text: row.question }),
    row.answer ? h('td', { text: row.answer }) : h('td', { class: 'none', text: '候補なし' }),
    h('td', { class: 'citation', text: row.citation || '—' }),
    confidenceCell(row.confidence),
    statusCell(row.proposedStatus),
    row.cellsText
      ? h('td', { class: 'cells', 'data-testid': 'written-cells', text: row.cellsText })
      : h('td', { class: 'none', text: '—' }),
  );
}

/**
 * The status kotae wrote into the customer's status column, where, and from which of kotae's own
 * statuses: `はい → C12（回答）`, so that a wrong はい is seen before the file is downloaded.
 * @param {FillRowJson['proposedStatus']} proposed
 */
function statusCell(proposed) {
  if (!proposed) return h('td', { class: 'none', 'data-testid': 'proposed-status', text: '—' });
  return h(
    'td',
    { class: 'proposed', 'data-testid': 'proposed-status', title: proposed.from ? `kotae の項目の回答状況: ${proposed.from}` : null },
    h('span', { class: 'proposed-value', text: proposed.value }),
    h('span', { class: 'proposed-cell', text: ` → ${proposed.cell}${proposed.header ? `（${proposed.header}）` : ''}` }),
  );
}

/**
 * What went into the customer's status columns, counted by value: `はい 12 行・いいえ 3 行`.
 * @param {readonly FillRowJson[]} rows
 */
function statusCounts(rows) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const row of rows) if (row.proposedStatus) counts.set(row.proposedStatus.value, (counts.get(row.proposedStatus.value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${value} ${count} 行`).join('・');
}

/**
 * Every sheet of the workbook, with what was done with it and why (the English note on hover).
 * @param {SheetSummary} sheet
 */
function sheetItem(sheet) {
  const filledSheet = sheet.kind === 'questionnaire';
  return h(
    'li',
    { class: filledSheet ? 'filled' : 'skipped', title: sheet.note.en, 'data-testid': 'fill-sheet' },
    sheet.sheet === null ? null : h('strong', { text: sheet.sheet }),
    sheet.sheet === null ? sheet.note.ja : ` — ${sheet.note.ja}`,
  );
}

/** @param {readonly FillRowJson[]} rows */
function spansSheets(rows) {
  return rows.some((r) => r.sheet !== rows[0]?.sheet);
}

/** @param {FillResponseJson} result */
function renderFill(result) {
  const { summary, rows } = result;
  const manySheets = spansSheets(rows);
  filled = { result, blob: null };
  $('fill-file-name').textContent = result.fileName;
  $('stat-rows').textContent = summary.rows.toLocaleString('ja-JP');
  $('stat-answered').textContent = summary.answered.toLocaleString('ja-JP');
  $('stat-to-check').textContent = summary.toCheck.toLocaleString('ja-JP');
  const cells = summary.cellsWritten
    ? `お客様の回答欄に ${summary.cellsWritten.toLocaleString('ja-JP')} 件の値を記入しました（記入したセルは下の表の右端の列）。`
    : '';
  $('fill-sheets').textContent = cells;
  $('fill-sheets').hidden = !cells;
  const statuses = statusCounts(rows);
  $('fill-statuses').textContent = statuses
    ? `回答状況の欄に記入した値: ${statuses}。「回答済みの行」の「回答状況」列で、記入したセルと値を確かめてからダウンロードしてください。`
    : '';
  $('fill-statuses').hidden = !statuses;
  $('fill-sheet-list').replaceChildren(...summary.sheets.map(sheetItem));
  const note = summary.languageNote;
  $('fill-language').textContent = note
    ? `${note.ja}（${summary.japaneseForEnglish} 行）。日本語の回答を英語にしてから提出してください。 (${note.en}.)`
    : '';
  $('fill-language').hidden = !note;

  const toCheck = rows.filter((r) => r.toCheck);
  $('check-count').textContent = `(${toCheck.length})`;
  $('check-body').replaceChildren(
    ...(toCheck.length
      ? toCheck.map((r) => fillRow(r, manySheets))
      : [h('tr', {}, h('td', { colspan: 7, class: 'empty', text: '要確認の行はありません。すべての行に回答を記入しました。' }))]),
  );
  labelCells($('check-body'));

  const answered = rows.filter((r) => !r.toCheck).length;
  answeredDetails.open = false;
  answeredDetails.hidden = answered === 0;
  $('answered-count').textContent = `(${answered})`;
  $('answered-body').replaceChildren();
  fillResult.hidden = false;
  showMessage(fillMessage, `${summary.rows} 行の質問に回答しました（${((result.tookMs ?? 0) / 1000).toFixed(1)} 秒）。`, 'success');
}

/** @param {string} base64 */
function base64Bytes(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** @param {DragEvent} event */
function hasFiles(event) {
  return [...(event.dataTransfer?.types ?? [])].includes('Files');
}

/** Wires the fill view to the page. */
export function setUpFill() {
  // Rendered when first opened: a long questionnaire's answered rows are thousands of table cells.
  answeredDetails.addEventListener('toggle', () => {
    const body = $('answered-body');
    if (!answeredDetails.open || !filled || body.childElementCount) return;
    const { rows } = filled.result;
    const manySheets = spansSheets(rows);
    body.replaceChildren(...rows.filter((r) => !r.toCheck).map((r) => fillRow(r, manySheets)));
    labelCells(body);
  });

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

  dropZone.addEventListener('dragenter', (event) => {
    if (hasFiles(event)) dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragover', (event) => {
    if (!hasFiles(event) || !event.dataTransfer) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    dropZone.classList.add('dragging');
  });
  dropZone.addEventListener('dragleave', (event) => {
    if (!dropZone.contains(/** @type {Node | null} */ (event.relatedTarget))) dropZone.classList.remove('dragging');
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
      if (hasFiles(/** @type {DragEvent} */ (event)) && !dropZone.contains(/** @type {Node | null} */ (event.target)))
        event.preventDefault();
    });
  }
}
