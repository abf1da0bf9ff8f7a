#!/usr/bin/env node
// Held-out answer-quality evaluation (eval/README.md): the shared scorer's matching, generalised to
// other case files, sample folders, knowledge formats, cross-validation folds and questionnaires.
//
//   node scripts/eval.mjs [--cases FILE ...] [--samples DIR] [--format txt|xlsx|csv] [--cross]
//                         [--split K/N | --train K/N] [--misses] [--json] [--cmd "node bin/kotae.js"]
//   node scripts/eval.mjs --questionnaire eval/questionnaire [--format ...] [--misses] [--json]
//
// --cases      case files (JSON lines: id, question, lang, topic, expect{file: [{item, question, answer}]}),
//              repeatable or comma-separated; default eval/questions.jsonl and eval/offtopic.jsonl.
// --samples    folder of sample checksheets; only the files that the cases' `expect` names are used.
//              Default ../shared/knowledge-samples (relative to the repository root).
// --format     convert each .txt sample first (tab-separated lines → cells): an .xlsx sheet, or a CSV
//              in Shift_JIS (CP932) as Excel on Japanese Windows writes it. Other files are used as they are.
// --cross      ask each file's expected checksheet questions of the other files (the `kotae fill` case).
// --split K/N  keep only fold K (1..N) of N folds, by a hash of the case id; --train K/N keeps the others.
// --questionnaire DIR  fill DIR's questionnaire (expected.json names it and the sample it is filled
//              against) with `kotae fill` and score each row's answer against expected.json.
//
// kotae runs from the repository root through its CLI contract,
//   <cmd> ask --json --stdin --top 5 --knowledge DIR
// one question per stdin line, one JSON object per stdout line. A result counts as an expected item
// when its answer text (and, to break ties between items with the same answer, its question text)
// overlaps that item's text best among all items any loaded case lists for the file, by at least 0.6.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { bigrams, fileItems as itemsOf, foldOf as fold, matchExpected, norm, overlap, questionsFor, readCases } from './lib/cases.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FORMATS = ['txt', 'xlsx', 'csv'];

function parseArgs(argv) {
  const opts = {
    cases: [],
    samples: path.resolve(repo, '..', 'shared', 'knowledge-samples'),
    format: 'txt',
    cross: false,
    split: null,
    misses: false,
    json: false,
    cmd: 'node bin/kotae.js',
    questionnaire: null,
  };
  const value = (i, name) => {
    if (i + 1 >= argv.length || argv[i + 1].startsWith('--')) fail(`${name} needs a value`);
    return argv[i + 1];
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cases') {
      for (let j = i + 1; j < argv.length && !argv[j].startsWith('--'); j++, i++) opts.cases.push(...argv[j].split(',').filter(Boolean));
      if (!opts.cases.length) fail('--cases needs at least one file');
    } else if (a === '--samples') opts.samples = path.resolve(value(i++, a));
    else if (a === '--format') opts.format = value(i++, a);
    else if (a === '--split' || a === '--train') {
      const m = /^(\d+)\/(\d+)$/.exec(value(i++, a));
      if (!m || +m[1] < 1 || +m[1] > +m[2]) fail(`${a} takes K/N with 1 <= K <= N, e.g. ${a} 2/5`);
      opts.split = { fold: +m[1] - 1, folds: +m[2], keep: a === '--split' };
    } else if (a === '--cross') opts.cross = true;
    else if (a === '--misses') opts.misses = true;
    else if (a === '--json') opts.json = true;
    else if (a === '--cmd') opts.cmd = value(i++, a);
    else if (a === '--questionnaire') opts.questionnaire = path.resolve(value(i++, a));
    else fail(`unknown option ${a} (see the header of scripts/eval.mjs)`);
  }
  if (!FORMATS.includes(opts.format)) fail(`--format must be one of ${FORMATS.join(', ')}, not ${opts.format}`);
  opts.cases = opts.cases.length
    ? opts.cases.map((c) => path.resolve(c))
    : ['questions.jsonl', 'offtopic.jsonl'].map((c) => path.join(repo, 'eval', c));
  return opts;
}

