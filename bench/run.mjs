#!/usr/bin/env node
// kotae benchmark: prints figures, asserts nothing (machines here are shared and noisy).
//   npm run bench [-- --sizes 1,10,100] [--rounds 3]
// Cold start: `kotae ask --json` as a fresh process on the bundled knowledge, process start → JSON.
// Per size (1× = bundled items; 10× and 100× a synthetic corpus made from the samples), in a
// child process of its own so that peak RSS is that size's: index build time, per-query latency
// p50/p95/p99 over the development questions, peak RSS.
// Fill: `fillQuestionnaire` on a 300-row questionnaire (.xlsx and .csv) built from the same
// questions, read → answer → write, median of the rounds. `--fill` runs only this part.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadQuestions, syntheticCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const sizes = opt('--sizes', '1,10,100').split(',').map(Number);
const rounds = Number(opt('--rounds', '3'));
if (argv[0] === '--child') {
  await child(Number(argv[1]));
} else if (argv[0] === '--fill-child') {
  await fillChild();
} else if (argv.includes('--fill')) {
  if (!existsSync(path.join(root, 'dist', 'fill', 'index.js'))) throw new Error('run `npm run build` first (npm run bench does it)');
  fill();
} else {
  await parent();
}

async function parent() {
  if (!existsSync(path.join(root, 'dist', 'cli', 'main.js'))) throw new Error('run `npm run build` first (npm run bench does it)');
  console.log(`kotae bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB\n`);
  const cold = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [path.join(root, 'bin', 'kotae.js'), 'ask', '--json', '--knowledge', path.join(root, 'knowledge'), 'データは暗号化されていますか'], { encoding: 'utf8' });
    if (run.status !== 0 || !run.stdout.trim().startsWith('{')) throw new Error(run.stderr);
    cold.push(performance.now() - t0);
  }
  cold.sort((a, b) => a - b);
  console.log(`cold start to first answer (5 runs): median ${cold[2].toFixed(0)} ms, min ${cold[0].toFixed(0)} ms, max ${cold[4].toFixed(0)} ms   target ≤ 1000 ms\n`);
  console.log('size   items   build_ms   p50_ms   p95_ms   p99_ms   peak_rss_MB');
  for (const size of sizes) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(size), '--rounds', String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split('\n').pop());
    console.log(`${`${size}×`.padEnd(5)}  ${String(r.items).padStart(6)}  ${r.buildMs.toFixed(0).padStart(8)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p95.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}  ${r.rssMb.toFixed(0).padStart(11)}`);
  }
  console.log('\ntargets: p50 ≤ 5 ms at 1×, p99 ≤ 50 ms at 100×\n');
  fill();
}

/** Runs the fill benchmark in a child of its own, like the sizes, and prints its lines. */
function fill() {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--fill-child', '--rounds', String(rounds)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (run.status !== 0) throw new Error(run.stderr);
  process.stdout.write(run.stdout);
}

async function fillChild() {
  const { buildSnapshot } = await import(path.join(root, 'dist', 'core', 'knowledge-snapshot.js'));
  const { answerQuestion } = await import(path.join(root, 'dist', 'core', 'answer.js'));
  const { fillQuestionnaire } = await import(path.join(root, 'dist', 'fill', 'index.js'));
  const { default: ExcelJS } = await import('exceljs');
  const snapshot = await buildSnapshot(path.join(root, 'knowledge'));
  const rows = 300;
  const questions = syntheticQuestions(loadQuestions(), rows);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('チェックシート');
  sheet.getCell('A1').value = 'セキュリティチェックシート（ベンチマーク）';
  sheet.mergeCells('A1:E1');
  sheet.getRow(3).values = ['No', '分類', '確認内容', '回答(○/×)', '備考'];
  sheet.getRow(3).font = { bold: true };
  questions.forEach((q, i) => { sheet.getRow(4 + i).values = [`${Math.floor(i / 30) + 1}-${(i % 30) + 1}`, `分類${Math.floor(i / 30) + 1}`, q]; });
  const files = {
    '.xlsx': new Uint8Array(await workbook.xlsx.writeBuffer()),
    '.csv': new TextEncoder().encode(['No,確認内容,はい/いいえ', ...questions.map((q, i) => `${i + 1},"${q.replace(/"/g, '""')}",`)].join('\r\n')),
  };
  const answer = (q) => answerQuestion(snapshot, q, { top: 3 });
  for (const [extension, bytes] of Object.entries(files)) {
    // The first run loads exceljs and warms the JIT; it is not what a person waits for each time.
    await fillQuestionnaire(bytes, `bench${extension}`, answer);
    const times = [];
    let summary;
    for (let round = 0; round < Math.max(1, rounds); round++) {
      const t0 = performance.now();
      ({ summary } = await fillQuestionnaire(bytes, `bench${extension}`, answer));
      times.push(performance.now() - t0);
    }
    if (summary.rows !== rows) throw new Error(`fill bench: expected ${rows} rows, found ${summary.rows}`);
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    const label = extension === '.xlsx' ? '' : ` (${extension})`;
    console.log(`fill: ${rows}-row questionnaire${label}: ${Math.round((rows / ms) * 1000)} rows/s (${ms.toFixed(0)} ms)`);
  }
}

/** `count` distinct questions: the list repeated with a varying lead-in, as real checksheets word the same thing differently. */
function syntheticQuestions(base, count) {
  const leads = ['', '貴社では、', '本サービスにおいて、', '委託先を含め、', '運用上、', '御社の', '当該システムで', '原則として、', '現在、', '契約期間中、'];
  return Array.from({ length: count }, (_, i) => `${leads[Math.floor(i / base.length) % leads.length]}${base[i % base.length]}`);
}

async function child(size) {
  const { buildSnapshot } = await import(path.join(root, 'dist', 'core', 'knowledge-snapshot.js'));
  const { answerQuestion } = await import(path.join(root, 'dist', 'core', 'answer.js'));
  const dir = size === 1 ? path.join(root, 'knowledge') : await syntheticCorpus(size, buildSnapshot);
  const t0 = performance.now();
  const snapshot = await buildSnapshot(dir);
  const buildMs = performance.now() - t0;
  const questions = loadQuestions();
  const times = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const start = performance.now();
      answerQuestion(snapshot, q, { top: 5 });
      times.push(performance.now() - start);
    }
  }
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
  if (size !== 1) rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ items: snapshot.index.items.length, buildMs, p50: pct(50), p95: pct(95), p99: pct(99), rssMb: process.resourceUsage().maxRSS / 1024 }));
}
