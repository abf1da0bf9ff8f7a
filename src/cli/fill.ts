/**
 * `kotae fill FILE [-o OUT]`: answers a whole customer questionnaire and writes the filled copy
 * beside it. The output appears complete or not at all (temporary file, then rename).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { answerQuestion } from '../core/answer.js';
import { writeFileAtomically } from '../core/atomic-file.js';
import {
  FILL_TOP,
  filledFileName,
  FillError,
  openQuestionnaire,
  questionnaireFormat,
  sheetLines,
  type FillResult,
  type FillSummary,
} from '../fill/index.js';
import { parseCliArgs } from './args.js';
import { CliError } from './cli-error.js';
import { openKnowledge, requireCollection, requireItems, reviewPolicy } from './open-knowledge.js';

export async function runFill(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      knowledge: { type: 'string' },
      collection: { type: 'string' },
    },
    'fill',
  );
  if (positionals.length !== 1)
    throw new CliError('fill: give one questionnaire file, e.g. kotae fill customer.xlsx [-o answered.xlsx].', 2);
  const input = path.resolve(positionals[0]!);
  const output = values.output ? path.resolve(values.output) : path.join(path.dirname(input), filledFileName(input));
  // Checked before the knowledge is loaded: a wrong file should not cost the index build.
  guard(() => questionnaireFormat(input));
  if (path.extname(output).toLowerCase() !== path.extname(input).toLowerCase()) {
    throw new CliError(`fill: the output must have the input's extension (${path.extname(input)}): the format does not change.`, 2);
  }
  if (output === input) throw new CliError('fill: the output would replace the questionnaire itself; choose another -o.', 2);
  const folder = await stat(path.dirname(output)).catch(() => null);
  if (!folder?.isDirectory()) throw new CliError(`fill: cannot write ${output}: no such folder.`);
  const bytes = await readFile(input).catch((error: unknown) => {
    throw new CliError(`fill: cannot read ${input}: ${describeFsError(error)}`);
  });

  // Read and checked before the knowledge is indexed: a bad file is refused in a moment.
  const questionnaire = await guardAsync(() => openQuestionnaire(new Uint8Array(bytes), input));
  const review = reviewPolicy();
  const snapshot = await openKnowledge(values.knowledge);
  requireItems(snapshot);
  requireCollection(snapshot, values.collection, 'fill');
  const progress = process.stderr.isTTY ? new ProgressBar(process.stderr) : null;
  const options = { top: FILL_TOP, collection: values.collection };
  let result: FillResult;
  try {
    result = await questionnaire.fill((q) => answerQuestion(snapshot, q, options, review), {
      onProgress: (done, total) => progress?.update(done, total),
    });
  } finally {
    progress?.clear();
  }
  await writeAtomically(output, result.bytes);
  process.stderr.write(`${summaryLines(result.summary).join('\n')}\nwritten to ${output}\n`);
  return 0;
}

/**
 * `rows 42, answered 35, to check 7 (要確認), cells written 60`: what the person reviewing needs
 * to know first; then, for a workbook, what was done with each sheet and why, and a note when
 * English questions were answered in Japanese.
 */
export function summaryLines(summary: FillSummary): string[] {
  const status = summary.statusProposed ? `, status proposed ${summary.statusProposed}` : '';
  const cells = summary.cellsWritten ? `, cells written ${summary.cellsWritten}` : '';
  const lines = [`rows ${summary.rows}, answered ${summary.answered}, to check ${summary.toCheck} (要確認)${status}${cells}`];
  if (summary.sheets.some((sheet) => sheet.sheet !== null)) lines.push(...sheetLines(summary.sheets).map((line) => `  ${line}`));
  if (summary.languageNote) lines.push(`${summary.languageNote.ja} (${summary.languageNote.en})`);
  return lines;
}

function guard<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw asCliError(error);
  }
}

async function guardAsync<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw asCliError(error);
  }
}

function asCliError(error: unknown): unknown {
  return error instanceof FillError ? new CliError(`fill: ${error.message}`) : error;
}

/** An interrupted run never leaves half a file. */
async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  await writeFileAtomically(target, bytes).catch((error: unknown) => {
    throw new CliError(`fill: cannot write ${target}: ${describeFsError(error)}`);
  });
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** A one-line bar redrawn in place; only for a terminal, where `\r` means something. */
class ProgressBar {
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  update(done: number, total: number): void {
    const now = performance.now();
    // Redrawing on every row would cost more than answering it.
    if (done < total && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const width = 30;
    const filled = total ? Math.round((done / total) * width) : width;
    this.stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} rows`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[K');
  }
}
