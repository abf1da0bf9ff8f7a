/** The card builders on their own: sizes, truncation and what the buttons carry. */
import { describe, expect, it } from 'vitest';
import { answerCard, cardBytes, MAX_CARD_BYTES, parseFeedback, reloadCard } from '../../../src/bots/teams/cards.js';
import type { ReloadOutcome } from '../../../src/core/kotae-service.js';
import type { AskResult, RankedAnswer } from '../../../src/core/types.js';
import { actions, candidateLines, cardTexts, fact } from './card-facts.js';

function ranked(rank: number, overrides: Partial<RankedAnswer> = {}): RankedAnswer {
  return {
    rank,
    score: 1 / rank,
    confidence: 0.8,
    id: `jinjer.txt#${rank}`,
    question: 'データは暗号化していますか',
    answer: `暗号化しています (${rank})`,
    status: '○',
    remarks: '',
    matched: ['暗号'],
    controls: [],
    citation: `jinjer.txt › データ管理 › No.${rank}`,
    source: { file: 'jinjer.txt', collection: '', sheet: null, section: 'データ管理', item: String(rank), line: rank },
    ...overrides,
  };
}

function result(results: RankedAnswer[], answered = true, question = 'データは暗号化されていますか'): AskResult {
  return { question, answered, took_ms: 1, results };
}

describe('answerCard', () => {
  it('shows the best answer with its status, citation and confidence, then at most two other candidates', () => {
    const card = answerCard(result([ranked(1, { remarks: 'AES-256' }), ranked(2), ranked(3), ranked(4)]));
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['○ 対応', '暗号化しています (1)', '備考: AES-256']));
    expect(fact(card, '出典')).toBe('jinjer.txt › データ管理 › No.1');
    expect(fact(card, '信頼度')).toBe('80%');
    expect(candidateLines(card)).toEqual(['2. [○ 対応] 暗号化しています (2)', '3. [○ 対応] 暗号化しています (3)']);
  });

  it('puts the item id and the question on both feedback buttons', () => {
    const card = answerCard(result([ranked(1)]));
    expect(actions(card).map((a) => a.data)).toEqual([
      { kotae: 'feedback', helpful: true, itemId: 'jinjer.txt#1', question: 'データは暗号化されていますか' },
      { kotae: 'feedback', helpful: false, itemId: 'jinjer.txt#1', question: 'データは暗号化されていますか' },
    ]);
  });

  it('cuts a huge answer with "…" to fit the budget, keeping every citation whole', () => {
    const long = '長い回答です。'.repeat(20_000);
    const card = answerCard(result([ranked(1, { answer: long, remarks: long }), ranked(2, { answer: long }), ranked(3, { answer: long })]));
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(MAX_CARD_BYTES).toBeLessThanOrEqual(28 * 1024);
    expect(fact(card, '出典')).toBe('jinjer.txt › データ管理 › No.1');
    expect(cardTexts(card).filter((t) => t.includes('jinjer.txt › データ管理 › No.'))).toHaveLength(3);
    const answer = cardTexts(card).find((t) => t.startsWith('長い回答です。'))!;
    expect(answer.endsWith('…')).toBe(true);
    // The budget goes to the text, not wasted: the answer is long, just not too long.
    expect(cardBytes(card)).toBeGreaterThan(MAX_CARD_BYTES * 0.9);
  });

  it('keeps the citation whole under a tight budget, cutting the texts instead', () => {
    const card = answerCard(result([ranked(1, { answer: 'x'.repeat(5000), citation: `jinjer.txt › ${'長い章'.repeat(40)} › No.1` })]), {
      budget: 1600,
    });
    expect(cardBytes(card)).toBeLessThanOrEqual(1600);
    expect(fact(card, '出典')).toBe(`jinjer.txt › ${'長い章'.repeat(40)} › No.1`);
    expect(cardTexts(card).find((t) => t.startsWith('x'))).toMatch(/^x+…$/);
  });

  it('says plainly that there is no confident answer and lists the nearest three, without buttons', () => {
    const card = answerCard(result([ranked(1), ranked(2), ranked(3), ranked(4)], false));
    expect(cardTexts(card)).toContain('確信を持てる回答はありません (no confident answer).');
    expect(candidateLines(card)).toHaveLength(3);
    expect(actions(card)).toEqual([]);
  });
});

