#!/usr/bin/env node
// Fits the ranking weights and the confidence model (src/search/ranking.ts, confidence.ts) with
// cross-validation, so that no constant is chosen on the questions it is then judged on. It
// imports dist/: run `npm run build` first.
//
//   node scripts/calibrate.mjs [--cases FILE]... [--samples DIR] [--folds N] [--no-cross]
//
// Every question is asked of every sample file, as itself and (unless --no-cross) as the `fill`
// case: each file's checksheet questions asked of the others. Folds group questions by case id, so
// a topic's cross-template questions never straddle training and held-out folds.
import fs from 'node:fs';
import path from 'node:path';
import { fileItems, foldOf, isExpected, questionsFor, readCases } from './lib/cases.mjs';
import { indexSample } from './lib/index-sample.mjs';
import { answerQuestion } from '../dist/core/answer.js';
import { DEFAULT_RANKING } from '../dist/search/ranking.js';
import { CONFIDENCE_MODEL, confidenceInputs } from '../dist/search/confidence.js';

const argv = process.argv.slice(2);
const all = (name) => argv.flatMap((a, i) => (a === name ? [argv[i + 1]] : []));
const caseFiles = all('--cases').length ? all('--cases') : ['../shared/eval/dev.jsonl'];
const samples = path.resolve(all('--samples')[0] ?? '../shared/knowledge-samples');
const folds = Number(all('--folds')[0] ?? 5);
const cases = readCases(caseFiles);

// One row per (question, file): every candidate's features and whether it is right.
const rows = [];
for (const file of fs
  .readdirSync(samples)
  .filter((f) => !f.startsWith('.'))
  .sort()) {
  const universe = fileItems(cases, file);
  const snapshot = await indexSample(path.join(samples, file));
  for (const cross of argv.includes('--no-cross') ? [false] : [false, true]) {
    for (const c of questionsFor(cases, file, { cross })) {
      const out = answerQuestion(snapshot, c.question.replace(/\n/g, ' '), { top: 50, explain: true });
      rows.push({
        fold: foldOf(c.group, folds),
        cross,
        positive: c.expected.length > 0,
        candidates: out.results.map((r) => ({ features: r.features, right: isExpected(r, c.expected, universe) })),
      });
    }
  }
}
console.log(`${rows.length} (question, file) pairs, ${rows.filter((r) => r.positive).length} answerable, ${folds} folds`);

const score = (f, w) =>
  w.coverage * f.coverage + w.relevance * f.relevance + w.controls * f.controls + w.family * f.family + w.quantity * (f.quantity ?? 0);
