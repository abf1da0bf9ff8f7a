/**
 * `kotae report`: the answer library's health — conflicts, duplicates, coverage of the control
 * catalogue, stale answers, missing words and usage — as text for a person or one JSON object.
 */
import path from 'node:path';
import { loadConfigPart, loadDotEnv } from '../config.js';
import { QuestionLog } from '../core/question-log.js';
import {
  buildLibraryReport,
  DEFAULT_USAGE_DAYS,
  type LibraryReport,
  type ReportControl,
  type ReportItem,
  type UsageSummary,
} from '../core/report/index.js';
import { parseCliArgs } from './args.js';
import { CliError } from './cli-error.js';
import { openKnowledge, requireItems, reviewPolicy } from './open-knowledge.js';

const MAX_DAYS = 366;
/** Entries of each list shown to a person; `--json` has them all. */
const SHOWN = 20;

export async function runReport(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(
    args,
    { json: { type: 'boolean', default: false }, knowledge: { type: 'string' }, data: { type: 'string' }, days: { type: 'string' } },
    'report',
  );
  if (positionals.length) throw new CliError('report: takes no arguments; name the folders with --knowledge and --data.', 2);
  const days = values.days === undefined ? DEFAULT_USAGE_DAYS : Number(values.days);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS)
    throw new CliError(`report: --days must be a whole number from 1 to ${MAX_DAYS}.`, 2);
  loadDotEnv();
  const review = reviewPolicy();
  const dataDir = path.resolve(values.data ?? loadConfigPart(['KOTAE_DATA_DIR']).KOTAE_DATA_DIR);
  const snapshot = await openKnowledge(values.knowledge);
  requireItems(snapshot);
  const report = await buildLibraryReport(snapshot, { log: new QuestionLog(dataDir), review, days });
  process.stdout.write(values.json ? `${JSON.stringify(report)}\n` : `${formatReport(report).join('\n')}\n`);
  return 0;
}

/** The report for a person at a terminal: each list capped, with a pointer to `--json` for the rest. */
export function formatReport(report: LibraryReport): string[] {
  const { knowledge, usage } = report;
  const lines = [`kotae report — ${knowledge.dir}: ${knowledge.files} files, ${knowledge.items} items`];

  section(lines, `矛盾 (conflicts): ${report.conflicts.length}`, report.conflicts, (conflict) => [
    `${conflict.reason} ｜ 管理策: ${conflict.control.label}`,
    ...conflict.items.map(itemLine),
  ]);
  section(lines, `重複 (near-duplicates): ${report.duplicates.length}`, report.duplicates, (duplicate) => [
    `${Math.round(duplicate.similarity * 100)}% 一致 (alike)`,
    ...duplicate.items.map(itemLine),
  ]);

  const { coverage } = report;
  lines.push('', `回答のない管理策 (controls without an answer): ${coverage.missing.length} of ${coverage.controls}`);
  if (coverage.missing.length) lines.push(`  ${controlList(coverage.missing)}`);
  for (const collection of coverage.collections) {
    lines.push(`  ${collection.collection} (${collection.items} items): ${collection.missing.length} missing`);
  }

  lines.push('', `要見直し (stale, last checked over ${report.reviewMonths} months ago): ${report.stale.length}`);
  lines.push(...staleLines(report).map((line) => `  ${line}`));

  lines.push('', `ナレッジにない語 (words of unanswered questions no item matches): ${report.missingWords.length}`);
  if (report.missingWords.length)
    lines.push(
      `  ${report.missingWords
        .slice(0, SHOWN * 2)
        .map((w) => `${w.word} (${w.count})`)
        .join(', ')}`,
    );

  lines.push('', `利用状況 (usage, ${usage.days} days from ${usage.since}): ${usageLine(usage)}`);
  if (usage.topControls.length) lines.push(`  よく聞かれる管理策 (asked most): ${countedControls(usage.topControls)}`);
  if (usage.unansweredControls.length)
    lines.push(`  回答できなかった管理策 (unanswered most): ${countedControls(usage.unansweredControls)}`);
  for (const surface of usage.surfaces) lines.push(`  ${surface.surface}: ${usageLine(surface)}`);
  return lines;
}

function section<T>(lines: string[], title: string, entries: readonly T[], describe: (entry: T) => string[]): void {
  lines.push('', title);
  entries.slice(0, SHOWN).forEach((entry, i) => {
    const [first, ...rest] = describe(entry);
    lines.push(`  ${i + 1}. ${first}`, ...rest.map((line) => `     ${line}`));
  });
  if (entries.length > SHOWN) lines.push(`  … ${entries.length - SHOWN} more (kotae report --json lists all)`);
}

function itemLine(item: ReportItem): string {
  const text = item.answer.replace(/\s+/g, ' ');
  return `${item.status ? `[${item.status}] ` : ''}${item.citation}: ${text.length > 60 ? `${text.slice(0, 59)}…` : text}`;
}

/** Stale items by file when the file's date stands in for them all; one by one when the file states dates. */
function staleLines(report: LibraryReport): string[] {
  const byFile = new Map<string, { count: number; oldest: string }>();
  const stated: string[] = [];
  for (const entry of report.stale) {
    if (entry.from === 'column') {
      stated.push(`${entry.citation} (最終確認 ${entry.reviewed})`);
      continue;
    }
    const file = entry.id.replace(/[!#].*$/, '');
    const group = byFile.get(file) ?? { count: 0, oldest: entry.reviewed };
    group.count++;
    byFile.set(file, group);
  }
  const files = [...byFile].map(([file, group]) => `${file}: ${group.count} items (file last modified ${group.oldest})`);
  const lines = [...files, ...stated];
  return lines.length > SHOWN ? [...lines.slice(0, SHOWN), `… ${lines.length - SHOWN} more (kotae report --json lists all)`] : lines;
}

function usageLine(usage: UsageSummary): string {
  const share = usage.answeredShare === null ? '' : ` (${Math.round(usage.answeredShare * 100)}% answered)`;
  return `${usage.questions} questions${share}, 👍 ${usage.feedback.helpful} 👎 ${usage.feedback.unhelpful}`;
}

function controlList(controls: readonly ReportControl[]): string {
  const shown = controls.slice(0, SHOWN * 2).map((c) => c.label);
  return `${shown.join('、')}${controls.length > shown.length ? ` … (${controls.length - shown.length} more)` : ''}`;
}

function countedControls(controls: ReadonlyArray<ReportControl & { readonly count: number }>): string {
  return controls.map((c) => `${c.label} (${c.count})`).join('、');
}
