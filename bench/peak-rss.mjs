// Preloaded by bench/run.mjs (`node --import`) into a process it measures: writes the process's
// peak RSS (KiB, worker threads included) to $BENCH_PEAK_RSS_FILE as it exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => writeFileSync(process.env.BENCH_PEAK_RSS_FILE, String(process.resourceUsage().maxRSS)));
