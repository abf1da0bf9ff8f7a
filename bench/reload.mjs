#!/usr/bin/env node
// Ask latency while the knowledge reloads: prints figures, asserts nothing.
//   node bench/reload.mjs [--sizes 1,10] [--seconds 15] [--askers 4] [--changing 300]
//   node bench/reload.mjs --main-thread [--sizes 1,10,100]
// --main-thread: per size, in a child process, what of a reload still runs on the event loop (the
// worker thread loads and analyses; indexing the analysed texts stays): the index step's time and
// the longest event-loop stall during the whole reload, after one file changed.
// Per size, a real `kotae serve` on 127.0.0.1 with the bundled knowledge (1×) or the synthetic
// corpus (10×…, see corpus.mjs): askers ask the development questions over HTTP for a while with no
// reload, then as long again while an admin reloads over and over, one file changing before each
// reload as it would in use. Prints ask p50/p99 for both phases, and the reloads' own times.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadQuestions, syntheticCorpus } from './corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const sizes = opt('--sizes', '1,10').split(',').map(Number);
const seconds = Number(opt('--seconds', '15'));
const askers = Number(opt('--askers', '4'));
const changingRows = Number(opt('--changing', '1'));
const TOKEN = 'bench-admin-token-0123456789abcdef';

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const ms = (n) => n.toFixed(1).padStart(8);

async function startServe(knowledge, data) {
  const child = spawn(process.execPath, [path.join(root, 'bin', 'kotae.js'), 'serve'], {
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      KNOWLEDGE_DIR: knowledge,
      KOTAE_DATA_DIR: data,
      KOTAE_ADMIN_TOKEN: TOKEN,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (err += chunk));
  const url = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /ready at (http:\/\/\S+)/.exec(err);
      if (m) resolve(m[1]);
      else if (child.exitCode !== null) reject(new Error(err));
    }, 50);
    child.once('exit', () => setTimeout(() => clearInterval(timer), 100));
  });
  for (;;) {
    if ((await fetch(new URL('readyz', url))).status === 200) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, url };
}

/** Askers asking in a loop until `until()` says stop: every latency, and the failures. */
async function askLoop(url, questions, until) {
  const times = [];
  let failed = 0;
  await Promise.all(
    Array.from({ length: askers }, async (_, a) => {
      for (let i = a; !until(); i += askers) {
        const t0 = performance.now();
        const response = await fetch(new URL('api/ask', url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: questions[i % questions.length] }),
        }).catch(() => null);
        if (response?.status !== 200) failed++;
        await response?.arrayBuffer();
        times.push(performance.now() - t0);
      }
    }),
  );
  return { times: times.sort((x, y) => x - y), failed };
}

async function measure(size) {
  const work = mkdtempSync(path.join(os.tmpdir(), 'kotae-bench-reload-'));
  const knowledge = path.join(work, 'knowledge');
  if (size === 1) cpSync(path.join(root, 'knowledge'), knowledge, { recursive: true });
  else {
    const { buildSnapshot } = await import(path.join(root, 'dist', 'core', 'knowledge-snapshot.js'));
    renameSync(await syntheticCorpus(size, buildSnapshot), knowledge);
  }
  const changing = path.join(knowledge, 'bench-changing.csv');
  let edition = 0;
  const rewrite = () => {
    edition++;
    const rows = Array.from(
      { length: changingRows },
      (_, i) =>
        `${i + 1},ベンチマーク用の設問 第${edition}版の手順${i + 1}はありますか,第${edition}版では手順${i + 1}として記録を${(i % 9) + 2}年間保管しています。`,
    );
    writeFileSync(changing, ['No.,質問,回答', ...rows].join('\n'));
  };
  rewrite();
  const { child, url } = await startServe(knowledge, path.join(work, 'data'));
  const questions = loadQuestions();
  try {
    // Warm-up: the JIT and the analysis cache, as a server that has run for a while.
    await askLoop(
      url,
      questions,
      (
        (end) => () =>
          Date.now() > end
      )(Date.now() + 2000),
    );
    const quietEnd = Date.now() + seconds * 1000;
    const quiet = await askLoop(url, questions, () => Date.now() > quietEnd);

    let reloading = true;
    const reloads = [];
    const reloader = (async () => {
      while (reloading) {
        rewrite();
        const t0 = performance.now();
        const response = await fetch(new URL('api/admin/reload', url), { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } });
        const body = await response.json();
        reloads.push({ ms: performance.now() - t0, ok: body.ok });
      }
    })();
    const busyEnd = Date.now() + seconds * 1000;
    const busy = await askLoop(url, questions, () => Date.now() > busyEnd);
    reloading = false;
    await reloader;
    const reloadTimes = reloads.map((r) => r.ms).sort((x, y) => x - y);
    return {
      size,
      quiet,
      busy,
      reloads: reloads.length,
      reloadFailed: reloads.filter((r) => !r.ok).length,
      reloadP50: pct(reloadTimes, 50),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    rmSync(work, { recursive: true, force: true });
  }
}

