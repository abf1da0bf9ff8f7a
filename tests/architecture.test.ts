/**
 * The layers the README draws, kept by dependency-cruiser (.dependency-cruiser.cjs): the real tree
 * has no violation, and a tree with imports against the arrows fails with the rule each breaks.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const config = path.join(root, '.dependency-cruiser.cjs');
const depcruise = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

function cruise(cwd: string): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [depcruise, 'src', '--config', config, '--output-type', 'err'], {
    cwd,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const fixtures: string[] = [];
afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});

/** A small tree of `src/` files (path → source), with the project's module settings. */
function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kotae-layers-'));
  fixtures.push(dir);
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
  );
  for (const [file, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), source);
  }
  return dir;
}

describe('the dependency rule', () => {
  it('finds no import against the arrows in src/', () => {
    const { status, output } = cruise(root);
    expect(output).not.toMatch(/error /);
    expect(status).toBe(0);
  });

  it('fails on the core importing the CLI, a chat adapter importing another, and an adapter touching search', () => {
    const dir = tree({
      'src/cli/cli-error.ts': 'export class CliError extends Error {}\n',
      'src/core/answer.ts': "import { CliError } from '../cli/cli-error.js';\nexport const a = CliError;\n",
      'src/bots/teams/cards.ts': "export const TEXT = 'x';\n",
      'src/search/normalize.ts': 'export const normalizeText = (t: string) => t;\n',
      'src/bots/slack/blocks.ts':
        "import { TEXT } from '../teams/cards.js';\nimport { normalizeText } from '../../search/normalize.js';\nexport const b = normalizeText(TEXT);\n",
      'src/knowledge/loader.ts': "import { normalizeText } from '../search/normalize.js';\nexport const c = normalizeText;\n",
    });
    const { status, output } = cruise(dir);
    expect(status).not.toBe(0);
    expect(output).toContain('nothing-imports-cli: src/core/answer.ts → src/cli/cli-error.ts');
    expect(output).toContain('core-imports-no-layer-above-it: src/core/answer.ts → src/cli/cli-error.ts');
    expect(output).toContain('surfaces-do-not-import-each-other: src/bots/slack/blocks.ts → src/bots/teams/cards.ts');
    expect(output).toContain('surfaces-do-not-touch-search: src/bots/slack/blocks.ts → src/search/normalize.ts');
    expect(output).toContain('knowledge-imports-no-layer-above-it: src/knowledge/loader.ts → src/search/normalize.ts');
  });
});