function fail(message) {
  console.error(`eval: ${message}`);
  process.exit(2);
}

function loadCases(file) {
  if (!fs.existsSync(file)) fail(`${path.relative(process.cwd(), file)}: no such case file`);
  try {
    return readCases([file]);
  } catch (error) {
    return fail(error.message);
  }
}

// ---- knowledge formats ----
async function placeSample(source, dir, format) {
  const file = path.basename(source);
  if (format === 'txt' || !file.endsWith('.txt')) return fs.copyFileSync(source, path.join(dir, file));
  const lines = fs
    .readFileSync(source, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, '').split('\t'));
  const base = path.join(dir, file.replace(/\.txt$/, ''));
  if (format === 'csv') {
    const quote = (cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    fs.writeFileSync(`${base}.csv`, iconv.encode(lines.map((cells) => cells.map(quote).join(',')).join('\r\n'), 'cp932'));
    return;
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const cells of lines) sheet.addRow(cells);
  await workbook.xlsx.writeFile(`${base}.xlsx`);
}

function runKotae(cmd, args, input) {
  const [bin, ...rest] = cmd.split(' ');
  const run = spawnSync(bin, [...rest, ...args], { cwd: repo, input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (run.error) fail(`could not start ${cmd}: ${run.error.message}`);
  return run;
}

// ---- metrics ----
const emptyCounts = () => ({ n: 0, pos: 0, hit1: 0, hit3: 0, rr: 0, neg: 0, abstain: 0, answered: 0, answeredRight: 0, falseAnswers: 0 });
const ratio = (a, b) => (b ? a / b : null);
function summary(c) {
  return {
    questions: c.n,
    answerable: c.pos,
    unanswerable: c.neg,
    hit1: ratio(c.hit1, c.pos),
    hit3: ratio(c.hit3, c.pos),
    mrr: ratio(c.rr, c.pos),
    precision: ratio(c.answeredRight, c.answered),
    answered: ratio(c.answered, c.pos),
    abstain: ratio(c.abstain, c.neg),
  };
}
const fmt = (x) => (x === null ? '-' : x.toFixed(3));

async function evaluateCases(opts) {
  const all = opts.cases.flatMap(loadCases);
  const cases = opts.split ? all.filter((c) => (fold(c.id, opts.split.folds) === opts.split.fold) === opts.split.keep) : all;
  const named = new Set(all.flatMap((c) => Object.keys(c.expect)));
  if (!fs.existsSync(opts.samples)) fail(`--samples ${opts.samples}: no such folder`);
  const files = fs
    .readdirSync(opts.samples)
    .filter((f) => named.has(f))
    .sort();
  if (!files.length) fail(`none of the files the cases expect (${[...named].join(', ')}) is in ${opts.samples}`);

  const total = emptyCounts();
  const rows = [];
  const misses = [];
  for (const file of files) {
    // every expected item of this file, across all loaded cases: the universe a result is matched against
    const fileItems = itemsOf(all, file);
    const asked = questionsFor(cases, file, { cross: opts.cross });
    const f = emptyCounts();
    if (asked.length) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kotae-eval-'));
      await placeSample(path.join(opts.samples, file), dir, opts.format);
      const t0 = Date.now();
      const run = runKotae(
        opts.cmd,
        ['ask', '--json', '--stdin', '--top', '5', '--knowledge', dir],
        `${asked.map((c) => c.question.replace(/[\r\n]+/g, ' ')).join('\n')}\n`,
      );
      f.wall = (Date.now() - t0) / 1000;
      fs.rmSync(dir, { recursive: true, force: true });
      if (run.status !== 0) fail(`${file}: kotae exited with ${run.status}\n${run.stderr}`);
      const out = run.stdout
        .split('\n')
        .filter((l) => l.trim().startsWith('{'))
        .map((l) => JSON.parse(l));
      if (out.length !== asked.length) fail(`${file}: ${asked.length} questions but ${out.length} JSON lines`);
      asked.forEach((c, i) => {
        const o = out[i];
        const top = o.results?.[0];
        f.n++;
        if (c.expected.length === 0) {
          f.neg++;
          if (!o.answered) f.abstain++;
          else
            misses.push({
              kind: 'answered-unanswerable',
              file,
              id: c.id,
              question: c.question,
              got: top?.answer ?? '',
              gotCitation: top?.citation ?? '',
              confidence: top?.confidence ?? null,
            });
          return;
        }
        f.pos++;
        const rank = (o.results ?? []).slice(0, 5).findIndex((r) => matchExpected(r, c.expected, fileItems) >= 0);
        if (o.answered) {
          f.answered++;
          if (rank === 0) f.answeredRight++;
        }
        if (rank === 0) f.hit1++;
        if (rank >= 0 && rank < 3) f.hit3++;
        if (rank >= 0) f.rr += 1 / (rank + 1);
        if (rank !== 0)
          misses.push({
            kind: o.answered ? 'confident-wrong' : 'miss',
            file,
            id: c.id,
            question: c.question,
            rank,
            got: top?.answer ?? '',
            gotCitation: top?.citation ?? '',
            confidence: top?.confidence ?? null,
            want: c.expected[0].answer,
            wantItem: c.expected[0].item,
          });
      });
    }
    for (const k of Object.keys(total)) total[k] += f[k];
    rows.push({ file, ...summary(f), wall_s: f.wall ?? 0 });
  }
  return {
    cases: opts.cases.map((c) => path.relative(repo, c)),
    format: opts.format,
    cross: opts.cross,
    split: opts.split && `${opts.split.keep ? 'fold' : 'all but fold'} ${opts.split.fold + 1}/${opts.split.folds}`,
    files: rows,
    all: { file: 'ALL', ...summary(total), wall_s: rows.reduce((s, r) => s + r.wall_s, 0) },
    misses,
  };
}

// ---- questionnaire (kotae fill) ----
async function evaluateQuestionnaire(opts) {
  const specPath = path.join(opts.questionnaire, 'expected.json');
  if (!fs.existsSync(specPath)) fail(`${specPath}: missing (run scripts/make-eval-questionnaire.mjs)`);
  const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
  const input = path.join(opts.questionnaire, spec.questionnaire);
  const sample = path.join(opts.samples, spec.knowledge);
  if (!fs.existsSync(input)) fail(`${input}: missing (run scripts/make-eval-questionnaire.mjs)`);
  if (!fs.existsSync(sample)) fail(`${sample}: the sample this questionnaire is filled against is missing`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kotae-eval-q-'));
  const knowledge = path.join(dir, 'knowledge');
  fs.mkdirSync(knowledge);
  await placeSample(sample, knowledge, opts.format);
  const output = path.join(dir, `filled${path.extname(input)}`);
  const t0 = Date.now();
  const run = runKotae(opts.cmd, ['fill', input, '-o', output, '--knowledge', knowledge], '');
  const wall = (Date.now() - t0) / 1000;
  if (run.status !== 0) fail(`kotae fill exited with ${run.status}\n${run.stderr}`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  fs.rmSync(dir, { recursive: true, force: true });
  const sheet = workbook.getWorksheet(spec.sheet) ?? workbook.worksheets[0];
  const text = (v) =>
    v && typeof v === 'object' ? (v.richText ? v.richText.map((r) => r.text).join('') : (v.text ?? v.result ?? '')) : String(v ?? '');
  let header = null;
  sheet.eachRow((row, n) => {
    if (!header && row.values.some((v) => text(v) === 'kotae回答')) header = { n, cols: row.values.map(text) };
  });
  if (!header) fail('the filled questionnaire has no kotae回答 column');
  const col = (name) => header.cols.indexOf(name);
  const [cAnswer, cCitation, cConfidence] = [col('kotae回答'), col('kotae出典'), col('kotae信頼度')];
  const counts = emptyCounts();
  const misses = [];
  for (const r of spec.rows) {
    const row = sheet.getRow(r.row);
    const answer = text(row.getCell(cAnswer).value);
    const citation = text(row.getCell(cCitation).value);
    const confidence = Number(text(row.getCell(cConfidence).value)) || 0;
    const answered = answer !== '' && answer !== '要確認';
    counts.n++;
    if (!r.expect) {
      counts.neg++;
      if (!answered) counts.abstain++;
      else
        misses.push({
          kind: 'answered-unanswerable',
          file: spec.questionnaire,
          id: `row ${r.row}`,
          question: r.question,
          got: answer,
          gotCitation: citation,
          confidence,
        });
      continue;
    }
    counts.pos++;
    const want = r.expect[0];
    if (!answered) {
      misses.push({
        kind: 'miss',
        file: spec.questionnaire,
        id: `row ${r.row}`,
        question: r.question,
        got: '(要確認)',
        gotCitation: '',
        confidence,
        want: want.answer,
        wantItem: want.item,
      });
      continue;
    }
    counts.answered++;
    // the citation names the item (`… › No.35`); an item cited by line is matched on its answer text
    const cited = /No\.(\S+?)(?:\s*$| ｜)/.exec(citation)?.[1];
    const shown = bigrams(answer.split('\n')[0]);
    const right = r.expect.some((e) => (cited !== undefined ? cited === e.item : overlap(shown, bigrams(e.answer)) >= 0.6));
    if (right) {
      counts.answeredRight++;
      counts.hit1++;
      counts.hit3++;
      counts.rr++;
    } else
      misses.push({
        kind: 'confident-wrong',
        file: spec.questionnaire,
        id: `row ${r.row}`,
        question: r.question,
        got: answer,
        gotCitation: citation,
        confidence,
        want: want.answer,
        wantItem: want.item,
      });
  }
  const s = summary(counts);
  // fill shows only the best answer of a row it is confident about, so hit@3 and MRR say nothing more than hit@1
  return {
    questionnaire: path.relative(repo, input),
    knowledge: spec.knowledge,
    format: opts.format,
    files: [{ file: spec.knowledge, ...s, hit3: null, mrr: null, wall_s: wall }],
    all: { file: 'ALL', ...s, hit3: null, mrr: null, wall_s: wall },
    misses,
  };
}

function printTable(result, opts) {
  const title = result.questionnaire
    ? `questionnaire ${result.questionnaire} filled against ${result.knowledge}`
    : `cases ${result.cases.join(' + ')}${result.cross ? ' (cross)' : ''}${result.split ? `, ${result.split}` : ''}`;
  console.log(`${title}; knowledge format ${result.format}`);
  console.log('file                    n     hit@1  hit@3  MRR    precision  answered  abstain  wall_s');
  for (const r of [...result.files, result.all]) {
    console.log(
      `${r.file.padEnd(22)}  ${String(r.questions).padStart(4)}  ${fmt(r.hit1)}  ${fmt(r.hit3).padEnd(5)}  ${fmt(r.mrr).padEnd(5)}  ${fmt(r.precision).padEnd(9)}  ${fmt(r.answered).padEnd(8)}  ${fmt(r.abstain).padEnd(7)}  ${r.wall_s.toFixed(2)}`,
    );
  }
  if (!opts.misses) return;
  const short = (s) => norm(s).slice(0, 70);
  for (const m of result.misses) {
    const conf = m.confidence === null ? '' : ` (confidence ${Number(m.confidence).toFixed(2)})`;
    console.log(
      `${m.kind.toUpperCase()} ${m.file} ${m.id} 「${m.question}」\n  got:  ${m.got ? short(m.got) : '(no answer)'}${conf}${m.gotCitation ? ` — ${m.gotCitation}` : ''}`,
    );
    if (m.want !== undefined)
      console.log(`  want: ${short(m.want)} — item ${m.wantItem || '(free text)'}${m.rank > 0 ? `, found at rank ${m.rank + 1}` : ''}`);
  }
}

const opts = parseArgs(process.argv.slice(2));
const result = opts.questionnaire ? await evaluateQuestionnaire(opts) : await evaluateCases(opts);
if (opts.json) {
  if (!opts.misses) delete result.misses;
  console.log(JSON.stringify(result, null, 2));
} else printTable(result, opts);
