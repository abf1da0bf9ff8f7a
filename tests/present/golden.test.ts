/**
 * One answer view, rendered by every surface: the CLI's text, Slack's Block Kit, Teams' Adaptive
 * Card, the filled questionnaire's cells, and the view the web console renders (the API's `view`);
 * and one escalation view (「専門家に聞く」), rendered by Slack and Teams.
 * Each rendering is kept as a golden file beside this test (tests/present/__golden__), and each must
 * show the same status label, citation line, confidence and reason that the view holds.
 */
import { describe, expect, it } from 'vitest';
import { buildAnswerMessage } from '../../src/bots/slack/blocks.js';
import { buildEscalationMessage, buildExpertAnswerMessage, slackWhere } from '../../src/bots/slack/escalation-blocks.js';
import { answerCard } from '../../src/bots/teams/cards.js';
import { escalationCard, expertAnswerCard, whereLabel } from '../../src/bots/teams/escalation-cards.js';
import { formatAnswers } from '../../src/cli/format.js';
import type { Escalation } from '../../src/core/escalations.js';
import type { AskResult, RankedAnswer } from '../../src/core/types.js';
import { draftOf } from '../../src/fill/draft.js';
import { candidatesOf, LABELS, MESSAGES, presentAnswer, presentEscalation, presentExpertAnswer } from '../../src/present/index.js';

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
    reason: {
      code: 'control_not_in_knowledge',
      controls: [PHYSICAL],
      message: 'この項目（物理的入退管理）の回答はナレッジにありません。',
      message_en: 'The knowledge has no answer about Physical entry.',
    },
    results: [ranked(1, { confidence: 0.41, status: '×' }), ranked(2, { confidence: 0.33, answer: '', remarks: '' })],
    note: '質問が1000文字を超えるため、最初の1000文字で検索しました。 (The question is longer than 1000 characters: only the first 1000 were searched.)',
  },
  nothing: { question: 'ペンギンの好物は？', answered: false, took_ms: 1, results: [] },
  conflict: {
    question: '管理画面のログインは多要素認証必須ですか',
    answered: true,
    took_ms: 1,
    conflict: {
      message: 'ファイル間で回答が異なります',
      message_en: 'The files answer this differently',
      reason: '回答状況が異なります: ○ / × (status differs)',
      items: ['a.csv › No.1', 'b.csv › No.1'],
    },
    results: [
      ranked(1, {
        question: '管理画面へのログインに多要素認証を必須にしていますか。',
        answer: '管理画面へのログインは多要素認証を必須にしています。',
        remarks: '',
        controls: [MFA],
        citation: 'a.csv › No.1',
        source: {
          file: 'a.csv',
          collection: '',
          sheet: null,
          section: '',
          item: '1',
          line: 2,
          owner: '情報システム部',
          reviewed: '2024-03-01',
          stale: true,
        },
      }),
      ranked(2, {
        status: '×',
        question: '管理画面へのログインに多要素認証を必須にしていますか。',
        answer: '管理画面のログインに多要素認証は導入していません。',
        controls: [MFA],
        citation: 'b.csv › No.1',
        source: {
          file: 'b.csv',
          collection: '',
          sheet: null,
          section: '',
          item: '1',
          line: 2,
          owner: '総務部',
          reviewed: '2026-11-20',
          stale: false,
        },
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

  it("shows the files' disagreement with every citation, the owners and a stale review month on every surface", () => {
    if (!view.conflict) return;
    expect(view.conflict.message).toBe('注意: ファイル間で回答が異なります: 回答状況が異なります: ○ / × (status differs)');
    expect(view.best).toMatchObject({
      owner: '情報システム部',
      lastChecked: '2024-03',
      citationLine: 'a.csv › No.1 ｜ 管理策: 多要素認証 ｜ 最終確認: 2024-03 ｜ 担当: 情報システム部',
    });
    expect(view.others[0]).toMatchObject({
      owner: '総務部',
      lastChecked: null,
      citationLine: 'b.csv › No.1 ｜ 管理策: 多要素認証 ｜ 担当: 総務部',
    });
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
    const [high, medium, low] = [0.85, 0.65, 0.2].map(
      (confidence) => presentAnswer({ ...CASES.answered!, results: [ranked(1, { confidence })] }).best!,
    );
    expect([high!.confidencePercent, high!.confidenceLevel]).toEqual(['85%', 'high']);
    expect([medium!.confidencePercent, medium!.confidenceLevel]).toEqual(['65%', 'medium']);
    expect([low!.confidencePercent, low!.confidenceLevel]).toEqual(['20%', 'low']);
  });
});

/**
 * 「専門家に聞く」: one escalation view and one expert's answer view, rendered by Slack and Teams.
 * The question, who asked, kotae's candidates with their citation lines, and the expert's answer
 * with its status and saved citation must show on both.
 */
const OPEN: Escalation = {
  id: '3f6c1a2e-8b4d-4c1f-9a7e-2d5b6c7e8f90',
  at: '2026-12-01T09:00:00.000Z',
  state: 'open',
  question: 'サーバールームの入退室は管理していますか',
  asker: { id: 'U0ASKER01', name: '佐藤' },
  surface: 'slack',
  where: {
    channel: 'C0SALES01',
    thread_ts: '1764579600.000100',
    permalink: 'https://example.slack.com/archives/C0SALES01/p1764579600000100',
    conversationType: 'channel',
  },
  candidates: candidatesOf(CASES.unanswered!),
};
const ANSWERED: Escalation = {
  ...OPEN,
  state: 'answered',
  answered: {
    at: '2026-12-01T10:00:00.000Z',
    answer: 'ICカードで入退室を記録し、ログを1年間保管しています。',
    status: '○',
    remarks: '年次で棚卸しします。',
    by: '山田',
    saved: { id: 'C-12', file: 'kotae-curated.csv', citation: 'kotae-curated.csv › No.C-12 (山田, 2026-12-01)' },
  },
};

describe.each([
  ['escalation-open', OPEN],
  ['escalation-answered', ANSWERED],
] as const)('the %s case', (name, escalation) => {
  const view = presentEscalation(escalation);
  const renderings = {
    slack: buildEscalationMessage(view, slackWhere(escalation)!),
    teams: escalationCard(view, whereLabel(escalation)),
  };

  it.each(Object.keys(renderings) as Array<keyof typeof renderings>)('renders on %s as the golden file says', async (surface) => {
    await expect(`${JSON.stringify(renderings[surface], null, 2)}\n`).toMatchFileSnapshot(`__golden__/${name}.${surface}.json`);
  });

  it("shows the question, who asked and every candidate's citation line on Slack and Teams", () => {
    for (const surface of ['slack', 'teams'] as const) {
      const shown = strings(renderings[surface]);
      expect(shown, surface).toContain(escalation.question);
      for (const candidate of view.candidates) expect(shown, surface).toContain(candidate.citationLine);
    }
    expect(strings(renderings.slack)).toContain('<@U0ASKER01>');
    expect(strings(renderings.teams)).toContain('"value":"佐藤"');
  });

  it('offers 「回答する」 while open, carrying only the escalation id, and says who answered once answered', () => {
    const slackButtons = strings(renderings.slack.blocks.filter((block) => block.type === 'actions'));
    const teamsActions = renderings.teams.actions ?? [];
    if (!view.answered) {
      expect(slackButtons).toContain(`"value":"${escalation.id}"`);
      expect(slackButtons).toContain(LABELS.answerAction);
      expect(teamsActions).toEqual([
        expect.objectContaining({ title: LABELS.answerAction, data: { kotae: 'expert-answer', escalationId: escalation.id } }),
      ]);
      return;
    }
    expect(slackButtons).toBe('[]');
    expect(teamsActions).toEqual([]);
    for (const surface of ['slack', 'teams'] as const) {
      const shown = strings(renderings[surface]);
      expect(shown, surface).toContain(view.answered.answeredLine);
      expect(shown, surface).toContain(view.answered.status!.label);
      expect(shown, surface).toContain('kotae-curated.csv › No.C-12 (山田, 2026-12-01)');
    }
  });
});

describe("the expert's answer, as the asker gets it", () => {
  const view = presentExpertAnswer(ANSWERED.answered!);
  const renderings = {
    slack: buildExpertAnswerMessage(view, ANSWERED.question),
    teams: expertAnswerCard(view, ANSWERED.question),
  };

  it.each(Object.keys(renderings) as Array<keyof typeof renderings>)('renders on %s as the golden file says', async (surface) => {
    await expect(`${JSON.stringify(renderings[surface], null, 2)}\n`).toMatchFileSnapshot(`__golden__/expert-answer.${surface}.json`);
  });

  it("heads the answer with the expert's name and the status, and cites where it was saved, on Slack and Teams", () => {
    expect(view.heading).toBe('山田さんの回答');
    for (const surface of ['slack', 'teams'] as const) {
      const shown = strings(renderings[surface]);
      expect(shown, surface).toContain(view.heading);
      expect(shown, surface).toContain('○ 対応');
      expect(shown, surface).toContain(view.answer);
      expect(shown, surface).toContain(view.savedCitation!);
    }
  });
});

describe('「専門家に聞く」 under an answer', () => {
  const renderings = {
    slack: buildAnswerMessage(CASES.unanswered!, { askExpert: true }),
    teams: answerCard(CASES.unanswered!, { askExpert: true }),
  };

  it.each(Object.keys(renderings) as Array<keyof typeof renderings>)('renders on %s as the golden file says', async (surface) => {
    await expect(`${JSON.stringify(renderings[surface], null, 2)}\n`).toMatchFileSnapshot(`__golden__/ask-expert.${surface}.json`);
  });

  it('is labelled with the one text on both surfaces, and only when asked for', () => {
    for (const surface of ['slack', 'teams'] as const) expect(strings(renderings[surface]), surface).toContain(`"${MESSAGES.askExpert}"`);
    expect(strings(buildAnswerMessage(CASES.unanswered!))).not.toContain(MESSAGES.askExpert);
    expect(strings(answerCard(CASES.answered!))).not.toContain(MESSAGES.askExpert);
    expect(strings(answerCard(CASES.answered!, { askExpert: true }))).toContain(MESSAGES.askExpert);
  });
});
