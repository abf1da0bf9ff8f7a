// Shared by the benchmarks: the questions they ask and the synthetic corpora they ask them of.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The development questions when the shared eval set sits beside the project, else our own list.
const devSet = path.join(root, '..', 'shared', 'eval', 'dev.jsonl');
export const loadQuestions = () =>
  existsSync(devSet)
    ? readFileSync(devSet, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line).question.replace(/\n/g, ' '))
    : readFileSync(path.join(root, 'bench', 'questions.txt'), 'utf8')
        .split('\n')
        .filter(Boolean);

/**
 * `size` copies of the bundled items as TSV files, each copy varied (another product name, the
 * answers' sentences recombined across items) so that the index really holds `size`× distinct text.
 */
export async function syntheticCorpus(size, buildSnapshot) {
  const base = (await buildSnapshot(path.join(root, 'knowledge'))).index.items;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kotae-bench-'));
  const products = [
    'クラウド勤怠',
    'HRポータル',
    '経費精算',
    '電子契約',
    '採用管理',
    'タレント管理',
    '給与計算',
    '労務管理',
    '文書管理',
    'ワークフロー',
  ];
  const clean = (s) => s.replace(/[\t\n\r]/g, ' ');
  for (let copy = 0; copy < size; copy++) {
    const rows = ['No\t分類\t確認事項\t実施\t回答'];
    base.forEach((item, i) => {
      const other = base[(i * 7 + copy * 13) % base.length];
      const sentences = `${item.answer}。${other.answer}`.split('。').filter(Boolean);
      const answer = sentences.slice(0, 1 + ((i + copy) % Math.max(1, sentences.length))).join('。');
      rows.push(
        [
          `${copy + 1}-${i + 1}`,
          clean(item.section.at(-1) ?? ''),
          clean(`${products[copy % products.length]}${copy}: ${item.question || item.answer.slice(0, 60)}`),
          item.status || '○',
          clean(`${answer}。`),
        ].join('\t'),
      );
    });
    writeFileSync(path.join(dir, `synthetic-${String(copy).padStart(3, '0')}.tsv`), `${rows.join('\n')}\n`);
  }
  return dir;
}
