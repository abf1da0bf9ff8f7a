import { spawn } from 'node:child_process';
import * as fsPromises from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CuratedAnswerError,
  CuratedAnswers,
  CuratedAnswersFile,
  curatedAnswerSchema,
  type CuratedAnswerInput,
  type CuratedFileSystem,
} from '../../src/core/curated-answers.js';
import { KotaeService } from '../../src/core/kotae-service.js';
import { localDate } from '../../src/core/review.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { makeKnowledgeFolder } from '../helpers/knowledge-folder.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function folder(files: Record<string, string | Uint8Array> = {}, samples: string[] = []) {
  const made = makeKnowledgeFolder({ samples, files });
  cleanups.push(made.cleanup);
  return made.dir;
}

const DAY = () => new Date(2026, 11, 1, 10, 0, 0);
const penguin = (n: number, extra: Partial<CuratedAnswerInput> = {}) =>
  curatedAnswerSchema.parse({
    question: `ペンギン${n}号の飼育記録はありますか`,
    answer: `${n}号の飼育記録を毎日つけています。`,
    status: 'はい',
    author: '山田',
    ...extra,
  });

async function curatedItems(dir: string) {
  const knowledge = await loadKnowledge(dir);
  return { warnings: knowledge.warnings, items: knowledge.items.filter((item) => item.file === 'kotae-curated.csv') };
}

