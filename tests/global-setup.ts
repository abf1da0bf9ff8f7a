/**
 * Compiles src/ to dist/ before any test runs (`npm run build`), so that tests spawning
 * `bin/kotae.js` exercise the code under test and not whatever an earlier build left behind.
 * Like make, it skips the compile when every compiled file is newer than its source and the
 * tsconfig files: a full compile costs several seconds on a small machine.
 */
import { execFile } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function mtime(file: string): Promise<number | null> {
  return (await stat(file).catch(() => null))?.mtimeMs ?? null;
}

async function distIsCurrent(): Promise<boolean> {
  const config = Math.max(
    ...(await Promise.all(['tsconfig.json', 'tsconfig.build.json'].map((f) => mtime(path.join(ROOT, f))))).map((t) => t ?? Infinity),
  );
  const sources = (await readdir(path.join(ROOT, 'src'), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
  for (const source of sources) {
    const built = await mtime(path.join(ROOT, 'dist', source.replace(/\.ts$/, '.js')));
    const written = await mtime(path.join(ROOT, 'src', source));
    if (built === null || written === null || built < written || built < config) return false;
  }
  return sources.length > 0;
}

export default async function setup(): Promise<void> {
  if (await distIsCurrent()) return;
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  try {
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: ROOT });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error);
    throw new Error(`npm run build failed before the tests:\n${output}`);
  }
}
