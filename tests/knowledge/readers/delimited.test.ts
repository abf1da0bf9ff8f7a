import { describe, it, expect } from 'vitest';
import iconv from 'iconv-lite';
import { readDelimited } from '../../../src/knowledge/readers/delimited.js';
import { KnowledgeFileError } from '../../../src/knowledge/errors.js';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readDelimited', () => {
  it('keeps commas and line breaks inside quoted cells and numbers rows by their first line', () => {
    const csv = [
      'No.,質問,回答',
      '1,"暗号化の方式は?","AES-256, TLS 1.2以上"',
      '2,"ログを\n保存していますか","はい\n1年間"',
      '3,バックアップ,"""日次"" で取得"',
    ].join('\n');
    expect(readDelimited(utf8(csv), 'a.csv')).toEqual({
      sheet: null,
      rows: [
        { line: 1, cells: ['No.', '質問', '回答'] },
        { line: 2, cells: ['1', '暗号化の方式は?', 'AES-256, TLS 1.2以上'] },
        { line: 3, cells: ['2', 'ログを\n保存していますか', 'はい\n1年間'] },
        { line: 6, cells: ['3', 'バックアップ', '"日次" で取得'] },
      ],
    });
  });

  it('handles CRLF line endings, including inside quoted cells', () => {
    const csv = 'a,b\r\n"x\r\ny",z\r\nlast,row\r\n';
    expect(readDelimited(utf8(csv), 'a.csv').rows).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\ny', 'z'] },
      { line: 4, cells: ['last', 'row'] },
    ]);
  });

  it('trims cells, drops trailing empty cells and skips empty records without renumbering', () => {
    const csv = '  分類 , 質問 ,,\n\n,,\n,　全角空白　,\n';
    expect(readDelimited(utf8(csv), 'a.csv').rows).toEqual([
      { line: 1, cells: ['分類', '質問'] },
      { line: 4, cells: ['', '全角空白'] },
    ]);
  });

  it('treats a quote inside an unquoted cell as text, and allows a space before an opening quote', () => {
    const csv = '6-1,5"以上,  "a, b"';
    expect(readDelimited(utf8(csv), 'a.csv').rows).toEqual([{ line: 1, cells: ['6-1', '5"以上', 'a, b'] }]);
  });

  it('drops spaces after a closing quote, as hand-edited files have them', () => {
    expect(readDelimited(utf8('1, "はい" ,"暗号化" \n2,"いいえ"\t'), 'a.csv').rows).toEqual([
      { line: 1, cells: ['1', 'はい', '暗号化'] },
      { line: 2, cells: ['2', 'いいえ'] },
    ]);
  });

  it('keeps a cell that only starts with a quoted word as written, quotes included', () => {
    const csv = 'No.,質問\n1,"重要"な情報は暗号化していますか\n2, "はい" ,x';
    expect(readDelimited(utf8(csv), 'a.csv').rows).toEqual([
      { line: 1, cells: ['No.', '質問'] },
      { line: 2, cells: ['1', '"重要"な情報は暗号化していますか'] },
      { line: 3, cells: ['2', '"はい"', 'x'] },
    ]);
  });

  it('names the line where an unclosed quoted cell opens, after a record that spans lines', () => {
    const csv = 'No.,質問,回答\n1,"複数\n行",ok\n2,"まとめて\nいる","閉じていない\n3,続き\n';
    expect(() => readDelimited(utf8(csv), 'a.csv')).toThrow(/the quoted cell starting on line 5 never closes/);
  });

  it('detects tabs even when the cells contain commas', () => {
    const tsv = 'チェックシート\nNo.\t質問\t回答\n1\tTLS 1.2, 1.3に対応\t○\n2\t"改行\nあり"\t×';
    expect(readDelimited(utf8(tsv), 'a.txt').rows).toEqual([
      { line: 1, cells: ['チェックシート'] },
      { line: 2, cells: ['No.', '質問', '回答'] },
      { line: 3, cells: ['1', 'TLS 1.2, 1.3に対応', '○'] },
      { line: 4, cells: ['2', '改行\nあり', '×'] },
    ]);
  });

  it('detects semicolons as saved by Excel in European locales', () => {
    expect(readDelimited(utf8('a;b,c;d\n1;2;3'), 'a.csv').rows).toEqual([
      { line: 1, cells: ['a', 'b,c', 'd'] },
      { line: 2, cells: ['1', '2', '3'] },
    ]);
  });

  it('uses the delimiter it is given instead of detecting one', () => {
    expect(readDelimited(utf8('a\tb,c\td'), 'a.csv', ',').rows).toEqual([{ line: 1, cells: ['a\tb', 'c\td'] }]);
  });

  it('reads a Shift_JIS CSV saved by Excel', () => {
    const bytes = iconv.encode('No.,質問\r\n①,"髙い～\r\nｾｷｭﾘﾃｨ"\r\n', 'cp932');
    expect(readDelimited(bytes, 'a.csv').rows).toEqual([
      { line: 1, cells: ['No.', '質問'] },
      { line: 2, cells: ['①', '髙い～\nｾｷｭﾘﾃｨ'] },
    ]);
  });

  it('rejects a quote that never closes, naming the line where it opened', () => {
    const csv = 'No.,質問\n1,ok\n2,"閉じていない\n3,続き\n';
    let caught: unknown;
    try {
      readDelimited(utf8(csv), 'sheets/a.csv');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(KnowledgeFileError);
    expect(caught).toMatchObject({ file: 'sheets/a.csv' });
    expect((caught as KnowledgeFileError).message).toMatch(/^unterminated quote: the quoted cell starting on line 3 never closes\./);
  });

  it('reads a CSV with 4,000 columns as its first 256, and says which rows were cut', () => {
    const header = ['No.', '質問', '回答', ...Array.from({ length: 3997 }, (_, i) => `列${i}`)].join(',');
    const row = ['1', '暗号化していますか', 'はい', ...Array.from({ length: 3997 }, () => 'x')].join(',');
    const grid = readDelimited(utf8(`${header}\n${row}\n`), 'wide.csv');
    expect(grid.rows.map((r) => r.cells.length)).toEqual([256, 256]);
    expect(grid.rows[1]?.cells.slice(0, 3)).toEqual(['1', '暗号化していますか', 'はい']);
    expect(grid.warnings).toEqual([
      'rows 1, 2 have more than 256 cells: only the first 256 are read. Delete the columns that are not part of the checksheet.',
    ]);
  });

  it("cuts a cell longer than Excel's 32,767 characters and names its row", () => {
    const grid = readDelimited(utf8(`質問,回答\n長い,${'あ'.repeat(40_000)}\n`), 'long.csv');
    expect(grid.rows[1]?.cells[1]).toHaveLength(32_767);
    expect(grid.warnings).toEqual([expect.stringMatching(/^row 2 has a cell longer than 32,767 characters/)]);
  });

  it('reads a 1 MB unquoted cell full of quote characters', () => {
    // A quote inside an unquoted cell is text; noticing that must not re-read the cell each time.
    const grid = readDelimited(utf8(`a,${'x"'.repeat(500_000)}\n`), 'quotes.csv');
    expect(grid.rows[0]?.cells[1]).toHaveLength(32_767);
  });
});
