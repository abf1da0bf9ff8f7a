#!/usr/bin/env node
// kotae benchmark: prints figures, asserts nothing (machines here are shared and noisy).
//   npm run bench [-- --sizes 1,10,100] [--rounds 3]
// Caches: every child process gets an OS temp folder of the bench's own (TMPDIR), so "cold" and
// "warm" mean that folder's analysis cache (kotae-cache/analysis) absent and filled; kuromoji's
// dictionary, unpacked there by the first run, stays ("no caches at all" adds ~1 s once).
// Cold start: `kotae ask --json` as a fresh process on the bundled knowledge, process start → JSON,
// cache warm (5 runs) and cold (3 runs).
// Per size (1× = bundled items; 10× and 100× a synthetic corpus made from the samples), in a
// child process of its own so that peak RSS is that size's, once cold and once warm: index build
// time, per-query latency p50/p95/p99 over the development questions, peak RSS.
// Whole process at the largest size: `kotae ask --json --stdin --top 5` asked every development
// question, cold and warm: wall time, per-question p50/p99 (its took_ms), peak RSS; beside it
// Lucene (BM25, the kuromoji analyzer, bench/lucene/LuceneAsk.java) on the same corpus and
// questions, when `javac` and Lucene 8's jars are found (LUCENE_JARS, default /usr/share/java;
// Debian: liblucene8-java).
// Fill: `fillQuestionnaire` on a 300-row questionnaire (.xlsx and .csv) built from the same
// questions, read → answer → write, median of the rounds. `--fill` runs only this part.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadQuestions, syntheticCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const sizes = opt('--sizes', '1,10,100').split(',').map(Number);
const rounds = Number(opt('--rounds', '3'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
if (argv[0] === '--child') {
  await child(argv[2]);
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
  console.log(
    `kotae bench — node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${os.loadavg()[0].toFixed(1)}\n`,
  );
  const temp = mkdtempSync(path.join(os.tmpdir(), 'kotae-bench-tmp-'));
  const env = { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp };
  const analysisCache = path.join(temp, 'kotae-cache', 'analysis');
  const dropCache = () => rmSync(analysisCache, { recursive: true, force: true });
  try {
    const ask = () => {
      const t0 = performance.now();
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'bin', 'kotae.js'), 'ask', '--json', '--knowledge', path.join(root, 'knowledge'), 'データは暗号化されていますか'],
        { encoding: 'utf8', env },
      );
      if (run.status !== 0 || !run.stdout.trim().startsWith('{')) throw new Error(run.stderr);
      return performance.now() - t0;
    };
    ask();
    const warm = Array.from({ length: 5 }, ask);
    const cold = Array.from({ length: 3 }, () => {
      dropCache();
      return ask();
    });
    const line = (label, times) =>
      `${label} median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)})`;
    console.log(
      `cold start to first answer, bundled knowledge: ${line('cache warm', warm)}; ${line('cache cold', cold)}   target ≤ 1000 ms\n`,
    );

    console.log('size   cache   items   build_ms   p50_ms   p95_ms   p99_ms   peak_rss_MB');
    const corpora = new Map(
      await Promise.all(
        sizes.map(async (size) => [size, size === 1 ? path.join(root, 'knowledge') : await syntheticCorpus(size, await snapshotBuilder())]),
      ),
    );
    try {
      for (const size of sizes) {
        dropCache();
        for (const cache of ['cold', 'warm']) {
          const run = spawnSync(
            process.execPath,
            [fileURLToPath(import.meta.url), '--child', String(size), corpora.get(size), '--rounds', String(rounds)],
            { encoding: 'utf8', maxBuffer: 1 << 26, env },
          );
          if (run.status !== 0) throw new Error(run.stderr);
          const r = JSON.parse(run.stdout.trim().split('\n').pop());
          console.log(
            `${`${size}×`.padEnd(5)}  ${cache.padEnd(5)}  ${String(r.items).padStart(6)}  ${r.buildMs.toFixed(0).padStart(8)}  ${r.p50.toFixed(2).padStart(7)}  ${r.p95.toFixed(2).padStart(7)}  ${r.p99.toFixed(2).padStart(7)}  ${r.rssMb.toFixed(0).padStart(11)}`,
          );
        }
      }
      console.log('\ntargets: p50 ≤ 5 ms at 1×, p99 ≤ 50 ms at 100×\n');
      const largest = Math.max(...sizes);
      if (largest > 1) wholeProcess(largest, corpora.get(largest), env, dropCache, temp);
    } finally {
      for (const [size, dir] of corpora) if (size !== 1) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  fill();
}

/** `buildSnapshot` from dist/, to make the synthetic corpora. */
async function snapshotBuilder() {
  return (await import(pathToFileURL(path.join(root, 'dist', 'core', 'knowledge-snapshot.js')).href)).buildSnapshot;
}

/** Per-question times (from each JSON line's took_ms) as p50/p99. */
function questionTimes(stdout) {
  const times = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line).took_ms)
    .sort((a, b) => a - b);
  return { count: times.length, p50: pct(times, 50), p99: pct(times, 99) };
}

