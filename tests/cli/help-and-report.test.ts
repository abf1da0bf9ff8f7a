import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const bin = fileURLToPath(new URL('../../bin/kotae.js', import.meta.url));

function kotae(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

let folder: ReturnType<typeof makeKnowledgeFolder>;
let dataDir: string;
beforeAll(() => {
  folder = makeKnowledgeFolder({
    samples: ['jinjer.txt'],
    files: {
      'a.csv': 'No.,質問,回答状況,回答\n1,多要素認証に対応していますか。,○,管理画面へのログインは多要素認証を必須にしています。\n',
      'products/hr/b.csv': 'No.,質問,回答状況,回答\n1,多要素認証に対応していますか。,×,多要素認証には対応していません。\n',
      // Another product may answer otherwise: no conflict with products/hr.
      'products/pay/c.csv': 'No.,質問,回答状況,回答\n1,多要素認証に対応していますか。,○,多要素認証に対応しています。\n',
      'notes.pdf': '%PDF',
    },
  });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kotae-cli-data-'));
  writeFileSync(
    path.join(dataDir, 'unanswered.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), channel: 'slack', question: 'ゼロトラストに対応していますか', nearestId: null, nearestConfidence: null })}\n`,
  );
  writeFileSync(
    path.join(dataDir, 'questions.jsonl'),
    `${JSON.stringify({ at: new Date().toISOString(), channel: 'slack', answered: false, controls: [], topId: null })}\n`,
  );
});
afterAll(() => {
  folder.cleanup();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('kotae COMMAND --help', () => {
  it.each(['ask', 'check', 'fill', 'report', 'serve', 'reload'])('prints the help of %s and exits 0', (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = kotae([command, flag]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(new RegExp(`^kotae ${command} — `));
      expect(stdout).toContain(`kotae ${command}`);
    }
    expect(kotae(['help', command]).stdout).toMatch(new RegExp(`^kotae ${command} — `));
  });

  it("lists every command, and how to get one command's help, in kotae --help", () => {
    const { stdout } = kotae(['--help']);
    for (const command of ['ask', 'check', 'fill', 'report', 'serve', 'reload']) expect(stdout).toContain(`kotae ${command}`);
    expect(stdout).toContain('kotae COMMAND --help');
  });

  it('takes --help after `--` as part of the question, not as a request for help', () => {
    const { code, stdout } = kotae(['ask', '--knowledge', folder.dir, '--', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('質問: --help');
  });
});

describe('kotae ask, for a new user', () => {
  it('says which collections exist when --collection names none', () => {
    const { code, stdout, stderr } = kotae(['ask', '--knowledge', folder.dir, '--collection', 'nope', 'MFAは？']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `kotae: ask: no collection "nope" in ${folder.dir}. Collections: products, products/hr, products/pay.`,
    );
    expect(kotae(['ask', '--knowledge', folder.dir, '--collection', 'products/hr/', 'MFAは？']).code).toBe(0);
  });

  it('prints the knowledge warnings on stderr and the answer on stdout', () => {
    const { code, stdout, stderr } = kotae(['ask', '--json', '--knowledge', folder.dir, 'SSL対応?']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ answered: true });
    expect(stderr).toBe(
      'kotae: warning: notes.pdf: unsupported file type ".pdf": skipped. Use .txt, .md, .tsv, .tab, .csv, .xlsx, .xlsm.\n',
    );
  });

  it.each([
    [['--top', '-1'], 'kotae: ask: --top must be a whole number from 1 to 50.'],
    [['--top'], 'kotae: ask: --top needs a value. Run `kotae ask --help` for the options.'],
    [['--frobnicate'], 'kotae: ask: unknown option --frobnicate. Run `kotae ask --help` for the options.'],
    [['--json=yes'], 'kotae: ask: --json takes no value. Run `kotae ask --help` for the options.'],
  ])('turns %j into one clear line', (options, message) => {
    const { code, stderr } = kotae(['ask', ...options, '--knowledge', folder.dir, 'MFAは？']);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });

  it('shows the file conflict under the answers', () => {
    const { stdout } = kotae(['ask', '--knowledge', folder.dir, '多要素認証に対応していますか']);
    expect(stdout).toContain('注意: ファイル間で回答が異なります: 回答状況が異なります');
    // The × answer disagrees with either ○ answer.
    expect(stdout).toContain('  - products/hr/b.csv › No.1');
    const { stdout: hr } = kotae(['ask', '--knowledge', folder.dir, '--collection', 'products/hr', '多要素認証に対応していますか']);
    expect(hr).not.toContain('ファイル間で回答が異なります');
  });
});

describe('every command, for a new user', () => {
  it('says which collections exist when fill names none, before reading the questionnaire', () => {
    const questionnaire = path.join(dataDir, 'questionnaire.csv');
    writeFileSync(questionnaire, 'No,質問\n1,MFAは？\n');
    const { code, stdout, stderr } = kotae(['fill', '--knowledge', folder.dir, '--collection', 'nope', questionnaire]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n').at(-1)).toBe(
      `kotae: fill: no collection "nope" in ${folder.dir}. Collections: products, products/hr, products/pay.`,
    );
  });

  it.each([
    [['check', '--bogus'], 'kotae: check: unknown option --bogus. Run `kotae check --help` for the options.'],
    [['fill', '-x', 'a.csv'], 'kotae: fill: unknown option -x. Run `kotae fill --help` for the options.'],
    [['report', '--days'], 'kotae: report: --days needs a value. Run `kotae report --help` for the options.'],
    [['report', '--days', '-3'], 'kotae: report: --days must be a whole number from 1 to 366.'],
    [['reload', '--url'], 'kotae: reload: --url needs a value. Run `kotae reload --help` for the options.'],
    [['serve', '--port', '80'], 'kotae: serve: unknown option --port. Run `kotae serve --help` for the options.'],
  ])('turns %j into one clear line', (args, message) => {
    const { code, stderr } = kotae(args);
    expect(code).toBe(2);
    expect(stderr).toBe(`${message}\n`);
  });
});

describe('kotae report', () => {
  it('prints one JSON object with --json', () => {
    const { code, stdout, stderr } = kotae(['report', '--json', '--knowledge', folder.dir, '--data', dataDir]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.conflicts).toEqual([
      {
        reason: '回答状況が異なります: ○ / × (status differs)',
        kind: 'status',
        control: { control: '8.5-mfa', label: expect.any(String), label_en: expect.any(String) },
        similarity: 1,
        items: [
          expect.objectContaining({ id: 'a.csv#2', citation: 'a.csv › No.1', status: '○' }),
          expect.objectContaining({ id: 'products/hr/b.csv#2', citation: 'products/hr/b.csv › No.1', status: '×' }),
        ],
      },
    ]);
    expect(report.missingWords).toContainEqual({ word: 'ゼロトラスト', count: 1 });
    expect(report.usage).toMatchObject({ questions: 1, answered: 0 });
    expect(report.coverage.collections.map((c: { collection: string }) => c.collection)).toEqual([
      'products',
      'products/hr',
      'products/pay',
    ]);
  });

  it('prints it for a person without --json', () => {
    const { code, stdout } = kotae(['report', '--knowledge', folder.dir, '--data', dataDir]);
    expect(code).toBe(0);
    expect(stdout).toContain('矛盾 (conflicts): 1');
    expect(stdout).toContain('[○] a.csv › No.1');
    expect(stdout).toContain('ゼロトラスト (1)');
    expect(stdout).toMatch(/利用状況 \(usage, 30 days from \d{4}-\d{2}-\d{2}\): 1 questions \(0% answered\)/);
  });

  it('refuses a bad --days in one line, and a bad KOTAE_REVIEW_MONTHS as the configuration reports it', () => {
    expect(kotae(['report', '--days', '0', '--knowledge', folder.dir]).stderr).toBe(
      'kotae: report: --days must be a whole number from 1 to 366.\n',
    );
    const months = kotae(['report', '--knowledge', folder.dir], { KOTAE_REVIEW_MONTHS: 'soon' });
    expect(months.code).toBe(1);
    expect(months.stderr).toBe(
      'kotae: invalid configuration (see .env.example):\n  KOTAE_REVIEW_MONTHS: must be a number of months, such as 12\n',
    );
  });
});
