import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerQuestion, CONFIDENCE_THRESHOLD, MAX_QUESTION_CHARS } from '../../src/core/answer.js';
import { buildSnapshot, type KnowledgeSnapshot } from '../../src/core/knowledge-snapshot.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

let snapshot: KnowledgeSnapshot;
let cleanup: () => void;

beforeAll(async () => {
  const made = makeKnowledgeFolder({
    files: {
      'products/page/qloba-page.txt': readFileSync(new URL('../../knowledge/qloba-page.txt', import.meta.url)),
      'extra/operations.tsv': '項番\t確認事項\t回答\n6-30\t運用手順書を整備していますか。\t運用手順書を整備し、年1回見直しています。\n',
    },
  });
  cleanup = made.cleanup;
  snapshot = await buildSnapshot(made.dir);
}, 30_000);
afterAll(() => cleanup());

const ask = (question: string, options = {}) => answerQuestion(snapshot, question, options);

describe('answering from the bundled checksheets', () => {
  it("returns the jinjer TLS answer for 'SSL対応?'", () => {
    const result = ask('SSL対応?', { top: 5 });
    expect(result.answered).toBe(true);
    expect(result.results.slice(0, 3).map((r) => r.citation)).toContain('jinjer.txt › データ管理 › 通信の暗号化 › No.36');
  });

  it('answers an English question from Japanese checksheets (MFA)', () => {
    const result = ask('Can users log in with multi-factor authentication?');
    expect(result.answered).toBe(true);
    expect(result.results[0]!.answer).toMatch(/多要素認証|二段階認証|二要素認証/);
  });

  it("finds the OCR'd answer when the question is typed correctly (パスワード vs バスワード)", () => {
    const result = ask('パスワード管理機能はありますか', { collection: 'products/page' });
    expect(result.results[0]!.source.file).toBe('products/page/qloba-page.txt');
  });

  it('goes straight to an item named by its number', () => {
    const result = ask('項番5-7の回答をください');
    expect(result.results[0]).toMatchObject({ source: { file: 'skyarch.txt', item: '5-7' } });
    expect(result.results[0]!.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });

  it.each([
    ['No.35', 'jinjer.txt', '35'],
    ['項番6.30の回答', 'extra/operations.tsv', '6-30'],
    ['６－３０', 'extra/operations.tsv', '6-30'],
  ])('finds the item named %s whatever the separator or width', (question, file, item) => {
    expect(ask(question).results[0]).toMatchObject({ source: { file, item } });
  });

  it.each([
    '今日のランチは？',
    '価格表ください',
    '社食のメニューは何ですか',
    '明日15時に会議室Bって空いてる？',
    "What's on the product roadmap for next quarter?",
  ])('says "no confident answer" to the out-of-scope question %s, still listing candidates', (question) => {
    const result = ask(question);
    expect(result.answered).toBe(false);
    expect(result.results.every((r) => r.confidence < CONFIDENCE_THRESHOLD)).toBe(true);
  });

  it('ranks results with scores that do not increase and confidences in [0, 1]', () => {
    const { results } = ask('バックアップは毎日取得していますか', { top: 10 });
    expect(results).toHaveLength(10);
    results.forEach((r, i) => {
      expect(r.rank).toBe(i + 1);
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      if (i > 0) expect(r.score).toBeLessThanOrEqual(results[i - 1]!.score);
    });
    expect(results[0]!.matched.length).toBeGreaterThan(0);
  });

  it('limits answers to a collection (a subfolder) when asked', () => {
    const { results } = ask('データは暗号化されていますか', { collection: 'products' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.source.collection === 'products/page')).toBe(true);
  });

  it('treats an empty question as unanswered, not an error', () => {
    expect(ask('   ')).toMatchObject({ answered: false, results: [] });
  });

  it('answers a question holding NUL and unpaired surrogates as if they were not there', () => {
    const clean = ask('SSL対応?');
    const dirty = ask('SSL\u0000対応\ud800?');
    expect(dirty.results.map((r) => r.id)).toEqual(clean.results.map((r) => r.id));
    expect(dirty.note).toBeUndefined();
  });

  it(`searches a question longer than ${MAX_QUESTION_CHARS} characters by its start, and says so`, () => {
    const long = `SSL対応?${'　'.repeat(MAX_QUESTION_CHARS)}ペンギンの飼育方針`;
    const result = ask(long);
    expect(result.question).toBe(long);
    expect(result.results[0]?.id).toBe(ask('SSL対応?').results[0]?.id);
    expect(result.note).toMatch(
      new RegExp(`最初の${MAX_QUESTION_CHARS}文字で検索しました.*only the first ${MAX_QUESTION_CHARS} were searched`),
    );
    expect(ask('SSL対応?').note).toBeUndefined();
  });
});

describe("the admin's synonyms file", () => {
  // Kagiban stands for an in-house product name: no built-in glossary knows it, so only the
  // admin's line can tie it to the words the checksheet uses.
  const checksheet = [
    '項番\t確認事項\t回答',
    '1\t暗号鍵は鍵管理サービスで管理していますか。\tはい、鍵管理サービスで鍵を生成・保管しています。',
    '2\t社内ポータルの利用状況を記録していますか。\tはい、アクセスログを1年間保存しています。',
    '3\tパスワードの最小文字数は何文字ですか。\t12文字以上を必須としています。',
  ].join('\n');
  const question = 'Kagibanを導入していますか';
  const keyAnswer = 'はい、鍵管理サービスで鍵を生成・保管しています。';

  async function askIn(files: Record<string, string>) {
    const made = makeKnowledgeFolder({ samples: [], files: { 'security.tsv': checksheet, ...files } });
    try {
      return answerQuestion(await buildSnapshot(made.dir), question, { top: 3 });
    } finally {
      made.cleanup();
    }
  }

  it('finds the item its synonym line ties to a term the checksheet never uses', async () => {
    const without = await askIn({});
    const withSynonyms = await askIn({ 'synonyms.txt': 'Kagiban, 鍵管理サービス\n' });
    expect(without.results.map((r) => r.answer)).not.toContain(keyAnswer);
    expect(withSynonyms.results[0]?.answer).toBe(keyAnswer);
  }, 30_000);
});