describe('reloadCard', () => {
  const outcome = (
    files: number,
    warnings: number,
    ok = true,
    changes = { added: [] as string[], changed: [] as string[], kept: [] as string[], removed: [] as string[] },
  ): ReloadOutcome => ({
    ok,
    ...(ok ? {} : { error: 'no items could be loaded; the previous knowledge is still in use.' }),
    startedAt: new Date(0),
    finishedAt: new Date(12),
    tookMs: 12,
    changes,
    status: {
      dir: '/k',
      ready: true,
      version: 2,
      items: files * 10,
      files: Array.from({ length: files }, (_, i) => ({ file: `sheets/file-${i}.xlsx`, items: 10, bytes: 1000 })),
      warnings: Array.from({ length: warnings }, (_, i) => ({ file: `bad-${i}.pdf`, message: 'unsupported file type ".pdf": skipped.' })),
      loadedAt: null,
      lastReload: null,
    },
  });

  it('lists files with their counts and the warnings', () => {
    const texts = cardTexts(reloadCard(outcome(2, 1)));
    expect(texts).toEqual([
      '再読み込みしました (reloaded).',
      '2 ファイル・20 項目 (2 files, 20 items, 12 ms)',
      'sheets/file-0.xlsx: 10 項目',
      'sheets/file-1.xlsx: 10 項目',
      '警告 (warnings): 1',
      'bad-0.pdf: unsupported file type ".pdf": skipped.',
    ]);
  });

  it('says which files were added, changed, kept from before and removed', () => {
    const texts = cardTexts(
      reloadCard(outcome(2, 0, true, { added: ['sheets/file-1.xlsx'], changed: [], kept: ['sheets/file-0.xlsx'], removed: ['gone.csv'] })),
    );
    expect(texts).toEqual(
      expect.arrayContaining([
        '追加 (added): sheets/file-1.xlsx',
        '前回の内容で回答 (kept, last good): sheets/file-0.xlsx',
        '削除 (removed): gone.csv',
      ]),
    );
    expect(texts.some((t) => t.startsWith('更新'))).toBe(false);
  });

  it('says why a reload failed', () => {
    const texts = cardTexts(reloadCard(outcome(1, 0, false)));
    expect(texts.slice(0, 2)).toEqual([
      '再読み込みに失敗しました (reload failed).',
      'no items could be loaded; the previous knowledge is still in use.',
    ]);
  });

  it('stays within budget for thousands of files, saying how many are not shown', () => {
    const card = reloadCard(outcome(5000, 3000));
    expect(cardBytes(card)).toBeLessThanOrEqual(MAX_CARD_BYTES);
    expect(cardTexts(card).some((t) => /^…ほか \d+ 件/.test(t))).toBe(true);
  });
});

describe('parseFeedback', () => {
  it('reads the data of a feedback button', () => {
    expect(parseFeedback({ kotae: 'feedback', helpful: false, itemId: 'a.txt#3', question: 'q' })).toEqual({
      kotae: 'feedback',
      helpful: false,
      itemId: 'a.txt#3',
      question: 'q',
    });
  });

  it.each([
    undefined,
    null,
    'text',
    { kotae: 'other' },
    { kotae: 'feedback', helpful: 'yes', itemId: 'a' },
    { kotae: 'feedback', helpful: true, itemId: '' },
  ])('ignores %j', (value) => {
    expect(parseFeedback(value)).toBeNull();
  });
});
