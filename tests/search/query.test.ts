/** The plan stage on its own: what a question becomes before anything is searched. */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/controls/catalogue.js';
import { createAnalyzer, type Analyzer } from '../../src/search/analyzer.js';
import { ControlTagger } from '../../src/search/control-tagger.js';
import { buildGlossary } from '../../src/search/glossary.js';
import { planQuery, type QueryPlan } from '../../src/search/query.js';

let analyzer: Analyzer;
const glossary = buildGlossary();
const tagger = new ControlTagger(buildCatalogue());
beforeAll(async () => {
  analyzer = await createAnalyzer();
}, 30_000);

const plan = (question: string): QueryPlan => planQuery(question, { analyzer, glossary, tagger, formCache: new Map() });
const labels = (p: QueryPlan) => p.concepts.map((c) => c.label);
const controls = (p: QueryPlan) => [...p.controls.controls.keys()].map((i) => tagger.control(i).id);

describe('planQuery', () => {
  it("searches only the customer's quoted question in a forwarded message, without asking words", () => {
    const p = plan('お客様から「データのバックアップは取得していますか」と聞かれました。どう答えればいいですか？');
    expect(labels(p)).toContain('バックアップ');
    expect(labels(p)).not.toContain('答え');
    expect(labels(p)).not.toContain('お客様');
  });

  it('turns a glossary term into one concept carrying its synonyms, English included', () => {
    const [mfa] = plan('二段階認証はありますか').concepts;
    expect(mfa!.domain).toBe(true);
    expect(mfa!.forms.map((f) => f.text)).toEqual(expect.arrayContaining(['二段階認証', 'mfa']));
  });

  it('tags the controls the question is about, in Japanese and English alike', () => {
    expect(controls(plan('多要素認証に対応していますか'))).toContain('8.5-mfa');
    expect(controls(plan('Do you support multi-factor authentication?'))).toContain('8.5-mfa');
  });

  it('notes the kind of quantity asked and marks the word that asks for it', () => {
    const p = plan('パスワードの最低文字数は？');
    expect(p.quantities).toEqual(['length']);
    expect(p.concepts.find((c) => c.label === '文字数')?.asks).toBe('length');
  });

  it('reads an item number only at the start, and plans the rest of the question as content', () => {
    const p = plan('項番6-30の回答をください');
    expect(p.itemReference?.key).toBe('6-30');
    expect(labels(p)).toEqual([]);
    expect(plan('障害時は1-2時間以内に復旧できますか').itemReference).toBeNull();
  });

  it('plans an off-topic question with no security control', () => {
    expect(controls(plan('社員食堂はありますか'))).toEqual([]);
  });
});
