/**
 * One answer view, rendered by every surface: the CLI's text, Slack's Block Kit, Teams' Adaptive
 * Card, the filled questionnaire's cells, and the view the web console renders (the API's `view`).
 * Each rendering is kept as a golden file beside this test (tests/present/__golden__), and each must
 * show the same status label, citation line, confidence and reason that the view holds.
 */
import { describe, expect, it } from 'vitest';
import { buildAnswerMessage } from '../../src/bots/slack/blocks.js';
import { answerCard } from '../../src/bots/teams/cards.js';
import { formatAnswers } from '../../src/cli/format.js';
import type { AskResult, RankedAnswer } from '../../src/core/types.js';
import { draftOf } from '../../src/fill/draft.js';
import { presentAnswer } from '../../src/present/index.js';

const ENCRYPTION = { id: '8.24-encryption', label: '暗号の利用', label_en: 'Use of cryptography' };
const PHYSICAL = { id: '7.2-physical-entry', label: '物理的入退管理', label_en: 'Physical entry' };
const MFA = { id: '8.5-mfa', label: '多要素認証', label_en: 'Multi-factor authentication' };

function ranked(rank: number, overrides: Partial<RankedAnswer> = {}): RankedAnswer {
  return {
    rank,
    score: 10 - rank,
    confidence: 0.95 - rank * 0.1,
    id: `jinjer.txt#${rank}`,
    question: 'クラウドサービスで保管されるデータが暗号化されていること。',
    answer: `データは AES-256 で暗号化しております。（候補 ${rank}）`,
    status: '○',
    remarks: rank === 1 ? '鍵は KMS で管理しています。' : '',
    matched: ['暗号'],
    controls: [ENCRYPTION],
    citation: `jinjer.txt › データ管理 › No.${30 + rank}`,
    source: { file: 'jinjer.txt', collection: '', sheet: null, section: 'データ管理', item: String(30 + rank), line: rank },
    ...overrides,
  };
}

const CASES: Record<string, AskResult> = {
  answered: {
    question: 'データは暗号化されていますか',
    answered: true,
    took_ms: 1,
    results: [ranked(1), ranked(2, { status: '△' }), ranked(3, { status: '', controls: [] }), ranked(4)],
  },
  unanswered: {
    question: 'サーバールームの入退室は管理していますか',
    answered: false,
    took_ms: 1,
    reason: { code: 'control_not_in_knowledge', controls: [PHYSICAL], message: 'この項目（物理的入退管理）の回答はナレッジにありません。', message_en: 'The knowledge has no answer about Physical entry.' },
    results: [ranked(1, { confidence: 0.41, status: '×' }), ranked(2, { confidence: 0.33, answer: '', remarks: '' })],
    note: '質問が1000文字を超えるため、最初の1000文字で検索しました。 (The question is longer than 1000 characters: only the first 1000 were searched.)',
  },
  nothing: { question: 'ペンギンの好物は？', answered: false, took_ms: 1, results: [] },
  conflict: {
    question: '管理画面のログインは多要素認証必須ですか',
    answered: true,
    took_ms: 1,
    conflict: { message: 'ファイル間で回答が異なります', message_en: 'The files answer this differently', reason: '回答状況が異なります: ○ / × (status differs)', items: ['a.csv › No.1', 'b.csv › No.1'] },
    results: [
      ranked(1, {
        question: '管理画面へのログインに多要素認証を必須にしていますか。',
        answer: '管理画面へのログインは多要素認証を必須にしています。',
        remarks: '',
        controls: [MFA],
        citation: 'a.csv › No.1',
        source: { file: 'a.csv', collection: '', sheet: null, section: '', item: '1', line: 2, owner: '情報システム部', reviewed: '2024-03-01', stale: true },
      }),
      ranked(2, {
        status: '×',
        question: '管理画面へのログインに多要素認証を必須にしていますか。',
        answer: '管理画面のログインに多要素認証は導入していません。',
        controls: [MFA],
        citation: 'b.csv › No.1',
        source: { file: 'b.csv', collection: '', sheet: null, section: '', item: '1', line: 2, owner: '総務部', reviewed: '2026-11-20', stale: false },
      }),
    ],
  },
};

/** Every string in a rendering, for "does it show X" checks that do not depend on its markup. */
function strings(value: unknown): string {
  return JSON.stringify(value);
}

