/**
 * Compiles src/ to dist/ before any test runs, so that tests spawning `bin/kotae.js` exercise the
 * code under test and not whatever an earlier build left behind.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export default async function setup(): Promise<void> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const root = fileURLToPath(new URL('..', import.meta.url));
  try {
    // Incremental: an unchanged tree costs a second instead of a full compile on every run.
    await promisify(execFile)(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--incremental', '--tsBuildInfoFile', 'dist/.tsbuildinfo'], { cwd: root });
  } catch (error) {
    const output = error instanceof Error && 'stdout' in error ? String(error.stdout) : String(error);
    throw new Error(`npm run build failed before the tests:\n${output}`);
  }
}