const ranked = (row, w) => [...row.candidates].map((c) => ({ ...c, s: score(c.features, w) })).sort((a, b) => b.s - a.s);
const firstIsRight = (row, w) => {
  let best = null,
    bestScore = -Infinity;
  for (const c of row.candidates) {
    const s = score(c.features, w);
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return Boolean(best?.right);
};
const hit1 = (subset, w) =>
  subset.filter((r) => r.positive).reduce((n, r) => n + (firstIsRight(r, w) ? 1 : 0), 0) /
  Math.max(1, subset.filter((r) => r.positive).length);

// Ranking weights: a small grid around the defaults, chosen on training folds only.
const grid = [];
for (const relevance of [0.1, 0.2, 0.3, 0.4])
  for (const controls of [0, 0.1, 0.2, 0.3, 0.45, 0.6])
    for (const family of [0, 0.05, 0.1])
      for (const quantity of [0, 0.1, 0.2, 0.3]) grid.push({ coverage: 0.55, relevance, controls, family, quantity });
const report = (label, pick) => {
  let held = 0,
    heldDefault = 0,
    n = 0;
  const chosen = [];
  for (let k = 0; k < folds; k++) {
    const train = rows.filter((r) => r.fold !== k),
      test = rows.filter((r) => r.fold === k);
    const w = pick(train);
    chosen.push(w);
    const m = test.filter((r) => r.positive).length;
    held += hit1(test, w) * m;
    heldDefault += hit1(test, DEFAULT_RANKING.weights) * m;
    n += m;
  }
  console.log(`${label}: held-out hit@1 ${(held / n).toFixed(3)} (defaults ${(heldDefault / n).toFixed(3)})`);
  return chosen;
};
const chosen = report('ranking weights', (train) => grid.reduce((best, w) => (hit1(train, w) > hit1(train, best) ? w : best), grid[0]));
console.log('chosen per fold:', chosen.map((w) => `rel ${w.relevance} ctl ${w.controls} fam ${w.family} qty ${w.quantity}`).join(' | '));
const whole = grid.reduce((best, w) => (hit1(rows, w) > hit1(rows, best) ? w : best), grid[0]);
console.log(
  `on all rows: ${JSON.stringify(whole)} hit@1 ${hit1(rows, whole).toFixed(3)} (defaults ${hit1(rows, DEFAULT_RANKING.weights).toFixed(3)})`,
);

// Confidence: logistic regression on the first result's inputs, label "first result is right".
const weightsNow = DEFAULT_RANKING.weights;
const examples = rows.map((r) => {
  const [first, second] = ranked(r, weightsNow);
  return {
    fold: r.fold,
    positive: r.positive,
    x: first ? confidenceInputs(first.features, second ? first.s - second.s : null) : null,
    y: first?.right ? 1 : 0,
  };
});
const usable = examples.filter((e) => e.x);
function fit(train, l2 = 0.01, steps = 3000, rate = 0.5) {
  const d = train[0].x.length;
  const w = new Array(d + 1).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array(d + 1).fill(0);
    for (const e of train) {
      const z = w[d] + e.x.reduce((s, v, i) => s + v * w[i], 0);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - e.y;
      e.x.forEach((v, i) => {
        grad[i] += g * v;
      });
      grad[d] += g;
    }
    for (let i = 0; i <= d; i++) w[i] -= rate * (grad[i] / train.length + (i < d ? l2 * w[i] : 0));
  }
  return w;
}
const predict = (w, x) => 1 / (1 + Math.exp(-(w[x.length] + x.reduce((s, v, i) => s + v * w[i], 0))));
const heldOut = [];
for (let k = 0; k < folds; k++) {
  const w = fit(usable.filter((e) => e.fold !== k));
  for (const e of usable.filter((e) => e.fold === k)) heldOut.push({ ...e, p: predict(w, e.x) });
}
const current = usable.map((e) => ({ ...e, p: predict([...CONFIDENCE_MODEL.coefficients, CONFIDENCE_MODEL.intercept], e.x) }));
const table = (label, scored) => {
  console.log(`\n${label}\nthreshold  precision (answerable only)  answered(answerable)  abstain(unanswerable)`);
  for (const t of [0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    const confident = scored.filter((e) => e.p >= t);
    const pos = scored.filter((e) => e.positive);
    const neg = scored.filter((e) => !e.positive);
    const precision = confident.filter((e) => e.y === 1 && e.positive).length / Math.max(1, confident.length);
    const precisionAnswerable = pos.filter((e) => e.p >= t && e.y === 1).length / Math.max(1, pos.filter((e) => e.p >= t).length);
    console.log(
      `${t.toFixed(2).padStart(9)}  ${precision.toFixed(3).padStart(9)} (${precisionAnswerable.toFixed(3)})  ${(pos.filter((e) => e.p >= t).length / pos.length).toFixed(3).padStart(20)}  ${(neg.filter((e) => e.p < t).length / Math.max(1, neg.length)).toFixed(3).padStart(21)}`,
    );
  }
};
table('confidence model fitted per fold, scored on the held-out fold', heldOut);
table('the shipped confidence model (src/search/confidence.ts)', current);
const final = fit(usable);
console.log(
  `\nfitted on all rows: coefficients [${final
    .slice(0, -1)
    .map((v) => v.toFixed(3))
    .join(', ')}], intercept ${final.at(-1).toFixed(3)}`,
);
