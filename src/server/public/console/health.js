// @ts-check
// The admin view's answer-library report (GET /api/admin/report): usage as a small chart drawn
// here in SVG (questions per day, the share answered, 👍/👎, per surface, the controls asked most
// and most often left unanswered), and the library's health in compact sections: conflicts,
// duplicates, coverage gaps, stale answers and missing words.
import { channelName } from './admin-api.js';
import { $, h } from './dom.js';

/**
 * @typedef {import('../../../core/report/types.js').LibraryReport} LibraryReport
 * @typedef {import('../../../core/report/types.js').ReportUsage} ReportUsage
 * @typedef {import('../../../core/report/types.js').ReportItem} ReportItem
 * @typedef {import('../../../core/report/types.js').ReportControl} ReportControl
 */

/** Entries listed per section; `kotae report` prints them all. */
const LISTED = 20;
const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * An SVG element (h() makes HTML ones).
 * @param {string} tag
 * @param {Record<string, string | number>} [attributes]
 * @param {...(Node | string)} children
 */
function svg(tag, attributes = {}, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  el.append(...children);
  return el;
}

/** @param {number | null} share */
function percent(share) {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** `05/31` from `2026-05-31`. @param {string} date */
function shortDate(date) {
  return date.slice(5).replace('-', '/');
}

/** @param {LibraryReport} report */
export function renderReport(report) {
  renderUsage(report.usage);
  renderHealth(report);
}

/** Shown when the report could not be made. @param {string} text */
export function reportUnavailable(text) {
  for (const id of ['usage', 'health']) $(id).replaceChildren(h('p', { class: 'empty', text }));
}

/** @param {ReportUsage} usage */
function renderUsage(usage) {
  $('usage-range').textContent = `(${usage.since} から ${usage.days} 日間)`;
  const stat = (/** @type {string} */ label, /** @type {string} */ value, /** @type {string} */ testId) =>
    h('div', { class: 'stat' }, h('dt', { text: label }), h('dd', { 'data-testid': testId, text: value }));
  $('usage').replaceChildren(
    h(
      'dl',
      { class: 'stats usage-stats' },
      stat('質問', usage.questions.toLocaleString('ja-JP'), 'usage-questions'),
      stat('回答できた割合', percent(usage.answeredShare), 'usage-answered'),
      stat('👍 / 👎', `${usage.feedback.helpful} / ${usage.feedback.unhelpful}`, 'usage-feedback'),
    ),
    h('h3', { class: 'sub-title', text: '日ごとの質問数' }),
    dailyChart(usage.perDay),
    h(
      'p',
      { class: 'legend' },
      h('span', { class: 'swatch answered' }),
      '回答できた',
      h('span', { class: 'swatch unanswered' }),
      '回答できなかった',
    ),
    h('h3', { class: 'sub-title', text: '経路ごと' }),
    surfaceBars(usage.surfaces),
    h(
      'div',
      { class: 'control-lists' },
      controlList('よく聞かれる管理策', usage.topControls, 'top-controls'),
      controlList('回答できないことが多い管理策', usage.unansweredControls, 'unanswered-controls'),
    ),
  );
}

/**
 * Stacked bars, one per day: answered below, unanswered above.
 * @param {ReportUsage['perDay']} days
 */
function dailyChart(days) {
  const width = 420;
  const height = 120;
  const top = 12;
  const bottom = 18;
  const left = 26;
  const max = Math.max(1, ...days.map((d) => d.questions));
  const slot = (width - left) / Math.max(days.length, 1);
  const bar = Math.max(1, slot * 0.72);
  const y = (/** @type {number} */ n) => top + (height - top - bottom) * (1 - n / max);
  const base = y(0);
  const bars = days.map((day, i) => {
    const x = left + i * slot + (slot - bar) / 2;
    return svg(
      'g',
      { class: 'day', 'data-date': day.date },
      svg('title', {}, `${day.date}: 質問 ${day.questions} 件・回答 ${day.answered} 件`),
      svg('rect', {
        class: 'answered',
        x: x.toFixed(1),
        y: y(day.answered).toFixed(1),
        width: bar.toFixed(1),
        height: (base - y(day.answered)).toFixed(1),
      }),
      svg('rect', {
        class: 'unanswered',
        x: x.toFixed(1),
        y: y(day.questions).toFixed(1),
        width: bar.toFixed(1),
        height: (y(day.answered) - y(day.questions)).toFixed(1),
      }),
    );
  });
  const first = days[0];
  const last = days.at(-1);
  const total = days.reduce((sum, d) => sum + d.questions, 0);
  return svg(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'data-testid': 'usage-chart',
      'aria-label': `日ごとの質問数: ${first?.date ?? ''}〜${last?.date ?? ''} に ${total} 件、最多は 1 日 ${max} 件`,
    },
    svg('line', { class: 'axis', x1: left, x2: width, y1: base, y2: base }),
    svg('text', { class: 'tick', x: left - 6, y: top + 4, 'text-anchor': 'end' }, String(max)),
    svg('text', { class: 'tick', x: left - 6, y: base, 'text-anchor': 'end' }, '0'),
    ...(first ? [svg('text', { class: 'tick', x: left, y: height - 4 }, shortDate(first.date))] : []),
    ...(last ? [svg('text', { class: 'tick', x: width, y: height - 4, 'text-anchor': 'end' }, shortDate(last.date))] : []),
    ...bars,
  );
}

