// @ts-check
// The admin view's inbox: unanswered questions, 👎 answers and questions sent to the experts, as
// the server groups them (GET /api/admin/inbox), each with kotae's nearest candidate cited and
// 「回答を登録」, which saves an answer into the knowledge (kotae-curated.csv) — through the
// escalation route when experts were asked, so that those escalations are marked answered too.
import { adminFetch, channelName } from './admin-api.js';
import { $, formatDate, h, showMessage } from './dom.js';

/**
 * @typedef {import('../../routes/inbox.js').InboxEntryJson} InboxEntryJson
 * @typedef {import('../../routes/inbox.js').InboxJson} InboxJson
 * @typedef {{ citation: string, served: boolean, warning?: string }} SavedJson
 */

const SOURCES = /** @type {const} */ ([
  ['unanswered', '回答なし'],
  ['unhelpful', '👎'],
  ['escalation', '専門家へ'],
]);
const AUTHOR_KEY = 'kotae.answerAuthor';

const list = $('inbox-list');
const adminMessage = $('admin-message');
const formTemplate = /** @type {HTMLTemplateElement} */ ($('answer-form-template'));

/** Called after an answer was registered: the view reloads what it shows. @type {() => Promise<void>} */
let afterRegistered = async () => {};

/** @param {() => Promise<void>} onRegistered */
export function setUpInbox(onRegistered) {
  afterRegistered = onRegistered;
}

/** @param {InboxJson} inbox */
export function renderInbox(inbox) {
  const open = inbox.entries.filter((e) => e.state === 'open').length;
  $('inbox-count').textContent = `(未回答 ${open} 件・回答済み ${inbox.entries.length - open} 件)`;
  $('inbox-more').hidden = !inbox.truncated;
  list.replaceChildren(
    ...(inbox.entries.length
      ? inbox.entries.map(renderEntry)
      : [h('li', { class: 'empty', text: 'まだありません。回答できなかった質問や 👎 が付いた回答はここに表示されます。' })]),
  );
}

/** @param {InboxEntryJson} entry */
function renderEntry(entry) {
  const answered = entry.state === 'answered';
  const item = h(
    'li',
    { class: `inbox-item ${entry.state}`, 'data-testid': 'inbox-item' },
    h(
      'div',
      { class: 'inbox-head' },
      h('p', { class: 'inbox-question', 'data-testid': 'inbox-question', text: entry.question }),
      h('span', { class: 'badge count-badge', 'data-testid': 'inbox-count', title: '同じ質問の件数', text: `${entry.count} 回` }),
      ...SOURCES.filter(([source]) => entry.sources[source] > 0).map(([source, label]) =>
        h('span', { class: `badge ${source}`, text: `${label} ${entry.sources[source]}` }),
      ),
      answered ? h('span', { class: 'badge done', 'data-testid': 'inbox-state', text: '回答済み' }) : null,
    ),
    h(
      'p',
      { class: 'inbox-meta' },
      `最終 ${formatDate(entry.lastAt)}`,
      entry.count > 1 ? `・初回 ${formatDate(entry.firstAt)}` : '',
      `・${entry.channels.map(channelName).join('・')}`,
    ),
    h(
      'dl',
      { class: 'meta' },
      h('dt', { text: answered ? '現在の回答' : '最も近い候補' }),
      entry.nearest
        ? h('dd', {
            class: 'citation',
            'data-testid': 'inbox-citation',
            text: `${entry.nearest.citation}（信頼度 ${Math.round(entry.nearest.confidence * 100)}%）`,
          })
        : h('dd', { class: 'empty', 'data-testid': 'inbox-citation', text: '近い候補はありません' }),
    ),
  );
  if (!answered) item.append(registerButton(entry, item));
  return item;
}

/**
 * 「回答を登録」, which opens the answer form under the entry.
 * @param {InboxEntryJson} entry
 * @param {HTMLElement} item
 */
