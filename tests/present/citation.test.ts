import { describe, expect, it } from 'vitest';
import { citationLine } from '../../src/present/index.js';

describe('citationLine', () => {
  it('is the bare citation when no control was matched', () => {
    expect(citationLine({ citation: 'jinjer.txt › データ管理 › No.36', controls: [] })).toBe('jinjer.txt › データ管理 › No.36');
  });

  it('names the strongest control the answer was matched on', () => {
    const line = citationLine({
      citation: 'jinjer.txt › データ管理 › No.36',
      controls: [{ label: '通信の暗号化' }, { label: '暗号の利用' }],
    });
    expect(line).toBe('jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化');
  });

  it('adds the review month when the answer is stale, and the owner: only what is known', () => {
    const citation = 'jinjer.txt › データ管理 › 通信の暗号化 › No.36';
    const controls = [{ label: '通信の暗号化' }];
    expect(
      citationLine({ citation, controls, source: { file: 'jinjer.txt', reviewed: '2025-03-15', stale: true, owner: '情報システム部' } }),
    ).toBe(`${citation} ｜ 管理策: 通信の暗号化 ｜ 最終確認: 2025-03 ｜ 担当: 情報システム部`);
    expect(citationLine({ citation, controls, source: { file: 'jinjer.txt', reviewed: '2026-11-01', stale: false } })).toBe(
      `${citation} ｜ 管理策: 通信の暗号化`,
    );
    expect(citationLine({ citation, controls: [], source: { file: 'jinjer.txt', owner: '総務部' } })).toBe(`${citation} ｜ 担当: 総務部`);
  });

  it('does not repeat the author and date a curated citation already names', () => {
    const citation = 'kotae-curated.csv › No.C-1 (山田, 2020-01-01)';
    const source = { file: 'kotae-curated.csv', owner: '山田', reviewed: '2020-01-01', stale: true };
    expect(citationLine({ citation, controls: [{ label: '通信の暗号化' }], source })).toBe(`${citation} ｜ 管理策: 通信の暗号化`);
  });
});
