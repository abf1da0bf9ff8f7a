import { describe, expect, it } from 'vitest';
import { detectTableLayout } from '../../src/knowledge/table-layout.js';
import type { Grid } from '../../src/knowledge/types.js';

const grid = (rows: string[][]): Grid => ({ sheet: null, rows: rows.map((cells, i) => ({ line: i + 1, cells })) });

describe('detectTableLayout (customer questionnaires)', () => {
  it('finds the header row and column roles of a questionnaire without answers', () => {
    const layout = detectTableLayout(
      grid([
        ['御社名：'],
        [],
        ['No.', '分類', '質問事項', '回答(○×)', '備考'],
        ['1', '暗号化', '保存データを暗号化していますか。', '', ''],
      ]),
    );
    expect(layout).toEqual({ headerIndex: 2, roles: ['number', 'category', 'question', 'status', 'answer'] });
  });

  it('finds a one-column questionnaire under a single 質問 header', () => {
    const layout = detectTableLayout(
      grid([['セキュリティ確認票'], ['質問'], ['多要素認証に対応していますか。'], ['ログの保存期間を教えてください。']]),
    );
    expect(layout).toEqual({ headerIndex: 1, roles: ['question'] });
  });

  it('reads the columns from content when there is no header', () => {
    const layout = detectTableLayout(
      grid([
        ['1', 'パスワードの最低文字数を設定できますか。'],
        ['2', '管理画面へのアクセスをIPアドレスで制限できますか。'],
      ]),
    );
    expect(layout?.headerIndex).toBeNull();
    expect(layout?.roles).toEqual(['number', 'question']);
  });

  it('returns null when nothing looks like a question column', () => {
    expect(
      detectTableLayout(
        grid([
          ['a', 'b'],
          ['c', 'd'],
        ]),
      ),
    ).toBeNull();
  });
});
