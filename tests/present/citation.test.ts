import { describe, expect, it } from 'vitest';
import { citationLine } from '../../src/present/index.js';

describe('citationLine', () => {
  it('is the bare citation when no control was matched', () => {
    expect(citationLine({ citation: 'jinjer.txt › データ管理 › No.36', controls: [] })).toBe('jinjer.txt › データ管理 › No.36');
  });

  it('names the strongest control the answer was matched on', () => {
    const line = citationLine({ citation: 'jinjer.txt › データ管理 › No.36', controls: [{ label: '通信の暗号化' }, { label: '暗号の利用' }] });
    expect(line).toBe('jinjer.txt › データ管理 › No.36 ｜ 管理策: 通信の暗号化');
  });

  it('adds who owns the answer and when it was last reviewed, when the checksheet says', () => {
    const line = citationLine({ citation: 'a.xlsx › No.1', controls: [{ label: '暗号の利用' }], owner: '情報システム部', reviewed: '2025-04-01' });
    expect(line).toBe('a.xlsx › No.1 ｜ 管理策: 暗号の利用 ｜ 担当: 情報システム部 ｜ 確認日: 2025-04-01');
  });
});