describe.each(Object.entries(CASES))('the %s case', (name, result) => {
  const view = presentAnswer(result);
  const renderings = {
    cli: formatAnswers(result),
    slack: buildAnswerMessage(result, { restateQuestion: true }),
    teams: answerCard(result),
    fill: draftOf(result),
    console: presentAnswer(result, { shown: result.results.length }),
  };

  it.each(Object.keys(renderings) as Array<keyof typeof renderings>)('renders on %s as the golden file says', async (surface) => {
    const rendering = renderings[surface];
    const text = typeof rendering === 'string' ? rendering : `${JSON.stringify(rendering, null, 2)}\n`;
    await expect(text).toMatchFileSnapshot(`__golden__/${name}.${surface}.${typeof rendering === 'string' ? 'txt' : 'json'}`);
  });

  it('shows the same status, citation line and confidence of the best answer on every chat surface and the CLI', () => {
    if (!view.best) return;
    for (const surface of ['cli', 'slack', 'teams'] as const) {
      const shown = strings(renderings[surface]);
      expect(shown, surface).toContain(view.best.status!.label);
      expect(shown, surface).toContain(view.best.citationLine);
      expect(shown, surface).toContain(view.best.confidencePercent);
    }
    expect(renderings.fill.citation.split('\n')[0]).toBe(view.best.citationLine);
  });

  it('shows the files\' disagreement with every citation, the owners and a stale review month on every surface', () => {
    if (!view.conflict) return;
    expect(view.conflict.message).toBe('注意: ファイル間で回答が異なります: 回答状況が異なります: ○ / × (status differs)');
    expect(view.best).toMatchObject({ owner: '情報システム部', lastChecked: '2024-03', citationLine: 'a.csv › No.1 ｜ 管理策: 多要素認証 ｜ 最終確認: 2024-03 ｜ 担当: 情報システム部' });
    expect(view.others[0]).toMatchObject({ owner: '総務部', lastChecked: null, citationLine: 'b.csv › No.1 ｜ 管理策: 多要素認証 ｜ 担当: 総務部' });
    for (const surface of ['cli', 'slack', 'teams', 'fill', 'console'] as const) {
      const shown = strings(renderings[surface]);
      expect(shown, surface).toContain(view.conflict.message);
      for (const citation of view.conflict.citations) expect(shown, surface).toContain(citation);
      expect(shown, surface).toContain('最終確認: 2024-03 ｜ 担当: 情報システム部');
    }
  });

  it('shows why there is no answer, the note, and every nearest candidate on every chat surface and the CLI', () => {
    if (view.best) return;
    for (const surface of ['cli', 'slack', 'teams'] as const) {
      const shown = strings(renderings[surface]);
      expect(shown, surface).toContain('確信を持てる回答はありません');
      if (view.reason) expect(shown, surface).toContain(JSON.stringify(view.reason).slice(1, -1));
      if (view.note) expect(shown, surface).toContain(view.note.slice(0, 20));
      for (const candidate of view.others) expect(shown, surface).toContain(candidate.citationLine);
    }
    expect(renderings.fill.toCheck).toBe(true);
  });
});

describe('the answer view', () => {
  it('offers feedback only on a confident answer', () => {
    expect(presentAnswer(CASES.answered!).feedback).toEqual({ question: 'データは暗号化されていますか', itemId: 'jinjer.txt#1' });
    expect(presentAnswer(CASES.unanswered!).feedback).toBeNull();
  });

  it('shows the best answer and two alternatives, or three nearest candidates', () => {
    const answered = presentAnswer(CASES.answered!);
    expect(answered.best?.rank).toBe(1);
    expect(answered.others.map((o) => o.rank)).toEqual([2, 3]);
    expect(presentAnswer(CASES.unanswered!).others.map((o) => o.rank)).toEqual([1, 2]);
  });

  it('words confidence as a percentage and a level', () => {
    const [high, medium, low] = [0.85, 0.65, 0.2].map((confidence) => presentAnswer({ ...CASES.answered!, results: [ranked(1, { confidence })] }).best!);
    expect([high!.confidencePercent, high!.confidenceLevel]).toEqual(['85%', 'high']);
    expect([medium!.confidencePercent, medium!.confidenceLevel]).toEqual(['65%', 'medium']);
    expect([low!.confidencePercent, low!.confidenceLevel]).toEqual(['20%', 'low']);
  });
});