describe('the curated-answers file', () => {
  it('starts as a UTF-8 CSV with BOM and the header row, and numbers answers C-1, C-2…', async () => {
    const dir = folder();
    const file = new CuratedAnswersFile(dir, { now: DAY });
    expect(await file.append(penguin(1, { remarks: '飼育規程 第3条' }))).toEqual({
      id: 'C-1',
      file: 'kotae-curated.csv',
      date: '2026-12-01',
    });
    expect(await file.append(penguin(2, { answer: '=SUM(A1) ではなく, "手書き"で\n記録しています。' }))).toMatchObject({ id: 'C-2' });
    const bytes = readFileSync(path.join(dir, 'kotae-curated.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('項番,カテゴリ,質問,回答状況,回答,備考,回答者,登録日');
    expect(text.split('\r\n')[1]).toBe(
      'C-1,,ペンギン1号の飼育記録はありますか,○,1号の飼育記録を毎日つけています。,飼育規程 第3条,山田,2026-12-01',
    );
    const { items, warnings } = await curatedItems(dir);
    expect(warnings).toEqual([]);
    expect(items.map((i) => [i.itemNumber, i.status, i.answer, i.remarks, i.owner, i.reviewed, i.section])).toEqual([
      ['C-1', '○', '1号の飼育記録を毎日つけています。', '飼育規程第3条', '山田', '2026-12-01', []],
      // Excel would run a cell starting with = as a formula: it gets a space, which reading trims.
      ['C-2', '○', '=SUM(A1) ではなく, "手書き"で\n記録しています。', '', '山田', '2026-12-01', []],
    ]);
  });

  it('keeps the previous version as kotae-curated.csv.bak', async () => {
    const dir = folder();
    const file = new CuratedAnswersFile(dir, { now: DAY });
    await file.append(penguin(1));
    const first = readFileSync(file.path);
    await file.append(penguin(2));
    expect(readFileSync(file.backupPath)).toEqual(first);
  });

  it('keeps every one of 25 concurrent saves, each with its own id', async () => {
    const dir = folder();
    const file = new CuratedAnswersFile(dir, { now: DAY });
    const saved = await Promise.all(Array.from({ length: 25 }, (_, n) => file.append(penguin(n + 1))));
    expect(saved.map((s) => s.id)).toEqual(Array.from({ length: 25 }, (_, n) => `C-${n + 1}`));
    const { items } = await curatedItems(dir);
    expect(items.map((i) => [i.itemNumber, i.question])).toEqual(
      Array.from({ length: 25 }, (_, n) => [`C-${n + 1}`, `ペンギン${n + 1}号の飼育記録はありますか`]),
    );
  });

  it('leaves the file as it was, loadable, when the write fails at the rename; the next save lands after it', async () => {
    const dir = folder();
    let failRename = false;
    const fs: CuratedFileSystem = {
      ...fsPromises,
      rename: async (from, to) => {
        if (failRename && String(to).endsWith('kotae-curated.csv'))
          throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' });
        return fsPromises.rename(from, to);
      },
    };
    const file = new CuratedAnswersFile(dir, { now: DAY, fs });
    await file.append(penguin(1));
    await file.append(penguin(2));
    const before = readFileSync(file.path);
    failRename = true;
    await expect(file.append(penguin(3))).rejects.toThrow(CuratedAnswerError);
    await expect(file.append(penguin(3))).rejects.toThrow(/cannot write .*kotae-curated\.csv: EIO/);
    expect(readFileSync(file.path)).toEqual(before);
    // No temporary file is left behind to be mistaken for anything.
    expect(readdirSync(dir).sort()).toEqual(['kotae-curated.csv', 'kotae-curated.csv.bak']);
    failRename = false;
    expect((await file.append(penguin(3))).id).toBe('C-3');
    const { items, warnings } = await curatedItems(dir);
    expect(warnings).toEqual([]);
    expect(items.map((i) => i.itemNumber)).toEqual(['C-1', 'C-2', 'C-3']);
  });

  it('loses nothing acknowledged when the writing process is killed mid-write, again and again', async () => {
    const dir = folder();
    const module = fileURLToPath(new URL('../../dist/core/curated-answers.js', import.meta.url));
    const writer = `
      const { CuratedAnswersFile, curatedAnswerSchema } = await import(process.argv[1]);
      const file = new CuratedAnswersFile(process.argv[2]);
      for (let n = Number(process.argv[3]); ; n++) {
        const saved = await file.append(curatedAnswerSchema.parse({ question: 'ペンギン' + n + '号の飼育記録はありますか', answer: n + '号の飼育記録を毎日つけています。' }));
        process.stdout.write(saved.id + '\\n');
      }`;
    const acknowledged: string[] = [];
    for (const killAfter of [3, 7, 1, 12]) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', writer, module, dir, String(acknowledged.length + 1)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      let seen = 0;
      let buffered = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        buffered += chunk;
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const id of lines) {
          acknowledged.push(id);
          // Killed while the next append is already under way: its write is cut wherever it is.
          if (++seen === killAfter) child.kill('SIGKILL');
        }
      });
      await exited;
      const { items, warnings } = await curatedItems(dir);
      expect(warnings).toEqual([]);
      const ids = items.map((i) => i.itemNumber);
      for (const id of acknowledged) expect(ids).toContain(id);
      // Nothing twice, no gaps: an append the kill cut short is either all there or not at all.
      expect(ids).toEqual(Array.from({ length: ids.length }, (_, n) => `C-${n + 1}`));
      acknowledged.splice(0, acknowledged.length, ...ids);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(3 + 7 + 1 + 12);
  });

  it('appends to a file an admin edited in Excel: columns moved, a column added, saved as Shift_JIS', async () => {
    const edited = iconv.encode('質問,回答,項番,回答者,メモ\r\nログは保管していますか,1年間保管しています。,C-7,佐藤,確認済\r\n', 'cp932');
    const dir = folder({ 'kotae-curated.csv': edited });
    const file = new CuratedAnswersFile(dir, { now: DAY });
    expect((await file.append(penguin(1))).id).toBe('C-8');
    const text = readFileSync(file.path, 'utf8');
    expect(text.startsWith('\uFEFF質問,回答,項番,回答者,メモ\r\n')).toBe(true);
    expect(text.endsWith('ペンギン1号の飼育記録はありますか,1号の飼育記録を毎日つけています。,C-8,山田,\r\n')).toBe(true);
    const { items } = await curatedItems(dir);
    expect(items.map((i) => [i.itemNumber, i.owner])).toEqual([
      ['C-7', '佐藤'],
      ['C-8', '山田'],
    ]);
  });

  it('refuses to append to a file without its header row, and says how to restore it', async () => {
    const dir = folder({ 'kotae-curated.csv': 'ペンギンの記録,毎日つけています。\n' });
    const before = readFileSync(path.join(dir, 'kotae-curated.csv'));
    await expect(new CuratedAnswersFile(dir).append(penguin(1))).rejects.toThrow(
      /no header row naming the columns 項番, 質問, 回答.*kotae-curated\.csv\.bak/,
    );
    expect(readFileSync(path.join(dir, 'kotae-curated.csv'))).toEqual(before);
  });

  it('says what to do when the knowledge folder is read-only', async () => {
    const fs: CuratedFileSystem = {
      ...fsPromises,
      open: (async () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      }) as CuratedFileSystem['open'],
    };
    await expect(new CuratedAnswersFile(folder(), { fs }).append(penguin(1))).rejects.toThrow(
      /read-only\. Make it writable for kotae \(in Docker, mount it without :ro\)/,
    );
  });
});