function registerButton(entry, item) {
  const button = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'register', text: '回答を登録' }));
  button.addEventListener('click', () => {
    button.hidden = true;
    const form = answerForm(entry, item, () => {
      form.remove();
      button.hidden = false;
      button.focus();
    });
    item.append(form);
    /** @type {HTMLTextAreaElement} */ (form.elements.namedItem('answer')).focus();
  });
  return button;
}

/**
 * @param {InboxEntryJson} entry
 * @param {HTMLElement} item
 * @param {() => void} close
 */
function answerForm(entry, item, close) {
  const form = /** @type {HTMLFormElement} */ (/** @type {DocumentFragment} */ (formTemplate.content.cloneNode(true)).firstElementChild);
  const field = (/** @type {string} */ name) =>
    /** @type {HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement} */ (form.elements.namedItem(name));
  const message = /** @type {HTMLElement} */ (form.querySelector('.form-message'));
  const submit = /** @type {HTMLButtonElement} */ (form.querySelector('button[type="submit"]'));
  field('author').value = localStorage.getItem(AUTHOR_KEY) ?? '';
  /** @type {HTMLButtonElement} */ (form.querySelector('[data-action="cancel"]')).addEventListener('click', close);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    /** @type {Record<string, string>} */
    const answer = {};
    for (const name of ['answer', 'status', 'remarks', 'author']) {
      const value = field(name).value.trim();
      if (value) answer[name] = value;
    }
    if (!answer.answer) {
      showMessage(message, '回答を入力してください。', 'error');
      return;
    }
    if (answer.author) localStorage.setItem(AUTHOR_KEY, answer.author);
    submit.disabled = true;
    showMessage(message, '登録しています（ナレッジを再読み込みします）…');
    try {
      const saved = await register(entry, answer);
      item.classList.replace('open', 'registered');
      form.replaceWith(
        h('p', {
          class: 'registered-note',
          'data-testid': 'registered',
          text: `登録しました: ${saved.citation}${saved.served ? '' : `（まだ回答に使われていません: ${saved.warning ?? ''}）`}`,
        }),
      );
      showMessage(adminMessage, `回答を登録しました（${saved.citation}）。次にこの質問をした人にはこの回答が表示されます。`, 'success');
      await afterRegistered();
    } catch (error) {
      showMessage(message, error instanceof Error && error.message ? error.message : '登録できませんでした。', 'error');
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/**
 * Saves the answer: as the answer of the entry's escalations when experts were asked (the newest
 * adds it to the knowledge, the others are marked answered with it), else as a curated answer.
 * @param {InboxEntryJson} entry
 * @param {Record<string, string>} answer
 * @returns {Promise<SavedJson>}
 */
async function register(entry, answer) {
  const [newest, ...older] = entry.escalations;
  if (!newest) return savedOf(await adminFetch('api/admin/answers', { body: { question: entry.question, ...answer } }));
  const { saved } = savedOf(await adminFetch(`api/admin/escalations/${encodeURIComponent(newest)}/answer`, { body: answer }));
  for (const id of older) {
    const { response, body } = await adminFetch(`api/admin/escalations/${encodeURIComponent(id)}/answer`, {
      body: { ...answer, addToKnowledge: false },
    });
    // Answered meanwhile (in Slack or Teams, say): nothing left to do for that one.
    if (!response.ok && response.status !== 409) throw new Error(failure(response.status, body));
  }
  return saved;
}

/**
 * @param {{ response: Response, body: any }} reply
 * @returns {any}
 */
function savedOf({ response, body }) {
  if (!response.ok || !body) throw new Error(failure(response.status, body));
  return body;
}

/**
 * @param {number} status
 * @param {{ error?: string } | null} body
 */
function failure(status, body) {
  if (status === 409) return 'この質問には別の担当者がすでに回答しました。一覧を更新してください。';
  if (status === 503) return 'ナレッジを読み込んでいます。数秒後にもう一度お試しください。';
  return `登録できませんでした (HTTP ${status})${body?.error ? `: ${body.error}` : ''}`;
}
