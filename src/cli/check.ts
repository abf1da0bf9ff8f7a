import { parseCliArgs } from './args.js';
import { openKnowledge } from './open-knowledge.js';

/** `kotae check`: what the knowledge folder holds and what is wrong with it. Exit 1 if nothing loads. */
export async function runCheck(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { knowledge: { type: 'string' } }, 'check');
  const snapshot = await openKnowledge(values.knowledge);
  const out: string[] = [`knowledge folder: ${snapshot.dir}`, ''];
  const width = Math.max(4, ...snapshot.files.map((f) => f.file.length));
  out.push(`${'file'.padEnd(width)}  items`);
  for (const file of snapshot.files) out.push(`${file.file.padEnd(width)}  ${String(file.items).padStart(5)}`);
  const total = snapshot.index.items.length;
  out.push(
    '',
    `${snapshot.files.length} files, ${total} items, ${snapshot.synonymGroups} synonym groups, indexed in ${snapshot.buildMs} ms`,
  );
  if (snapshot.warnings.length) {
    out.push('', `warnings (${snapshot.warnings.length}):`);
    for (const w of snapshot.warnings) out.push(`  ${w.file}: ${w.message}`);
  }
  if (total === 0) out.push('', 'error: no items could be loaded. Add .xlsx, .csv, .tsv or .txt checksheets to the folder.');
  (total === 0 ? process.stderr : process.stdout).write(`${out.join('\n')}\n`);
  return total === 0 ? 1 : 0;
}