describe('validating an expert answer', () => {
  it('cleans the texts and reads the status in any vocabulary', () => {
    expect(
      curatedAnswerSchema.parse({ question: ' MFAは？\r\n', answer: 'はい\u0000、必須です。', status: 'yes', author: ' 山田\n太郎 ' }),
    ).toEqual({
      question: 'MFAは？',
      answer: 'はい、必須です。',
      status: '○',
      author: '山田 太郎',
    });
    expect(curatedAnswerSchema.parse({ question: 'q?', answer: 'a', status: '-' }).status).toBe('−');
    expect(curatedAnswerSchema.parse({ question: 'q?', answer: 'a' }).status).toBe('');
  });

  it('names every bad field', () => {
    const result = curatedAnswerSchema.safeParse({ question: '  ', answer: 'x'.repeat(5001), status: 'maybe', author: 3 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`).sort()).toEqual([
      'answer: must be at most 5000 characters',
      'author: must be a string',
      'question: must not be empty',
      'status: must be one of ○ × △ − (or はい / いいえ / 一部 / 該当なし, yes / no)',
    ]);
  });
});

describe('saving an expert answer into the knowledge', () => {
  it('is what the next person who asks gets, cited with who answered and when', async () => {
    const dir = folder({}, ['skyarch.txt']);
    const kotae = new KotaeService(dir);
    await kotae.reload();
    const question = 'ペンギンの飼育方針はありますか';
    expect(kotae.ask(question).answered).toBe(false);
    const curated = new CuratedAnswers({ file: new CuratedAnswersFile(dir), kotae, reload: () => kotae.reload() });
    const saved = await curated.save(
      curatedAnswerSchema.parse({ question, answer: '社内規程でペンギンの飼育方針を定めています。', status: '○', author: '山田' }),
    );
    const today = localDate(new Date());
    expect(saved).toEqual({
      id: 'C-1',
      file: 'kotae-curated.csv',
      date: today,
      citation: `kotae-curated.csv › No.C-1 (山田, ${today})`,
      served: true,
    });
    const result = kotae.ask(question);
    expect(result.answered).toBe(true);
    expect(result.results[0]).toMatchObject({
      answer: '社内規程でペンギンの飼育方針を定めています。',
      status: '○',
      citation: saved.citation,
      source: { file: 'kotae-curated.csv', owner: '山田', reviewed: today, stale: false },
    });
  });

  it('says when the answer was saved but the reload could not serve it', async () => {
    const dir = folder({}, ['skyarch.txt']);
    const kotae = new KotaeService(dir);
    await kotae.reload();
    const failed = { ...(await kotae.reload()), ok: false, error: 'the knowledge folder is gone.' };
    const curated = new CuratedAnswers({ file: new CuratedAnswersFile(dir, { now: DAY }), kotae, reload: async () => failed });
    const saved = await curated.save(penguin(1));
    expect(saved).toMatchObject({
      id: 'C-1',
      served: false,
      citation: 'kotae-curated.csv › No.C-1 (山田, 2026-12-01)',
      warning: 'saved as C-1 in kotae-curated.csv, but not answering from it yet: the knowledge folder is gone.',
    });
  });
});
