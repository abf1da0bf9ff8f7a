import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fillQuestionnaire } from '../../src/fill/index.js';
import { asked, customerWorkbook, fillFixture, loadWorkbook, type FillFixture } from './customer-files.js';

const bin = fileURLToPath(new URL('../../bin/kotae.js', import.meta.url));

let fixture: FillFixture;
let workbook: Uint8Array;
/** Folders made by the current test, removed after it even when it fails. */
const folders: string[] = [];

function kotae(args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, KNOWLEDGE_DIR: '' },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

beforeAll(async () => {
  fixture = await fillFixture();
  workbook = (await customerWorkbook(fixture.questions)).bytes;
});
afterAll(() => fixture.cleanup());
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder per test, so that "nothing else was written" can be checked by listing it. */
function folderWith(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kotae-fill-cli-'));
  folders.push(dir);
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

describe('kotae fill', () => {
  it('writes <name>.kotae.xlsx beside the input and prints the summary and path on stderr', async () => {
    const dir = folderWith({ 'customer.xlsx': workbook });
    const { code, stdout, stderr } = kotae(['fill', path.join(dir, 'customer.xlsx'), '--knowledge', fixture.knowledgeDir]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    const expected = await fillQuestionnaire(workbook, 'customer.xlsx', fixture.answer);
    const { rows, answered, toCheck, statusProposed, cellsWritten } = expected.summary;
    const output = path.join(dir, 'customer.kotae.xlsx');
    expect(stderr).toBe(
      [
        `rows ${rows}, answered ${answered}, to check ${toCheck} (要確認), status proposed ${statusProposed}, cells written ${cellsWritten}`,
        '  記入方法: 記入要領のシート：回答欄がないため対象外',
        ...expected.summary.sheets.slice(1, 3).map((s) => `  ${s.sheet}: ${s.note.ja}`),
        '  旧版: 非表示のシート：対象外',
        '英語の設問に日本語の回答を記入しました (English questions were answered in Japanese)',
        `written to ${output}`,
        '',
      ].join('\n'),
    );
    expect(readdirSync(dir).sort()).toEqual(['customer.kotae.xlsx', 'customer.xlsx']);
    const sheet = (await loadWorkbook(new Uint8Array(readFileSync(output)))).getWorksheet('チェックシート')!;
    for (const row of expected.rows.filter((r) => r.sheet === 'チェックシート')) {
      expect(sheet.getCell(`F${row.line}`).value).toBe(row.answer);
      expect(sheet.getCell(`G${row.line}`).value || '').toBe(row.citation);
    }
  });

  it('writes where -o says, and keeps a Shift_JIS CSV in Shift_JIS', () => {
    const questions = fixture.questions.slice(0, 5).map(asked);
    const csv = iconv.encode(`No,確認内容,可否\r\n${questions.map((q, i) => `${i + 1},${q},`).join('\r\n')}\r\n`, 'cp932');
    const dir = folderWith({ '質問票.csv': csv });
    const output = path.join(dir, 'answered.csv');
    const { code, stderr } = kotae(['fill', path.join(dir, '質問票.csv'), '-o', output, '--knowledge', fixture.knowledgeDir]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^rows 5, answered \d, to check \d \(要確認\)/);
    expect(stderr).toContain(`written to ${output}`);
    const text = iconv.decode(readFileSync(output), 'cp932');
    expect(text.split('\r\n')[0]).toBe('No,確認内容,可否,kotae回答,kotae出典,kotae信頼度,kotae候補');
    expect(readdirSync(dir).sort()).toEqual(['answered.csv', '質問票.csv']);
  });

  it.each<[string, string, Uint8Array | string, RegExp]>([
    ['not a spreadsheet', 'notes.txt', 'データは暗号化されていますか', /^kotae: fill: notes\.txt: not a spreadsheet \(\.txt\)/],
    ['no question column', 'prices.csv', 'name,price\napple,100\npear,120\n', /^kotae: fill: prices\.csv: no question column found\./],
    [
      '10 001 question rows',
      'huge.csv',
      `No,質問\n${Array.from({ length: 10_001 }, (_, i) => `${i + 1},項目${i + 1}は暗号化されていますか`).join('\n')}\n`,
      /^kotae: fill: huge\.csv: 10001 question rows, more than the 10000/,
    ],
    [
      'a password-protected workbook',
      'secret.xlsx',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.from('EncryptedPackage', 'utf16le')]),
      /^kotae: fill: secret\.xlsx: password-protected workbooks can't be read/,
    ],
  ])('refuses %s with one line, exit 1, and writes nothing', (_, name, content, message) => {
    const dir = folderWith({ [name]: content });
    const { code, stdout, stderr } = kotae(['fill', path.join(dir, name), '--knowledge', fixture.knowledgeDir]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('refuses bad arguments and unwritable outputs, leaving no file behind', () => {
    const dir = folderWith({ 'customer.xlsx': workbook });
    const input = path.join(dir, 'customer.xlsx');
    expect(kotae(['fill']).stderr).toMatch(/^kotae: fill: give one questionnaire file/);
    expect(kotae(['fill', input, '-o', input]).stderr).toMatch(/would replace the questionnaire itself/);
    expect(kotae(['fill', input, '-o', path.join(dir, 'out.csv')]).stderr).toMatch(/must have the input's extension \(\.xlsx\)/);
    expect(kotae(['fill', path.join(dir, 'missing.xlsx')]).stderr).toMatch(
      /^kotae: fill: cannot read .*missing\.xlsx: no such file or folder/,
    );
    expect(kotae(['fill', input, '-o', path.join(dir, 'no-such-folder', 'out.xlsx')]).stderr).toMatch(
      /^kotae: fill: cannot write .*out\.xlsx: no such folder\.\n$/,
    );
    expect(readdirSync(dir)).toEqual(['customer.xlsx']);
    // The rename fails only after answering (a folder is in the way): the temporary file goes too.
    mkdirSync(path.join(dir, 'taken.xlsx'));
    const blocked = kotae(['fill', input, '-o', path.join(dir, 'taken.xlsx'), '--knowledge', fixture.knowledgeDir]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(/^kotae: fill: cannot write .*taken\.xlsx: it is a folder\n$/);
    expect(readdirSync(dir).sort()).toEqual(['customer.xlsx', 'taken.xlsx']);
  });

  // util-linux `script` gives the command a terminal, the only place a progress bar belongs.
  it.skipIf(!existsSync('/usr/bin/script'))('draws a progress bar on a terminal, and clears it before the summary', () => {
    const questions = Array.from({ length: 60 }, (_, i) => `${i + 1},${asked(fixture.questions[i % fixture.questions.length]!)}`);
    const dir = folderWith({ 'q.csv': `No,質問\n${questions.join('\n')}\n` });
    const command = [process.execPath, bin, 'fill', path.join(dir, 'q.csv'), '--knowledge', fixture.knowledgeDir]
      .map((a) => `'${a}'`)
      .join(' ');
    const run = spawnSync('/usr/bin/script', ['-qec', command, '/dev/null'], { encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\r\[\.{30}\] 0\/60 rows/);
    expect(run.stdout).toMatch(/\r\[#{30}\] 60\/60 rows\r\x1b\[Krows 60, answered \d+, to check \d+ \(要確認\)/);
    expect(readdirSync(dir).sort()).toEqual(['q.csv', 'q.kotae.csv']);
  });
});
