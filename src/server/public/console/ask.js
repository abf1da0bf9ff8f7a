// @ts-check
// The ask view: a question box, and the answer as the server presents it (`view` of /api/ask),
// rendered here the way the CLI, Slack and Teams render the same view.
import { $, copyText, h, meter, OFFLINE, readJson, showMessage } from './dom.js';

/**
 * @typedef {import('../../../present/answer.js').AnswerView} AnswerView
 * @typedef {import('../../../present/answer.js').AnswerEntryView} AnswerEntryView
 */

const LEVEL = { high: '高', medium: '中', low: '低' };

const form = /** @type {HTMLFormElement} */ ($('ask-form'));
const questionBox = /** @type {HTMLTextAreaElement} */ ($('question'));
const askButton = /** @type {HTMLButtonElement} */ ($('ask-button'));
const askMessage = $('ask-message');
const results = $('results');
/** The server's limit, written once in index.html's maxlength. */
const maxQuestion = questionBox.maxLength;

function updateCount() {
  $('char-count').textContent = `${[...questionBox.value].length} / ${maxQuestion}`;
}

/** Wires the ask view to the page. */
export function setUpAsk() {
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
      questionBox.value = chip.textContent ?? '';
      updateCount();
      form.requestSubmit();
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void ask();
  });
  updateCount();
}

/** Shown when the ask view is opened. */
export function showAsk() {
  questionBox.focus();
}

async function ask() {
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
      body: JSON.stringify({ question, top: Number(/** @type {HTMLSelectElement} */ ($('top')).value), view: true }),
    });
    const body = await readJson(response);
    if (!response.ok || !body?.view) {
      showMessage(askMessage, askErrorText(response.status, body), 'error');
      return;
    }
    renderView(body.view);
  } catch {
    showMessage(askMessage, OFFLINE, 'error');
  } finally {
    askButton.disabled = false;
    askButton.textContent = '回答を探す';
  }
}

/**
 * @param {number} status
 * @param {{ error?: string } | null} body
 */
function askErrorText(status, body) {
  if (status === 413) return `質問が長すぎます。${maxQuestion.toLocaleString('ja-JP')} 文字以内にしてください。`;
  if (status === 503) return 'ナレッジを読み込んでいます。数秒後にもう一度お試しください。';
  if (status === 400) return `質問を受け付けられませんでした (${body?.error ?? '入力内容を確認してください'})。`;
  return `エラーが発生しました (HTTP ${status})。時間をおいてもう一度お試しください。`;
}

/** @param {AnswerView} view */
function renderView(view) {
  results.replaceChildren();
  const entries = view.best ? [view.best, ...view.others] : view.others;
  if (view.note) results.append(h('p', { class: 'hint', 'data-testid': 'question-note', text: view.note }));
  if (view.conflict) {
    results.append(
      h(
        'div',
        { class: 'notice', 'data-testid': 'answer-conflict' },
        h('strong', { text: view.conflict.message }),
        h(
          'ul',
          { class: 'conflict-citations' },
          ...view.conflict.citations.map((citation) => h('li', { class: 'citation', text: citation })),
        ),
      ),
    );
  }
  if (view.best) {
    results.append(h('h2', { class: 'result-heading', text: `回答が見つかりました (${entries.length} 件)` }));
  } else {
    results.append(
      h(
        'div',
        { class: 'notice', 'data-testid': 'no-confident-answer' },
        h('strong', { text: '確信を持てる回答は見つかりませんでした' }),
        view.reason ? h('p', { class: 'reason', 'data-testid': 'unanswered-reason', text: view.reason }) : null,
        entries.length
          ? '以下は近い候補です。内容が質問に合っているか必ず確認してください。必要に応じて担当部署にお問い合わせください。'
          : '近い候補もありません。担当部署にお問い合わせください。',
        h('br'),
        h('span', { class: 'hint', text: 'この質問はナレッジ改善のため管理者に記録されました。' }),
      ),
    );
  }
  for (const entry of entries) results.append(renderEntry(entry, entry === view.best ? 'best' : view.best ? 'alternative' : 'candidate'));
}

/**
 * @param {AnswerEntryView} entry
 * @param {'best' | 'alternative' | 'candidate'} kind - The confident answer, one after it, or a candidate to check.
 */
function renderEntry(entry, kind) {
  const copy = h('button', { type: 'button', class: 'copy', text: '回答をコピー', 'aria-label': `${entry.rank}番目の回答をコピー` });
  copy.addEventListener('click', async () => {
    const ok = await copyText(entry.answer);
    copy.textContent = ok ? 'コピーしました' : 'コピーできませんでした';
    copy.classList.toggle('copied', ok);
    setTimeout(() => {
      copy.textContent = '回答をコピー';
      copy.classList.remove('copied');
    }, 2000);
  });

  const meta = h('dl', { class: 'meta' });
  if (entry.remarks) meta.append(h('dt', { text: '備考' }), h('dd', { text: entry.remarks }));
  if (entry.itemQuestion) meta.append(h('dt', { text: '登録済みの設問' }), h('dd', { text: entry.itemQuestion }));
  meta.append(h('dt', { text: '出典' }), h('dd', { class: 'citation', 'data-testid': 'citation', text: entry.citationLine }));

  return h(
    'article',
    { class: kind === 'alternative' ? 'answer' : `answer ${kind}`, 'data-testid': 'answer' },
    h(
      'div',
      { class: 'answer-head' },
      h('span', { class: 'rank', text: `${entry.rank}.` }),
      kind === 'best' ? h('span', { class: 'best-label', text: '最も適切な回答' }) : null,
      kind === 'candidate' ? h('span', { class: 'candidate-label', text: '候補' }) : null,
      entry.status ? h('span', { class: `status ${entry.status.tone}`, text: entry.status.label }) : null,
      h(
        'span',
        { class: 'confidence', title: `信頼度 ${entry.confidencePercent}` },
        `信頼度 ${LEVEL[entry.confidenceLevel]}`,
        meter(entry.confidence),
        entry.confidencePercent,
      ),
      entry.answer ? copy : null,
    ),
    h('p', { class: 'answer-text', 'data-testid': 'answer-text', text: entry.answer || '(回答欄なし)' }),
    meta,
  );
}
