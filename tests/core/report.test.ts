import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.js';
import { FEEDBACK_FILE, QUESTIONS_FILE, QuestionLog, UNANSWERED_FILE } from '../../src/core/question-log.js';
import { buildLibraryReport, type LibraryReport } from '../../src/core/report/index.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

/** The report's clock: usage and staleness are counted from here. */
const NOW = new Date(2026, 11, 10, 15, 0, 0);
const at = (month: number, day: number, hour = 12) => new Date(2026, month - 1, day, hour).toISOString();

/**
 * Checksheets with one known problem each: a status conflict (MFA ○ / ×) and a figure conflict
 * (log retention 3年 / 1年) between a.csv and b.csv, a near-duplicate between a.csv and
 * products/hr/c.csv, a stale item (its 最終確認日 is 2020) and a stale file (modified in 2021).
 */
const FILES = {
  'a.csv': [
    'No.,質問,回答状況,回答,担当部署',
    '1,多要素認証に対応していますか。,○,管理画面へのログインは多要素認証を必須にしています。,情報システム部',
    '2,アクセスログの保存期間を教えてください。,○,アクセスログは3年間保存しています。,情報システム部',
    '3,データのバックアップは取得していますか。,○,毎日バックアップを取得し、別リージョンに保管しています。,情報システム部',
  ].join('\n'),
  'b.csv': [
    'No.,質問,回答状況,回答',
    '1,多要素認証に対応していますか？,×,多要素認証には対応していません。',
    '2,アクセスログの保存期間を教えて下さい。,○,アクセスログの保存期間は1年です。',
  ].join('\n'),
  'products/hr/c.csv': [
    'No.,質問,回答状況,回答',
    '1,データのバックアップは取得していますか。,○,毎日バックアップを取得し、別リージョンに保管しております。',
  ].join('\n'),
  'reviewed.csv': [
    'No.,質問,回答,最終確認日',
    '1,従業員にセキュリティ教育を実施していますか。,年1回全従業員に教育を実施しています。,2020/4/1',
    '2,入退室管理を行っていますか。,ICカードで入退室を管理しています。,2026/11/1',
  ].join('\n'),
  'old.csv': ['No.,質問,回答', '1,ウイルス対策ソフトを導入していますか。,全端末に導入しています。'].join('\n'),
};

let knowledge: ReturnType<typeof makeKnowledgeFolder>;
let dataDir: string;
let snapshot: KnowledgeSnapshot;
let report: LibraryReport;

function writeLog(file: string, entries: object[]): void {
  writeFileSync(path.join(dataDir, file), entries.map((e) => `${JSON.stringify(e)}\n`).join(''));
}

beforeAll(async () => {
  knowledge = makeKnowledgeFolder({ samples: [], files: FILES });
  utimesSync(path.join(knowledge.dir, 'old.csv'), new Date(2021, 5, 1), new Date(2021, 5, 1));
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-report-data-'));
  mkdirSync(dataDir, { recursive: true });
  writeLog(QUESTIONS_FILE, [
    { at: at(12, 9), channel: 'slack', answered: true, controls: ['8.5-mfa'], topId: 'a.csv#2' },
    { at: at(12, 9), channel: 'slack', answered: false, controls: ['8.5-mfa', '8.24-encryption-at-rest'], topId: null },
    { at: at(12, 10), channel: 'web', answered: true, controls: ['8.5-mfa'], topId: 'a.csv#2' },
    { at: at(12, 10), channel: 'web', answered: false, controls: ['8.24-encryption-at-rest'], topId: null },
    // Outside the 30-day window.
    { at: at(10, 1), channel: 'web', answered: true, controls: ['8.15-log-retention'], topId: 'a.csv#3' },
  ]);
  writeLog(FEEDBACK_FILE, [
    { at: at(12, 9), channel: 'slack', question: 'MFA?', itemId: 'a.csv#2', helpful: true },
    { at: at(12, 10), channel: 'web', question: 'MFA?', itemId: 'a.csv#2', helpful: false },
  ]);
  writeLog(UNANSWERED_FILE, [
    { at: at(12, 9), channel: 'slack', question: 'ゼロトラストに対応していますか', nearestId: null, nearestConfidence: null },
    {
      at: at(12, 10),
      channel: 'web',
      question: 'ゼロトラストの考え方でネットワークを設計していますか',
      nearestId: null,
      nearestConfidence: null,
    },
    { at: at(12, 10), channel: 'web', question: 'バックアップの暗号化は？', nearestId: null, nearestConfidence: null },
  ]);
  snapshot = await buildSnapshot(knowledge.dir, { cacheDir: false });
  report = await buildLibraryReport(snapshot, { log: new QuestionLog(dataDir), review: { months: 12, now: () => NOW } });
});

