import { describe, expect, it } from 'vitest';
import { citationOf } from '../../src/core/citation.js';
import type { KnowledgeItem } from '../../src/knowledge/types.js';

const item = (fields: Partial<KnowledgeItem>): KnowledgeItem => ({
  id: 'x',
  file: 'jinjer.txt',
  collection: '',
  sheet: null,
  line: 55,
  itemNumber: '36',
  section: ['データ管理', '通信の暗号化'],
  question: '通信は暗号化されていますか',
  status: '○',
  answer: 'TLS1.2で暗号化しています。',
  remarks: '',
  ...fields,
});
describe('citations', () => {
  it("cite an expert's curated answer with who gave it and when", () => {
    expect(citationOf(item({ file: 'kotae-curated.csv', section: [], itemNumber: 'C-12', owner: '山田', reviewed: '2026-12-01' }))).toBe(
      'kotae-curated.csv › No.C-12 (山田, 2026-12-01)',
    );
    expect(citationOf(item({ file: 'kotae-curated.csv', section: [], itemNumber: 'C-3', reviewed: '2026-12-01' }))).toBe(
      'kotae-curated.csv › No.C-3 (2026-12-01)',
    );
  });

  it("leave a checksheet item's citation as the place of the cell, whatever its owner", () => {
    expect(citationOf(item({ owner: '情報システム部', reviewed: '2025-03-01' }))).toBe('jinjer.txt › データ管理 › 通信の暗号化 › No.36');
  });
});
