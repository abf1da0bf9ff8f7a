import { utimesSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/core/answer.js';
import { citationLine } from '../../src/present/index.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

let knowledge: ReturnType<typeof makeKnowledgeFolder>;
let snapshot: KnowledgeSnapshot;
const NOW = () => new Date(2026, 11, 10);

beforeAll(async () => {
  knowledge = makeKnowledgeFolder({
    samples: ['jinjer.txt'],
    files: {
      'a.csv':
        'No.,質問,回答状況,回答,担当部署,最終確認日\n1,管理画面へのログインに多要素認証を必須にしていますか。,○,管理画面へのログインは多要素認証を必須にしています。,情報システム部,2024/3/1\n2,アクセスログの保存期間を教えてください。,○,アクセスログは3年間保存しています。,情報システム部,2026/11/1\n',
      'b.csv':
        'No.,質問,回答状況,回答\n1,管理画面へのログインに多要素認証を必須にしていますか。,×,管理画面のログインに多要素認証は導入していません。\n2,アクセスログの保存期間を教えてください。,○,アクセスログの保存期間は1年です。\n',
    },
  });
  utimesSync(path.join(knowledge.dir, 'b.csv'), new Date(2026, 10, 20), new Date(2026, 10, 20));
  snapshot = await buildSnapshot(knowledge.dir, { cacheDir: false });
});
afterAll(() => knowledge.cleanup());

const ask = (question: string, top = 5) => answerQuestion(snapshot, question, { top }, { months: 12, now: NOW });

describe('answers that disagree across files', () => {
  it('says so, with both citations, when the confident answers disagree on ○ / ×', () => {
    const result = ask('管理画面のログインは多要素認証必須ですか');
    expect(result.answered).toBe(true);
    expect(result.conflict).toEqual({
      message: 'ファイル間で回答が異なります',
      message_en: 'The files answer this differently',
      reason: expect.stringMatching(/^回答状況が異なります: [○×] \/ [○×] \(status differs\)$/),
      items: expect.arrayContaining(['a.csv › No.1', 'b.csv › No.1']),
    });
  });

  it('says so when they state different figures, even when only one result is asked for', () => {
    const result = ask('アクセスログの保存期間は？', 1);
    expect(result.results).toHaveLength(1);
    expect(result.conflict?.reason).toMatch(/^記載の数値が異なります: (3年間 \/ 1年|1年 \/ 3年間)/);
    expect(result.conflict?.items).toHaveLength(2);
  });

  it('says nothing when the answers agree or nothing is confident', () => {
    expect(ask('SSL対応?').conflict).toBeUndefined();
    const unanswered = ask('交通費精算の締め日っていつ？');
    expect(unanswered.answered).toBe(false);
    expect(unanswered.conflict).toBeUndefined();
  });
});

describe('owners and review dates in results', () => {
  it('carry the owner and review date, mark answers older than the review period stale, and show both in the citation line', () => {
    const result = ask('管理画面のログインは多要素認証必須ですか');
    const fromA = result.results.find((r) => r.source.file === 'a.csv')!;
    expect(fromA.source).toMatchObject({ owner: '情報システム部', reviewed: '2024-03-01', stale: true });
    expect(citationLine(fromA)).toBe('a.csv › No.1 ｜ 管理策: 多要素認証 ｜ 最終確認: 2024-03 ｜ 担当: 情報システム部');
    const fromB = result.results.find((r) => r.source.file === 'b.csv')!;
    // No review column: the file's modification time, recent, so not shown.
    expect(fromB.source).toMatchObject({ reviewed: '2026-11-20', stale: false });
    expect(fromB.source).not.toHaveProperty('owner');
    expect(citationLine(fromB)).toBe('b.csv › No.1 ｜ 管理策: 多要素認証');
  });

  it('name the controls the question is about', () => {
    expect(ask('アクセスログの保存期間は？').question_controls?.map((c) => c.id)).toContain('8.15-log-retention');
    expect(ask('xyzzy plugh')).not.toHaveProperty('question_controls');
  });
});