/** The whole `kotae ask --stdin` process at `size`, cold and warm, and Lucene's beside it. */
function wholeProcess(size, dir, env, dropCache, temp) {
  const questions = `${loadQuestions().join('\n')}\n`;
  const items = readdirSync(dir).reduce((n, file) => n + readFileSync(path.join(dir, file), 'utf8').trim().split('\n').length - 1, 0);
  console.log(`whole process, ${size}× (${items} items), ${loadQuestions().length} questions on stdin, top 5:`);
  const peakFile = path.join(temp, 'peak-rss');
  const kotae = () => {
    const t0 = performance.now();
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(path.join(root, 'bench', 'peak-rss.mjs')).href,
        path.join(root, 'bin', 'kotae.js'),
        'ask',
        '--json',
        '--stdin',
        '--top',
        '5',
        '--knowledge',
        dir,
      ],
      {
        input: questions,
        encoding: 'utf8',
        maxBuffer: 1 << 28,
        env: { ...env, BENCH_PEAK_RSS_FILE: peakFile },
      },
    );
    if (run.status !== 0) throw new Error(run.stderr);
    return { seconds: (performance.now() - t0) / 1000, ...questionTimes(run.stdout), rssMb: Number(readFileSync(peakFile, 'utf8')) / 1024 };
  };
  const row = (label, r) =>
    console.log(
      `  ${label.padEnd(22)} ${r.seconds.toFixed(1).padStart(6)} s   p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms   peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB`,
    );
  dropCache();
  const cold = kotae();
  row('kotae, cache cold', cold);
  const warm = kotae();
  row('kotae, cache warm', warm);
  const lucene = luceneProcess(dir, questions, temp);
  if (typeof lucene === 'string') {
    console.log(`  Lucene comparison skipped: ${lucene}.`);
    console.log(
      '  (The issue measured Lucene with the kuromoji analyzer at 4.5 s on a 30,000-item corpus, kotae then 20 s: target ≤ 9 s.)',
    );
  } else {
    row('Lucene + kuromoji', lucene);
    console.log(
      `  kotae / Lucene: cold ${(cold.seconds / lucene.seconds).toFixed(2)}×, warm ${(warm.seconds / lucene.seconds).toFixed(2)}×`,
    );
  }
  console.log("\ntargets at 100×: whole process ≤ 2× Lucene, p50 and p99 ≤ Lucene's, peak RSS ≤ 600 MB\n");
}