/** One reload after one file changed, off-thread as the server does it: what blocked the event loop. */
async function mainThreadChild(size) {
  const { buildSnapshot } = await import(path.join(root, 'dist', 'core', 'knowledge-snapshot.js'));
  const dir = size === 1 ? mkdtempSync(path.join(os.tmpdir(), 'kotae-bench-main-')) : await syntheticCorpus(size, buildSnapshot);
  if (size === 1) cpSync(path.join(root, 'knowledge'), dir, { recursive: true });
  const previous = await buildSnapshot(dir, { offThread: true });
  const first = readdirSync(dir).sort()[0];
  appendFileSync(path.join(dir, first), '\n追加の設問はありますか。\nはい、あります。\n');
  const stalls = monitorEventLoopDelay({ resolution: 5 });
  stalls.enable();
  const next = await buildSnapshot(dir, { offThread: true, previous });
  // The stall ends where the build does; the monitor only sees it on the next turn of the loop.
  await new Promise((resolve) => setTimeout(resolve, 50));
  stalls.disable();
  rmSync(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ items: next.items.length, buildMs: next.buildMs, indexMs: next.indexMs, maxStallMs: stalls.max / 1e6 }));
}

function mainThread() {
  console.log(`kotae reload bench, event loop — node ${process.version}, ${os.cpus().length} cores\n`);
  console.log('size   items   reload_ms   index_ms   max_stall_ms');
  for (const size of sizes) {
    const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--main-thread-child', String(size)], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout.trim().split('\n').pop());
    console.log(
      `${`${size}×`.padEnd(5)}  ${String(r.items).padStart(6)}  ${String(r.buildMs).padStart(10)}  ${String(r.indexMs).padStart(9)}  ${r.maxStallMs.toFixed(0).padStart(13)}`,
    );
  }
}

async function serveBench() {
  console.log(
    `kotae reload bench — node ${process.version}, ${os.cpus().length} cores, ${askers} askers, ${seconds} s per phase, ${changingRows} changed rows per reload\n`,
  );
  console.log('size  phase            asks  failed   p50_ms   p99_ms   max_ms  reloads  reload_p50_ms');
  for (const size of sizes) {
    const r = await measure(size);
    for (const [phase, run] of [
      ['no reload', r.quiet],
      ['during reloads', r.busy],
    ]) {
      const reloads =
        phase === 'no reload'
          ? ''
          : `  ${String(r.reloads).padStart(7)}  ${ms(r.reloadP50)}${r.reloadFailed ? ` (${r.reloadFailed} failed)` : ''}`;
      console.log(
        `${`${size}×`.padEnd(4)}  ${phase.padEnd(14)}  ${String(run.times.length).padStart(6)}  ${String(run.failed).padStart(6)}  ${ms(pct(run.times, 50))} ${ms(pct(run.times, 99))} ${ms(run.times.at(-1))}${reloads}`,
      );
    }
  }
}

if (argv[0] === '--main-thread-child') await mainThreadChild(Number(argv[1]));
else if (argv.includes('--main-thread')) mainThread();
else await serveBench();
