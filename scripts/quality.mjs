#!/usr/bin/env node
// In-process answer-quality check for ranking work: the shared scorer's matching rules, but one
// process with each sample indexed once, so a ranking change is measured in seconds. It imports
// dist/: run `npm run build` first.
//
//   node scripts/quality.mjs [--cases FILE]... [--samples DIR] [--cross] [--fold K/N] [--misses]
//
// --fold K/N keeps the questions whose id hashes to fold K of N: report held-out figures there.
import fs from 'node:fs';
import path from 'node:path';
import { fileItems, foldOf, isExpected, questionsFor, readCases, short, summarise } from './lib/cases.mjs';
import { indexSample } from './lib/index-sample.mjs';
import { answerQuestion } from '../dist/core/answer.js';

const argv = process.argv.slice(2);
const all = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));
const caseFiles = all('--cases').length ? all('--cases') : ['../shared/eval/dev.jsonl'];
const samples = path.resolve(all('--samples')[0] ?? '../shared/knowledge-samples');
const [foldK, foldN] = (all('--fold')[0] ?? '0/1').split('/').map(Number);
const cases = readCases(caseFiles).filter((c) => foldOf(c.id, foldN) === foldK);
const misses = argv.includes('--misses');

const table = [];
const every = [];
for (const file of fs
  .readdirSync(samples)
  .filter((f) => !f.startsWith('.'))
  .sort()) {
  const universe = fileItems(cases, file);
  const snapshot = await indexSample(path.join(samples, file));
  const rows = [];
  for (const c of questionsFor(cases, file, { cross: argv.includes('--cross') })) {
    const out = answerQuestion(snapshot, c.question.replace(/\n/g, ' '), { top: 5 });
    const rank = out.results.findIndex((r) => isExpected(r, c.expected, universe));
    rows.push({ positive: c.expected.length > 0, rank, answered: out.answered, confidence: out.results[0]?.confidence ?? 0 });
    const top = out.results[0];
    const got = top ? `${top.confidence} ${short(top.question, 40)} | ${short(top.answer, 50)}` : '(nothing)';
    if (misses && c.expected.length && rank !== 0)
      console.log(
        `MISS ${file} ${c.id} 「${c.question}」 rank ${rank}${out.answered ? ' ANSWERED' : ''}\n  got:  ${got}\n  want: ${short(c.expected[0].question, 40)} | ${short(c.expected[0].answer, 50)}`,
      );
    if (misses && !c.expected.length && out.answered) console.log(`FALSE ${file} ${c.id} 「${c.question}」\n  got:  ${got}`);
  }
  table.push({ file, ...summarise(rows) });
  every.push(...rows);
}
const f = (x) => x.toFixed(3);
const thresholds = all('--thresholds')[0];
if (thresholds) {
  for (const t of thresholds.split(',').map(Number)) {
    const s = summarise(every.map((r) => ({ ...r, answered: r.confidence >= t })));
    console.log(`threshold ${t.toFixed(2)}: precision ${f(s.precision)} answered ${f(s.answered)} abstain ${s.neg ? f(s.abstain) : '-'}`);
  }
}
console.log('file                    hit@1  hit@3  MRR    precision  answered  abstain');
for (const r of [...table, { file: 'ALL', ...summarise(every) }]) {
  console.log(
    `${r.file.padEnd(22)}  ${f(r.hit1)}  ${f(r.hit3)}  ${f(r.mrr)}  ${f(r.precision).padEnd(9)}  ${f(r.answered).padEnd(8)}  ${r.neg ? f(r.abstain) : '  -  '}   (${r.pos} pos, ${r.neg} neg)`,
  );
}
