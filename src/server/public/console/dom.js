// @ts-check
// What every view of the console uses: finding and making elements, messages, dates, the clipboard.
// Every text from the server is set with textContent, never as HTML, because knowledge files are
// written by people and may contain anything.

/**
 * The element with this id; the page has every id the views use.
 * @template {HTMLElement} [T=HTMLElement]
 * @param {string} id
 * @returns {T}
 */
export function $(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`index.html has no element #${id}`);
  return /** @type {T} */ (element);
}

/**
 * @typedef {Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>} Props
 * @typedef {Node | string | null | undefined} Child
 */

/**
 * Creates an element; string children become text nodes, `text` sets the text, `on…` adds a listener.
 * @param {string} tag
 * @param {Props} [props]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElement}
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'class') el.className = String(value);
    else if (key === 'text') el.textContent = String(value);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) el.append(child);
  return el;
}

/** @param {string | null | undefined} iso */
export function formatDate(iso) {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('ja-JP', { dateStyle: 'medium', timeStyle: 'medium' });
}

/**
 * @param {HTMLElement} el
 * @param {string} text
 * @param {'' | 'error' | 'success'} [kind]
 */
export function showMessage(el, text, kind = '') {
  el.textContent = text;
  el.className = `message ${kind}`.trim();
}

/**
 * The body as JSON, or null when it is not JSON.
 * @param {Response} response
 * @returns {Promise<any>}
 */
export async function readJson(response) {
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * navigator.clipboard needs a secure context; a console on http://host:3000 is not one.
 * @param {string} text
 * @returns {Promise<boolean>}
 */
export async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (permissions, focus): fall back to the selection way below.
    }
  }
  const area = /** @type {HTMLTextAreaElement} */ (h('textarea', { readonly: true, 'aria-hidden': 'true' }));
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

/**
 * A confidence meter: a bar as wide as the confidence.
 * @param {number} confidence
 */
export function meter(confidence) {
  const bar = h('span');
  bar.style.width = `${Math.round(confidence * 100)}%`;
  return h('span', { class: 'meter', 'aria-hidden': 'true' }, bar);
}

/** The server's connection error, as every view words it. */
export const OFFLINE = 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。';

/**
 * Names each cell of `body` after its column's header (`data-label`), which narrow screens show
 * beside the cell when the table is stacked as cards (`.table.stack` in console.css).
 * @param {HTMLElement} body - A tbody whose table has a header row.
 */
export function labelCells(body) {
  const headers = [...(body.closest('table')?.tHead?.rows[0]?.cells ?? [])].map((cell) => cell.textContent ?? '');
  for (const row of body.querySelectorAll('tr')) {
    [...row.children].forEach((cell, i) => {
      if (headers[i] && !cell.hasAttribute('colspan')) cell.setAttribute('data-label', headers[i]);
    });
  }
}