/** @param {ReportUsage['surfaces']} surfaces */
function surfaceBars(surfaces) {
  if (!surfaces.length) return h('p', { class: 'empty', text: 'この期間の質問はありません' });
  const max = Math.max(1, ...surfaces.map((s) => s.questions));
  return h(
    'ul',
    { class: 'bars', 'data-testid': 'usage-surfaces' },
    ...surfaces.map((s) => {
      const fill = h('span', { class: 'bar-fill' });
      fill.style.width = `${(s.questions / max) * 100}%`;
      return h(
        'li',
        {},
        h('span', { class: 'bar-label', text: channelName(s.surface) }),
        h('span', { class: 'bar', 'aria-hidden': 'true' }, fill),
        h('span', {
          class: 'bar-value',
          text: `${s.questions} 件・回答 ${percent(s.answeredShare)}・👍 ${s.feedback.helpful}・👎 ${s.feedback.unhelpful}`,
        }),
      );
    }),
  );
}

/**
 * @param {string} title
 * @param {ReadonlyArray<ReportControl & { count: number }>} controls
 * @param {string} testId
 */
function controlList(title, controls, testId) {
  return h(
    'div',
    {},
    h('h3', { class: 'sub-title', text: title }),
    controls.length
      ? h(
          'ol',
          { class: 'ranked', 'data-testid': testId },
          ...controls.map((c) => h('li', { title: c.label_en }, c.label, h('span', { class: 'count', text: ` ${c.count} 件` }))),
        )
      : h('p', { class: 'empty', text: 'まだありません' }),
  );
}

/** @param {LibraryReport} report */
function renderHealth(report) {
  const { coverage } = report;
  $('health').replaceChildren(
    section(
      'conflicts',
      'ファイル間で食い違う回答',
      report.conflicts,
      (c) =>
        h('li', {}, h('strong', { text: c.reason }), h('span', { class: 'hint', text: ` 管理策: ${c.control.label}` }), citations(c.items)),
      '食い違う回答はありません',
    ),
    section(
      'duplicates',
      '重複している項目',
      report.duplicates,
      (d) => h('li', {}, h('span', { class: 'hint', text: `類似度 ${Math.round(d.similarity * 100)}%` }), citations(d.items)),
      '重複はありません',
    ),
    section(
      'coverage',
      '回答のない管理策',
      coverage.missing,
      (c) => h('li', { class: 'chip-item', title: c.label_en, text: c.label }),
      'カタログのすべての管理策に回答があります',
      [
        h('p', {
          class: 'hint',
          text: `管理策カタログ ${coverage.controls} 件のうち ${coverage.covered} 件に回答があります。回答のない管理策を聞かれると「要確認」になります。`,
        }),
        ...coverage.collections.map((c) =>
          h('p', {
            class: 'hint',
            text: `${c.collection}（${c.items} 項目）: 回答のない管理策 ${c.missing.length} 件${
              c.missing.length
                ? `（${c.missing
                    .slice(0, 8)
                    .map((m) => m.label)
                    .join('・')}${c.missing.length > 8 ? '…' : ''}）`
                : ''
            }`,
          }),
        ),
      ],
      'chips',
    ),
    section(
      'stale',
      `見直し時期を過ぎた回答（${report.reviewMonths} か月以上前）`,
      report.stale,
      (s) =>
        h('li', {
          class: 'citation',
          text: `${s.citation} ｜ 最終確認: ${s.reviewed.slice(0, 7)}${s.from === 'file' ? '（ファイルの更新日）' : ''}`,
        }),
      '見直し時期を過ぎた回答はありません',
    ),
    section(
      'missing-words',
      'ナレッジにない語',
      report.missingWords,
      (w) => h('li', { class: 'chip-item', text: `${w.word} ×${w.count}` }),
      '回答できなかった質問の語は、すべてナレッジにあります',
      [
        h('p', {
          class: 'hint',
          text: '回答できなかった質問にだけ現れる語（多い順）。synonyms.txt や controls.txt に加えると、次から見つかるかもしれません。',
        }),
      ],
      'chips',
    ),
  );
}

/**
 * One report section, folded, its count in the summary.
 * @template T
 * @param {string} name
 * @param {string} title
 * @param {readonly T[]} entries
 * @param {(entry: T) => HTMLElement} item
 * @param {string} none
 * @param {HTMLElement[]} [intro]
 * @param {string} [listClass]
 */
function section(name, title, entries, item, none, intro = [], listClass = '') {
  const more = entries.length - LISTED;
  return h(
    'details',
    { class: 'health-section', 'data-testid': `health-${name}` },
    h(
      'summary',
      { class: 'health-summary' },
      title,
      h('span', { class: `badge ${entries.length ? 'warn' : 'ok'}`, 'data-testid': 'health-count', text: String(entries.length) }),
    ),
    ...intro,
    entries.length ? h('ul', { class: listClass || null }, ...entries.slice(0, LISTED).map(item)) : h('p', { class: 'empty', text: none }),
    more > 0 ? h('p', { class: 'hint', text: `ほか ${more} 件（kotae report ですべて表示）` }) : null,
  );
}

/** @param {readonly ReportItem[]} items */
function citations(items) {
  return h(
    'ul',
    { class: 'citations' },
    ...items.map((i) =>
      h('li', { class: 'citation', 'data-testid': 'health-citation', text: `${i.status ? `${i.status} ` : ''}${i.citation}` }),
    ),
  );
}
