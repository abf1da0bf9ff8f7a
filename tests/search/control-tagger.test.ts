import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../src/controls/catalogue.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';
import { ControlTagger } from '../../src/search/control-tagger.js';
import { normalizeText } from '../../src/search/normalize.js';

const catalogue: Catalogue = {
  families: [
    { id: 'A.11', label: { ja: '物理的セキュリティ', en: 'Physical' }, headings: ['物理的セキュリティ', '物理的及び環境的セキュリティ'] },
    { id: 'A.10', label: { ja: '暗号', en: 'Cryptography' }, headings: ['暗号'] },
  ],
  controls: [
    {
      id: '7.2-entry-control',
      family: 'A.11',
      iso27002_2022: ['7.2'],
      iso27002_2013: ['A.11.1.2'],
      label: { ja: '入退室管理', en: 'Entry control' },
      terms: ['入退室管理', 'entry control'],
      related: ['監視カメラ', '生体認証'],
    },
    {
      id: '8.24-encryption-in-transit',
      family: 'A.10',
      iso27002_2022: ['8.24'],
      iso27002_2013: ['A.10.1.1'],
      label: { ja: '通信の暗号化', en: 'Encryption in transit' },
      terms: ['通信の暗号化', 'tls'],
      related: [],
    },
    {
      id: '8.24-crypto',
      family: 'A.10',
      iso27002_2022: ['8.24'],
      iso27002_2013: ['A.10.1.1'],
      label: { ja: '暗号化', en: 'Encryption' },
      terms: ['暗号化'],
      related: [],
    },
  ],
};
const tagger = new ControlTagger(catalogue);
const ids = (evidence: ReadonlyMap<number, number>) => Object.fromEntries([...evidence].map(([i, e]) => [tagger.control(i).id, e]));

function item(overrides: Partial<KnowledgeItem>): KnowledgeItem {
  return {
    id: 'x#1',
    file: 'x.txt',
    collection: '',
    sheet: null,
    line: 1,
    itemNumber: '1',
    section: [],
    question: '',
    status: '',
    answer: '',
    remarks: '',
    ...overrides,
  };
}

describe('ControlTagger', () => {
  it('tags a question with the control its words name, and co-topic words count half', () => {
    expect(ids(tagger.tagQuestion(normalizeText('入退室管理はしていますか')).controls)).toEqual({ '7.2-entry-control': 1 });
    expect(ids(tagger.tagQuestion(normalizeText('監視カメラはありますか')).controls)).toEqual({ '7.2-entry-control': 0.5 });
  });

  it('prefers the longest term: 通信の暗号化 is in-transit encryption, not also encryption in general', () => {
    expect(ids(tagger.tagQuestion(normalizeText('通信の暗号化はしていますか')).controls)).toEqual({ '8.24-encryption-in-transit': 1 });
  });

  it('tags an item from its headings, question and answer, the answer counting less', () => {
    const tagged = tagger.tagItem(
      item({ section: ['3 物理的セキュリティ'], question: 'オフィスの対策は', answer: '生体認証と監視カメラを設置しています。' }),
    );
    expect(ids(tagged.controls)).toEqual({ '7.2-entry-control': 0.6 });
    expect([...tagged.families].map((f) => tagger.family(f).id)).toEqual(['A.11']);
  });

  it('finds nothing in a question about no control (本社の所在地)', () => {
    expect(tagger.tagQuestion(normalizeText('本社の所在地を教えてください')).controls.size).toBe(0);
  });
});
