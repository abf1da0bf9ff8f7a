import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';
import { longRun, mergeBomb, randomUtf16, utf16le, zipBomb } from '../support/hostile-files.js';

const bin = fileURLToPath(new URL('../../bin/kotae.js', import.meta.url));

function kotae(args: string[], input?: string, env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: '', ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = makeKnowledgeFolder({ samples: ['jinjer.txt', 'skyarch.txt'], files: { 'broken.pdf': '%PDF' } }));
});
afterAll(() => cleanup());

describe('kotae ask --json (the contract the evaluation uses)', () => {
  it('prints one JSON object with the exact shape', () => {
    const { code, stdout } = kotae(['ask', '--json', '--knowledge', dir, 'データは暗号化されていますか']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(Object.keys(result).sort()).toEqual(['answered', 'question', 'question_controls', 'results', 'took_ms']);
    expect(result.question_controls).toEqual([
      { id: '8.24-encryption-at-rest', label: '保存データの暗号化', label_en: 'Encryption at rest' },
    ]);
    expect(result).toMatchObject({ question: 'データは暗号化されていますか', answered: true });
    expect(typeof result.took_ms).toBe('number');
    expect(result.results).toHaveLength(5);
    expect(result.results[0]).toMatchObject({
      rank: 1,
      question: 'クラウドサービスで保管されるデータが暗号化されていること。',
      status: '○',
      source: { file: 'jinjer.txt', collection: '', sheet: null, section: 'データ管理 › データの暗号化', item: '35', line: 54 },
    });
    for (const key of ['score', 'confidence', 'answer']) expect(result.results[0]).toHaveProperty(key);
    expect(Array.isArray(result.results[0].matched)).toBe(true);
  });

  it('answers one question per stdin line, in order, one JSON line each', () => {
    const questions = ['ISO27001の認証番号は？', '', '今日のランチ、おすすめある？', 'USBメモリは使えますか'];
    const { code, stdout } = kotae(['ask', '--json', '--stdin', '--top', '2', '--knowledge', dir], `${questions.join('\n')}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((l) => l.question)).toEqual(questions);
    expect(lines.map((l) => l.answered)).toEqual([true, false, false, true]);
    expect(lines[0].results[0].answer).toContain('IS 778939');
    expect(lines[3].results[0].source).toMatchObject({ file: 'skyarch.txt', item: '5-7' });
    expect(lines.every((l) => l.results.length <= 2)).toBe(true);
  });

  it('prints the top answers for a person without --json, with citation and confidence', () => {
    const { code, stdout } = kotae(['ask', '--knowledge', dir, 'SSL対応?']);
    expect(code).toBe(0);
    expect(stdout).toContain('出典: jinjer.txt › データ管理 › 通信の暗号化 › No.36');
    expect(stdout).toMatch(/信頼度: \d{1,3}%/);
  });

  it('says plainly when there is no confident answer', () => {
    const { stdout } = kotae(['ask', '--knowledge', dir, '交通費精算の締め日っていつ？']);
    expect(stdout).toContain('確信を持てる回答はありません');
  });

  it('rejects bad options with a one-line error and no stack trace', () => {
    const bad = kotae(['ask', '--top', 'zero', '--knowledge', dir, 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^kotae: ask: --top must be/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const missing = kotae(['ask', '--knowledge', '/nonexistent/folder', 'x']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/knowledge folder not found: \/nonexistent\/folder/);
    expect(kotae(['frobnicate']).code).toBe(2);
  });
});

describe('kotae check', () => {
  it('lists files, item counts and warnings', () => {
    const { code, stdout } = kotae(['check', '--knowledge', dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/jinjer\.txt\s+51/);
    expect(stdout).toMatch(/skyarch\.txt\s+36/);
    expect(stdout).toMatch(/broken\.pdf: unsupported file type "\.pdf"/);
  });

  it('exits non-zero when nothing could be loaded', () => {
    const empty = makeKnowledgeFolder({ samples: [], files: { 'empty.csv': '' } });
    try {
      const { code, stderr } = kotae(['check', '--knowledge', empty.dir]);
      expect(code).toBe(1);
      expect(stderr).toMatch(/empty\.csv: no items found/);
      expect(stderr).toMatch(/no items could be loaded/);
    } finally {
      empty.cleanup();
    }
  });

  it('reports hostile files as warnings and exits normally', async () => {
    const hostile = makeKnowledgeFolder({
      samples: ['skyarch.txt'],
      files: {
        'merge.xlsx': await mergeBomb(),
        'zip.xlsx': await zipBomb(256, { lying: true }),
        'noise.csv': randomUtf16(),
        'one-line.csv': Array.from({ length: 100_000 }, (_, i) => `abc${i}`).join(','),
        'long-run.csv': `質問,回答\n${longRun(100_000)},はい\n`,
        'surrogates.csv': utf16le('質問,回答\nラッコの\ud800飼育記録はありますか,はい\n'),
      },
    });
    try {
      const { code, stdout, stderr } = kotae(['check', '--knowledge', hostile.dir]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      expect(stdout).toMatch(/skyarch\.txt\s+36/);
      expect(stdout).toMatch(/surrogates\.csv\s+1/);
      expect(stdout).toMatch(/merge\.xlsx: merged ranges too large/);
      expect(stdout).toMatch(/zip\.xlsx: .*zip bomb/);
      expect(stdout).toMatch(/noise\.csv: not text: the file looks binary/);
      expect(stdout).toMatch(/one-line\.csv: row 1 has more than 256 cells/);
      expect(stdout).toMatch(/long-run\.csv: row 2 has a cell longer than 32,767 characters/);
    } finally {
      hostile.cleanup();
    }
  });

  it('uses KNOWLEDGE_DIR when no --knowledge is given', () => {
    const { stdout } = kotae(['check'], undefined, { KNOWLEDGE_DIR: dir });
    expect(stdout).toContain(`knowledge folder: ${dir}`);
  });
});
