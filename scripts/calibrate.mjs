#!/usr/bin/env node
// Calibration aid for the confidence threshold: runs the development set (../shared/eval) one
// sample file at a time, like the shared scorer, and prints, for candidate thresholds, the share
// of answerable questions answered, of unanswerable ones abstained on, and hit@1 / MRR.
//
//   node scripts/calibrate.mjs [--eval DIR] [--misses] [--format txt|xlsx|csv]
// --format converts each sample first (tab lines → cells): .xlsx, or .csv in Shift_JIS (CP932),
// the other forms the knowledge arrives in.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

const argv = process.argv.slice(2);
const evalDir = path.resolve(argv.includes('--eval') ? argv[argv.indexOf('--eval') + 1] : '../shared/eval');
const samples = path.join(evalDir, '..', 'knowledge-samples');
const format = argv.includes('--format') ? argv[argv.indexOf('--format') + 1] : 'txt';
const cases = fs.readFileSync(path.join(evalDir, 'dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

const norm = (s) => (s ?? '').normalize('NFKC').replace(/<[^>]+>/g, '').replace(/\s+/g, '').toLowerCase();
const bigrams = (s) => { const t = norm(s); const out = new Set(); for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2)); return out.size ? out : new Set([t]); };
const overlap = (a, b) => { let n = 0; for (const x of a) if (b.has(x)) n++; return n / Math.max(1, Math.min(a.size, b.size)); };
function isExpected(result, expected, fileItems) {
  const a = bigrams(result.answer), q = result.question ? bigrams(result.question) : null;
  let best = null, key = [0, 0];
  for (const it of fileItems) {
    const simA = Math.round(overlap(a, bigrams(it.answer)) * 100) / 100;
    const simQ = q && it.question ? overlap(q, bigrams(it.question)) : 0;
    if (simA > key[0] || (simA === key[0] && simQ > key[1])) { best = it; key = [simA, simQ]; }
  }
  return Boolean(best && key[0] >= 0.6 && expected.some((e) => e.answer === best.answer && e.question === best.question));
}

const rows = [];
for (const file of fs.readdirSync(samples).sort()) {
  const fileItems = [...new Map(cases.flatMap((c) => c.expect[file] ?? []).map((e) => [e.question + e.answer, e])).values()];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kotae-cal-'));
  await convert(path.join(samples, file), dir, file);
  const run = spawnSync('node', ['bin/kotae.js', 'ask', '--json', '--stdin', '--top', '5', '--knowledge', dir], {
    input: cases.map((c) => c.question.replace(/\n/g, ' ')).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28,
  });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(run.stderr);
  const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
  cases.forEach((c, i) => {
    const expected = c.expect[file] ?? [];
    const results = out[i].results ?? [];
    const rank = expected.length ? results.findIndex((r) => isExpected(r, expected, fileItems)) : -1;
    rows.push({ file, id: c.id, q: c.question, pos: expected.length > 0, oos: c.topic === 'out of scope', rank, conf: results[0]?.confidence ?? 0, top: results[0], want: expected[0] });
  });
}
async function convert(source, dir, file) {
  if (format === 'txt') return fs.copyFileSync(source, path.join(dir, file));
  const lines = fs.readFileSync(source, 'utf8').split('\n').map((line) => line.split('\t'));
  const base = path.join(dir, file.replace(/\.txt$/, ''));
  if (format === 'csv') {
    const quote = (cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    fs.writeFileSync(`${base}.csv`, iconv.encode(lines.map((cells) => cells.map(quote).join(',')).join('\r\n'), 'cp932'));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  lines.forEach((cells) => sheet.addRow(cells));
  await workbook.xlsx.writeFile(`${base}.xlsx`);
}

const pos = rows.filter((r) => r.pos), neg = rows.filter((r) => !r.pos), oos = neg.filter((r) => r.oos);
const hit1 = pos.filter((r) => r.rank === 0).length / pos.length;
const mrr = pos.reduce((s, r) => s + (r.rank >= 0 ? 1 / (r.rank + 1) : 0), 0) / pos.length;
console.log(`positives ${pos.length}, negatives ${neg.length} (out of scope ${oos.length}); hit@1 ${hit1.toFixed(3)}, MRR ${mrr.toFixed(3)}`);
console.log('threshold  answered(pos)  answered&right(pos)  abstain(neg)  abstain(oos)');
for (let t = 0.2; t <= 0.901; t += 0.05) {
  const ans = pos.filter((r) => r.conf >= t).length / pos.length;
  const right = pos.filter((r) => r.conf >= t && r.rank === 0).length / pos.length;
  const abst = neg.filter((r) => r.conf < t).length / neg.length;
  const abstO = oos.filter((r) => r.conf < t).length / oos.length;
  console.log(`${t.toFixed(2).padStart(9)}  ${ans.toFixed(3).padStart(13)}  ${right.toFixed(3).padStart(19)}  ${abst.toFixed(3).padStart(12)}  ${abstO.toFixed(3).padStart(12)}`);
}
if (argv.includes('--misses')) {
  for (const r of rows.filter((r) => r.pos && r.rank !== 0)) console.log(`MISS ${r.file} ${r.id} rank=${r.rank} conf=${r.conf} 「${r.q}」\n   got:  ${norm(r.top?.question).slice(0, 50)} | ${norm(r.top?.answer).slice(0, 40)} [${r.top?.matched}]\n   want: ${norm(r.want.question).slice(0, 50)} | ${norm(r.want.answer).slice(0, 40)}`);
  for (const r of rows.filter((r) => !r.pos).sort((a, b) => b.conf - a.conf).slice(0, 25)) console.log(`NEG ${r.file} ${r.id} conf=${r.conf} 「${r.q}」 -> ${norm(r.top?.question).slice(0, 40)} [${r.top?.matched}]`);
}
