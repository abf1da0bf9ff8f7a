/**
 * The answering pipeline stage by stage, on a small checksheet written here, with the real
 * analysis chain (kuromoji), the real index and a small control catalogue.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/controls/catalogue.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { createAnalyzer } from '../../src/search/analyzer.js';
import { CONFIDENCE_THRESHOLD } from '../../src/search/confidence.js';
import { ControlTagger } from '../../src/search/control-tagger.js';
import { createGlossary } from '../../src/search/glossary.js';
import { SearchIndex } from '../../src/search/search-index.js';

const catalogue: Catalogue = {
  families: [
    { id: 'A.9', label: { ja: 'アクセス制御', en: 'Access control' }, headings: ['アクセス制御'] },
    { id: 'A.11', label: { ja: '物理的セキュリティ', en: 'Physical security' }, headings: ['物理的セキュリティ'] },
    { id: 'A.12', label: { ja: '運用', en: 'Operations' }, headings: ['運用管理'] },
  ],
  controls: [
    {
      id: '5.17-password',
      family: 'A.9',
      iso27002_2022: ['5.17'],
      iso27002_2013: ['A.9.4.3'],
      label: { ja: 'パスワード', en: 'Passwords' },
      terms: ['パスワード', 'password'],
      related: [],
    },
    {
      id: '7.2-entry-control',
      family: 'A.11',
      iso27002_2022: ['7.2'],
      iso27002_2013: ['A.11.1.2'],
      label: { ja: '入退室管理', en: 'Physical entry control' },
      terms: ['入退室管理', '入室管理', 'physical access'],
      related: ['生体認証', '監視カメラ'],
    },
    {
      id: '8.13-backup',
      family: 'A.12',
      iso27002_2022: ['8.13'],
      iso27002_2013: ['A.12.3.1'],
      label: { ja: 'バックアップ', en: 'Backup' },
      terms: ['バックアップ', 'backup'],
      related: [],
    },
    {
      id: '5.30-bcp',
      family: 'A.12',
      iso27002_2022: ['5.30'],
      iso27002_2013: ['A.17.1.1'],
      label: { ja: '事業継続', en: 'Business continuity' },
      terms: ['事業継続', '災害復旧', 'disaster recovery'],
      related: [],
    },
  ],
};

let n = 0;
function item(itemNumber: string, section: string, question: string, answer: string): KnowledgeItem {
  n += 1;
  return {
    id: `sheet.txt#${n}`,
    file: 'sheet.txt',
    collection: '',
    sheet: null,
    line: n,
    itemNumber,
    section: [section],
    question,
    status: '○',
    answer,
    remarks: '',
  };
}

const items = [
  item('1-1', 'アクセス制御', 'パスワードの管理機能を提供していますか。', 'パスワードの最小文字数を設定できます。'),
  item('1-2', 'アクセス制御', '利用者のパスワードに関するルールはありますか。', 'パスワードは8文字以上で英数記号を含める必要があります。'),
  item(
    '2-1',
    '物理的セキュリティ',
    'オフィスの不正侵入防止策を実施していますか。',
    '生体認証と監視カメラでオフィスへの入室を管理し、記録を保管しています。',
  ),
  item('3-1', '運用管理', 'データのバックアップを取得していますか。', '定期的にバックアップを取得しています。'),
  item('3-2', '運用管理', 'バックアップの取得について教えてください。', 'データベースは毎日バックアップを取得し、30日間保管しています。'),
  item('4-1', '運用管理', '社員の休暇制度はありますか。', '本社では年次有給休暇の取得を推奨しています。'),
];

let index: SearchIndex;
beforeAll(async () => {
  index = await SearchIndex.build(items, {
    analyzer: createAnalyzer(),
    glossary: createGlossary([]),
    tagger: new ControlTagger(catalogue),
  });
}, 30_000);

const search = (question: string) => index.search(question, { top: 5 });
const first = (question: string) => search(question).hits[0]!;

describe('plan and retrieve: controls bridge wording nobody shares', () => {
  it('finds the entry-control item for an English question that shares no word with it', () => {
    const hit = first('How is physical access to your offices controlled?');
    expect(hit.item.itemNumber).toBe('2-1');
    expect(hit.controls.map((c) => c.id)).toEqual(['7.2-entry-control']);
  });

  it('names the controls the question is about', () => {
    expect(search('パスワードのルールは？').questionControls.map((c) => c.id)).toEqual(['5.17-password']);
  });
});

describe('re-rank: quantities', () => {
  it('prefers the item that states a length when the question asks for the minimum number of characters', () => {
    expect(first('パスワードの最低文字数は？').item.itemNumber).toBe('1-2');
  });

  it('prefers the item that states a frequency when the question asks how often', () => {
    expect(first('バックアップの頻度は？').item.itemNumber).toBe('3-2');
  });
});

describe('item numbers', () => {
  it('goes straight to an item the question names, confidently', () => {
    const outcome = search('項番3-1の回答をください');
    expect(outcome.hits[0]!.item.itemNumber).toBe('3-1');
    expect(outcome.hits[0]!.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
    expect(outcome.itemReference).toEqual({ number: '3-1', found: true, outranked: false });
  });

  it('does not take a duration (1-2時間) for item 1-2', () => {
    const outcome = search('障害時は1-2時間以内に復旧できますか');
    expect(outcome.itemReference).toBeNull();
    expect(outcome.hits.find((h) => h.item.itemNumber === '1-2')?.features.byItemNumber ?? false).toBe(false);
  });

  it('keeps a much better content match first and says the named item was outranked', () => {
    const outcome = search('設問 1-1 について、オフィスの入退室管理で生体認証は使っていますか');
    expect(outcome.hits[0]!.item.itemNumber).toBe('2-1');
    expect(outcome.hits[1]!.item.itemNumber).toBe('1-1');
    expect(outcome.itemReference).toMatchObject({ found: true, outranked: true });
  });
});

describe('confidence', () => {
  it('is not confident when the match rests on one ordinary word (本社)', () => {
    const outcome = search('本社の所在地を教えてください。');
    expect(outcome.hits.every((h) => h.confidence < CONFIDENCE_THRESHOLD)).toBe(true);
  });

  it('says which control of the question no item is about', () => {
    const outcome = search('災害復旧の計画はありますか');
    expect(outcome.missingControls.map((c) => c.id)).toEqual(['5.30-bcp']);
    expect(outcome.hits[0]?.confidence ?? 0).toBeLessThan(CONFIDENCE_THRESHOLD);
  });

  it('is confident for a question that names the control and matches the item well', () => {
    const hit = first('オフィスの入退室管理はどうしていますか');
    expect(hit.item.itemNumber).toBe('2-1');
    expect(hit.confidence).toBeGreaterThanOrEqual(CONFIDENCE_THRESHOLD);
  });
});