afterAll(() => {
  knowledge.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the answer-library report', () => {
  it('lists the status conflict and the figure conflict between two files, with both citations', () => {
    expect(
      report.conflicts.map((c) => ({
        kind: c.kind,
        reason: c.reason,
        control: c.control.control,
        citations: c.items.map((i) => i.citation),
        statuses: c.items.map((i) => i.status),
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          kind: 'status',
          reason: '回答状況が異なります: ○ / × (status differs)',
          control: '8.5-mfa',
          citations: ['a.csv › No.1', 'b.csv › No.1'],
          statuses: ['○', '×'],
        },
        {
          kind: 'figure',
          reason: '記載の数値が異なります: 3年間 / 1年 (stated figures differ)',
          control: '8.15-log-retention',
          citations: ['a.csv › No.2', 'b.csv › No.2'],
          statuses: ['○', '○'],
        },
      ]),
    );
    expect(report.conflicts).toHaveLength(2);
  });

  it('lists the near-duplicate across files, and not the items that merely share a question', () => {
    expect(report.duplicates).toEqual([
      {
        similarity: expect.any(Number),
        items: [expect.objectContaining({ citation: 'a.csv › No.3' }), expect.objectContaining({ citation: 'products/hr/c.csv › No.1' })],
      },
    ]);
    expect(report.duplicates[0]!.similarity).toBeGreaterThanOrEqual(0.9);
  });

  it('lists the controls no item is about, for the whole knowledge and per collection', () => {
    const missing = report.coverage.missing.map((c) => c.control);
    expect(missing).toContain('8.16-log-monitoring');
    expect(missing).not.toContain('8.5-mfa');
    expect(missing).not.toContain('7.2-entry-control');
    expect(report.coverage.missing.find((c) => c.control === '8.16-log-monitoring')).toEqual({
      control: '8.16-log-monitoring',
      label: expect.any(String),
      label_en: expect.any(String),
    });
    expect(report.coverage.controls).toBe(report.coverage.covered + report.coverage.missing.length);
    expect(report.coverage.collections.map((c) => [c.collection, c.items])).toEqual([
      ['products', 1],
      ['products/hr', 1],
    ]);
    // products/hr has only its backup answer: MFA, covered elsewhere, is a gap there.
    expect(report.coverage.collections[1]!.missing.map((c) => c.control)).toContain('8.5-mfa');
  });

  it('lists the stale answers: the item whose 最終確認日 is old, and the items of the file not modified for years', () => {
    expect(report.stale).toEqual([
      { id: 'reviewed.csv#2', citation: 'reviewed.csv › No.1', reviewed: '2020-04-01', from: 'column' },
      { id: 'old.csv#2', citation: 'old.csv › No.1', reviewed: '2021-06-01', from: 'file' },
    ]);
  });

  it('lists the words of unanswered questions that no item matches, most frequent first', () => {
    expect(report.missingWords[0]).toEqual({ word: 'ゼロトラスト', count: 2 });
    const words = report.missingWords.map((w) => w.word);
    // No item speaks of encryption: 暗号化 is missing, as one word (not also its part 暗号).
    expect(words).toContain('暗号化');
    expect(words).not.toContain('暗号');
    // The backup answers cover バックアップ; asking words (対応, 設計していますか) are no suggestions.
    for (const known of ['バックアップ', '対応', 'いる']) expect(words).not.toContain(known);
  });

  it('counts usage in the window: per day, share answered, 👍/👎, controls asked and unanswered, per surface', () => {
    const { usage } = report;
    expect(usage).toMatchObject({
      since: '2026-11-11',
      days: 30,
      questions: 4,
      answered: 2,
      answeredShare: 0.5,
      feedback: { helpful: 1, unhelpful: 1 },
    });
    expect(usage.perDay).toHaveLength(30);
    expect(usage.perDay.slice(-2)).toEqual([
      { date: '2026-12-09', questions: 2, answered: 1 },
      { date: '2026-12-10', questions: 2, answered: 1 },
    ]);
    expect(usage.topControls.map((c) => [c.control, c.count])).toEqual([
      ['8.5-mfa', 3],
      ['8.24-encryption-at-rest', 2],
    ]);
    expect(usage.unansweredControls.map((c) => [c.control, c.count])).toEqual([
      ['8.24-encryption-at-rest', 2],
      ['8.5-mfa', 1],
    ]);
    expect(usage.surfaces.map((s) => [s.surface, s.questions, s.answered, s.feedback.helpful, s.feedback.unhelpful])).toEqual([
      ['slack', 2, 1, 1, 0],
      ['web', 2, 1, 0, 1],
    ]);
  });

  it('is plain JSON with the documented top-level shape', () => {
    const copy = JSON.parse(JSON.stringify(report)) as Record<string, unknown>;
    expect(Object.keys(copy).sort()).toEqual([
      'conflicts',
      'coverage',
      'duplicates',
      'generatedAt',
      'knowledge',
      'missingWords',
      'reviewMonths',
      'stale',
      'usage',
    ]);
    expect(copy.knowledge).toEqual({ dir: knowledge.dir, files: 5, items: 9 });
  });

  it('without logs, still reports the library itself', async () => {
    const bare = await buildLibraryReport(snapshot, { review: { months: 12, now: () => NOW } });
    expect(bare.conflicts).toHaveLength(2);
    expect(bare.missingWords).toEqual([]);
    expect(bare.usage).toMatchObject({ questions: 0, answeredShare: null, surfaces: [] });
  });
});