/** Lucene's run on the same corpus and questions, or why it could not run. */
function luceneProcess(dir, questions, temp) {
  const jarsDir = process.env.LUCENE_JARS || '/usr/share/java';
  const jars = existsSync(jarsDir) ? readdirSync(jarsDir) : [];
  const jar = (pattern) => jars.find((name) => pattern.test(name));
  const needed = [
    /^lucene-core-8[\d.]*\.jar$/,
    /^lucene-analyzers-common-8[\d.]*\.jar$/,
    /^lucene-analyzers-kuromoji-8[\d.]*\.jar$/,
    /^lucene-queryparser-8[\d.]*\.jar$/,
  ].map(jar);
  if (needed.some((name) => !name))
    return `Lucene 8 jars (core, analyzers-common, analyzers-kuromoji, queryparser) not found in ${jarsDir} (set LUCENE_JARS, or apt-get install liblucene8-java)`;
  const classpath = needed.map((name) => path.join(jarsDir, name)).join(path.delimiter);
  const classes = path.join(temp, 'lucene-classes');
  mkdirSync(classes, { recursive: true });
  const compiled = spawnSync('javac', ['-cp', classpath, '-d', classes, path.join(root, 'bench', 'lucene', 'LuceneAsk.java')], {
    encoding: 'utf8',
  });
  if (compiled.error || compiled.status !== 0)
    return `javac could not compile bench/lucene/LuceneAsk.java (${compiled.error?.message ?? compiled.stderr.trim().split('\n')[0]})`;
  const t0 = performance.now();
  const run = spawnSync('java', ['-cp', [classes, classpath].join(path.delimiter), 'LuceneAsk', dir], {
    input: questions,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.error || run.status !== 0) return `java failed (${run.error?.message ?? run.stderr.trim().split('\n')[0]})`;
  const seconds = (performance.now() - t0) / 1000;
  const peak = /VmHWM:\s*(\d+)\s*kB/.exec(run.stderr);
  return { seconds, ...questionTimes(run.stdout), rssMb: peak ? Number(peak[1]) / 1024 : NaN };
}

/** Runs the fill benchmark in a child of its own, like the sizes, and prints its lines. */
function fill() {
  const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--fill-child', '--rounds', String(rounds)], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (run.status !== 0) throw new Error(run.stderr);
  process.stdout.write(run.stdout);
}

async function fillChild() {
  const { buildSnapshot } = await import(pathToFileURL(path.join(root, 'dist', 'core', 'knowledge-snapshot.js')).href);
  const { answerQuestion } = await import(pathToFileURL(path.join(root, 'dist', 'core', 'answer.js')).href);
  const { fillQuestionnaire } = await import(pathToFileURL(path.join(root, 'dist', 'fill', 'index.js')).href);
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
  questions.forEach((q, i) => {
    sheet.getRow(4 + i).values = [`${Math.floor(i / 30) + 1}-${(i % 30) + 1}`, `分類${Math.floor(i / 30) + 1}`, q];
  });
  const files = {
    '.xlsx': new Uint8Array(await workbook.xlsx.writeBuffer()),
    '.csv': new TextEncoder().encode(
      ['No,確認内容,はい/いいえ', ...questions.map((q, i) => `${i + 1},"${q.replace(/"/g, '""')}",`)].join('\r\n'),
    ),
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
  const leads = [
    '',
    '貴社では、',
    '本サービスにおいて、',
    '委託先を含め、',
    '運用上、',
    '御社の',
    '当該システムで',
    '原則として、',
    '現在、',
    '契約期間中、',
  ];
  return Array.from({ length: count }, (_, i) => `${leads[Math.floor(i / base.length) % leads.length]}${base[i % base.length]}`);
}

async function child(dir) {
  const { buildSnapshot } = await import(pathToFileURL(path.join(root, 'dist', 'core', 'knowledge-snapshot.js')).href);
  const { answerQuestion } = await import(pathToFileURL(path.join(root, 'dist', 'core', 'answer.js')).href);
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
  console.log(
    JSON.stringify({
      items: snapshot.index.items.length,
      buildMs,
      p50: pct(times, 50),
      p95: pct(times, 95),
      p99: pct(times, 99),
      rssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}
