import { describe, expect, it } from 'vitest';
import type { AnalysedKnowledge } from '../../src/core/analysed-knowledge.js';
import { changeLines, keepLastGood, SHRINK_KEEP_RATIO, type LastGoodKnowledge } from '../../src/core/last-good.js';
import type { KnowledgeItem, LoadWarning } from '../../src/knowledge/types.js';

const item = (file: string, line: number, answer = `answer ${file} ${line}`): KnowledgeItem => ({
  id: `${file}#${line}`,
  file,
  collection: '',
  sheet: null,
  line,
  itemNumber: String(line),
  section: [],
  question: `question ${file} ${line}`,
  status: '',
  answer,
  remarks: '',
});

const items = (file: string, count: number, answer?: (line: number) => string) =>
  Array.from({ length: count }, (_, i) => item(file, i + 2, answer?.(i + 2)));

/** A load as the analysis step returns it: every text analysed, one digest per file. */
function load(files: Record<string, KnowledgeItem[]>, warnings: LoadWarning[] = []): AnalysedKnowledge {
  const all = Object.values(files).flat();
  return {
    dir: '/k',
    items: all,
    files: Object.entries(files).map(([file, its]) => ({ file, items: its.length, bytes: 100 })),
    warnings,
    synonymsText: null,
    controlsText: null,
    digests: new Map(
      Object.entries(files)
        .filter(([, its]) => its.length)
        .map(([file, its]) => [file, JSON.stringify(its)]),
    ),
    reanalysed: Object.keys(files),
  };
}

/** The merge result in the shape the next reload compares against. */
const serving = (merged: LastGoodKnowledge): LastGoodKnowledge => ({
  items: merged.items,
  files: merged.files,
  digests: merged.digests,
  refused: merged.refused,
});

const first = serving(keepLastGood(null, load({ 'a.csv': items('a.csv', 10), 'b.csv': items('b.csv', 4) })));

describe('keepLastGood', () => {
  it('lists every file as added on a first load', () => {
    expect(keepLastGood(null, load({ 'a.csv': items('a.csv', 1), 'b.csv': items('b.csv', 1) })).changes).toEqual({
      added: ['a.csv', 'b.csv'],
      changed: [],
      kept: [],
      removed: [],
    });
  });

  it('keeps the last good items of a file that loaded before and now fails, with 「前回の内容で回答しています」 naming it', () => {
    const failure = { file: 'a.csv', message: 'not text: the file looks binary (NUL bytes).' };
    const merged = keepLastGood(first, load({ 'b.csv': items('b.csv', 4) }, [failure]));
    expect(merged.changes).toEqual({ added: [], changed: [], kept: ['a.csv'], removed: [] });
    expect(merged.items.filter((i) => i.file === 'a.csv')).toEqual(first.items.filter((i) => i.file === 'a.csv'));
    expect(merged.files).toEqual([
      { file: 'a.csv', items: 10, bytes: 100 },
      { file: 'b.csv', items: 4, bytes: 100 },
    ]);
    expect(merged.warnings).toEqual([
      failure,
      {
        file: 'a.csv',
        message: expect.stringMatching(/^前回の内容で回答しています（10 項目）。 Answering from this file's previous content/),
      },
    ]);
  });

  it('drops the items of a file the admin deleted', () => {
    const merged = keepLastGood(first, load({ 'b.csv': items('b.csv', 4) }));
    expect(merged.changes).toEqual({ added: [], changed: [], kept: [], removed: ['a.csv'] });
    expect(merged.items.some((i) => i.file === 'a.csv')).toBe(false);
    expect(merged.warnings).toEqual([]);
  });

  it(`keeps a file that now yields under ${SHRINK_KEEP_RATIO * 100} % of its items, then takes the smaller file when the next reload finds it unchanged`, () => {
    const half = load({ 'a.csv': items('a.csv', 4), 'b.csv': items('b.csv', 4) });
    const once = keepLastGood(first, half);
    expect(once.changes.kept).toEqual(['a.csv']);
    expect(once.items.filter((i) => i.file === 'a.csv')).toHaveLength(10);
    expect(once.warnings).toEqual([{ file: 'a.csv', message: expect.stringContaining('it now yields 4 items') }]);

    const twice = keepLastGood(serving(once), half);
    expect(twice.changes).toEqual({ added: [], changed: ['a.csv'], kept: [], removed: [] });
    expect(twice.items.filter((i) => i.file === 'a.csv')).toHaveLength(4);
    expect(twice.warnings).toEqual([]);
  });

  it('keeps a shrunk file again when it is still changing, and takes it back in full when it is complete', () => {
    const partial = keepLastGood(first, load({ 'a.csv': items('a.csv', 3), 'b.csv': items('b.csv', 4) }));
    const stillPartial = keepLastGood(serving(partial), load({ 'a.csv': items('a.csv', 4), 'b.csv': items('b.csv', 4) }));
    expect(stillPartial.changes.kept).toEqual(['a.csv']);
    const complete = keepLastGood(serving(stillPartial), load({ 'a.csv': items('a.csv', 12), 'b.csv': items('b.csv', 4) }));
    expect(complete.changes).toEqual({ added: [], changed: ['a.csv'], kept: [], removed: [] });
    expect(complete.items.filter((i) => i.file === 'a.csv')).toHaveLength(12);
  });

  it('takes a file that lost fewer items than the limit, and tells changed files from unchanged ones', () => {
    const merged = keepLastGood(
      first,
      load({ 'a.csv': items('a.csv', 5, (line) => `new answer ${line}`), 'b.csv': items('b.csv', 4), 'c.csv': items('c.csv', 1) }),
    );
    expect(merged.changes).toEqual({ added: ['c.csv'], changed: ['a.csv'], kept: [], removed: [] });
    expect(merged.items).toHaveLength(10);
  });

  it('lists the files to index in item order, kept files last with their items, which the new load did not analyse', () => {
    const merged = keepLastGood(first, load({ 'b.csv': items('b.csv', 4) }, [{ file: 'a.csv', message: 'broken' }]));
    expect(merged.indexed).toEqual([{ file: 'b.csv' }, { file: 'a.csv', keptItems: first.items.filter((i) => i.file === 'a.csv') }]);
    expect(merged.items.map((i) => i.file)).toEqual([...Array<string>(4).fill('b.csv'), ...Array<string>(10).fill('a.csv')]);
  });
});

describe('changeLines', () => {
  it('prints one line per kind of change, naming a bounded number of files', () => {
    const lines = changeLines(
      { added: ['x.csv'], changed: [], kept: ['k.csv'], removed: Array.from({ length: 12 }, (_, i) => `r${i}.csv`) },
      10,
    );
    expect(lines).toEqual([
      '追加 (added): x.csv',
      '前回の内容で回答 (kept, last good): k.csv',
      `削除 (removed): ${Array.from({ length: 10 }, (_, i) => `r${i}.csv`).join(', ')} …ほか 2 件 (2 more)`,
    ]);
  });
});
