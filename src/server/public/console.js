// @ts-check
// The kotae web console: ask box and ranked answers for sales (console/ask.js), whole-checksheet
// filling (#fill, console/fill.js), and an admin view (#admin, console/admin.js). Native ES
// modules, no build step; type-checked by `tsc -p tsconfig.console.json` (checkJs).
import { setUpAdmin, showAdmin } from './console/admin.js';
import { setUpAsk, showAsk } from './console/ask.js';
import { $, formatDate, readJson } from './console/dom.js';
import { setUpFill } from './console/fill.js';

/** @type {Record<string, 'ask' | 'fill' | 'admin'>} */
const VIEWS = { '': 'ask', '#fill': 'fill', '#admin': 'admin' };

function showView() {
  const view = VIEWS[location.hash] ?? 'ask';
  for (const name of ['ask', 'fill', 'admin']) {
    $(`${name}-view`).hidden = name !== view;
    const tab = $(`tab-${name}`);
    if (name === view) tab.setAttribute('aria-current', 'page');
    else tab.removeAttribute('aria-current');
  }
  if (view === 'admin') void showAdmin();
  else if (view === 'ask') showAsk();
}

/** The footer: how much knowledge is loaded, and since when. */
async function refreshKnowledgeInfo() {
  const info = $('knowledge-info');
  try {
    const response = await fetch('readyz', { cache: 'no-store' });
    const body = await readJson(response);
    if (response.ok && body)
      info.textContent = `ナレッジ: ${body.items} 項目・${body.files} ファイル（${formatDate(body.loadedAt)} 読み込み）`;
    else if (body?.status === 'loading') info.textContent = 'ナレッジを読み込んでいます…';
    else info.textContent = 'サーバーは停止処理中です';
  } catch {
    info.textContent = 'サーバーに接続できません';
  }
}

setUpAsk();
setUpFill();
setUpAdmin(refreshKnowledgeInfo);
window.addEventListener('hashchange', showView);
showView();
void refreshKnowledgeInfo();
