#!/usr/bin/env node
// kotae operations bench: prints figures, asserts nothing (machines here are shared and noisy).
//   npm run bench:ops [-- --asks 2000] [--concurrency 32] [--log-mb 300] [--root <another checkout>]
// Runs `kotae serve` as a child process on the bundled knowledge with a fresh data folder, then:
// - asks: `--asks` questions, `--concurrency` at a time, through POST /api/ask, first answered ones
//   (the reference), then ones nobody has an answer to (each appended to unanswered.jsonl); latency
//   p50/p99 as the client sees it;
// - the admin view on a large log: unanswered.jsonl grown to `--log-mb` MB, then
//   GET /api/admin/unanswered?limit=1000; the server's peak RSS (VmHWM) before and after.
// `--root` runs the same against another checkout's compiled dist/ (to compare before and after).
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const opt = (name, dflt) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : dflt);
const root = path.resolve(opt('--root', path.join(path.dirname(fileURLToPath(import.meta.url)), '..')));
const asks = Number(opt('--asks', '2000'));
const concurrency = Number(opt('--concurrency', '32'));
const logMb = Number(opt('--log-mb', '300'));
const TOKEN = 'bench-admin-token-0123456789abcdef';

const work = mkdtempSync(path.join(os.tmpdir(), 'kotae-bench-ops-'));
const dataDir = path.join(work, 'data');
const server = spawn(process.execPath, [path.join(root, 'bin', 'kotae.js'), 'serve'], {
  cwd: work,
  env: {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: '0',
    HOST: '127.0.0.1',
    KOTAE_DATA_DIR: dataDir,
    KOTAE_ADMIN_TOKEN: TOKEN,
    KNOWLEDGE_DIR: path.join(root, 'knowledge'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'pipe'],
});
let stderr = '';
server.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
try {
  const url = await new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const match = /ready at (http:\/\/\S+)/.exec(stderr);
      if (match) {
        clearInterval(timer);
        resolve(match[1]);
      }
    }, 50);
    server.once('exit', () => reject(new Error(`kotae serve exited:\n${stderr}`)));
  });
  console.log(`kotae ops bench — ${root}, node ${process.version}, ${os.cpus().length} cores\n`);

  // The same load answered (nothing written) is the reference the unanswered one is compared with.
  for (const [what, question] of [
    ['answered asks', 'データは暗号化されていますか'],
    ['unanswered asks', 'xyzzy plugh'],
  ]) {
    const latencies = [];
    let next = 0;
    const asker = async () => {
      while (next < asks) {
        const n = next++;
        const started = performance.now();
        const response = await fetch(new URL('api/ask', url), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: `${question} ${n}` }),
        });
        if (!(await response.json()).question) throw new Error(`ask failed: HTTP ${response.status}`);
        latencies.push(performance.now() - started);
      }
    };
    const t0 = performance.now();
    await Promise.all(Array.from({ length: concurrency }, asker));
    const seconds = (performance.now() - t0) / 1000;
    latencies.sort((a, b) => a - b);
    const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(
      `${what}: ${asks} at ${concurrency} at once: ${(asks / seconds).toFixed(0)}/s, p50 ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`,
    );
  }

  const file = path.join(dataDir, 'unanswered.jsonl');
  const out = createWriteStream(file, { flags: 'a' });
  const line = `${JSON.stringify({ at: new Date().toISOString(), channel: 'api', question: 'パディング用の質問です。'.repeat(8), nearestId: null, nearestConfidence: null })}\n`;
  const block = line.repeat(Math.ceil((1 << 20) / Buffer.byteLength(line)));
  for (let written = 0; written < logMb * (1 << 20); written += Buffer.byteLength(block)) {
    if (!out.write(block)) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  const before = peakRssMb(server.pid);
  const started = performance.now();
  const response = await fetch(new URL('api/admin/unanswered?limit=1000', url), { headers: { authorization: `Bearer ${TOKEN}` } });
  const { entries } = await response.json();
  const tookMs = performance.now() - started;
  console.log(
    `admin unanswered (limit 1000) on a ${logMb} MB log: ${entries.length} entries in ${tookMs.toFixed(0)} ms; server peak RSS ${before} MB before, ${peakRssMb(server.pid)} MB after`,
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  rmSync(work, { recursive: true, force: true });
}

function peakRssMb(pid) {
  const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return hwm ? Math.round(Number(hwm[1]) / 1024) : NaN;
}
