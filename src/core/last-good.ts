/**
 * What a reload keeps from the index it replaces. A file that loaded before and now fails, or now
 * yields far fewer items (a save caught half-way, a copy still running), keeps its last good items
 * with a warning; only deleting the file drops them. A smaller file that is still the same on the
 * next reload was meant: it is then taken as it is.
 */
import type { KnowledgeFileReport } from '../knowledge/loader.js';
import type { KnowledgeItem, LoadWarning } from '../knowledge/types.js';
import { itemsByFile, type AnalysedKnowledge } from './analysed-knowledge.js';
import type { IndexedFile } from './analysis-session.js';

/** A file "yields far fewer items" when it now has fewer than this share of the items it had. */
export const SHRINK_KEEP_RATIO = 0.5;

/** What a reload did to each file, by relative path. */
export interface KnowledgeChanges {
  readonly added: readonly string[];
  /** Loaded again with different items. */
  readonly changed: readonly string[];
  /** Failed or shrank: answered from its previous items (a warning says why). */
  readonly kept: readonly string[];
  readonly removed: readonly string[];
}

export const NO_CHANGES: KnowledgeChanges = { added: [], changed: [], kept: [], removed: [] };

/** The parts of the serving index that a reload compares against. */
export interface LastGoodKnowledge {
  readonly items: readonly KnowledgeItem[];
  readonly files: readonly KnowledgeFileReport[];
  readonly digests: ReadonlyMap<string, string>;
  /** Files whose smaller content was refused last time, with that content's digest. */
  readonly refused: ReadonlyMap<string, string>;
}

export interface MergedKnowledge extends LastGoodKnowledge {
  readonly warnings: readonly LoadWarning[];
  readonly changes: KnowledgeChanges;
  /** The files of `items` in their order, kept ones with their items (the new load did not analyse them). */
  readonly indexed: readonly IndexedFile[];
}

/** The new load, with the last good items of files that failed or shrank put back. */
export function keepLastGood(previous: LastGoodKnowledge | null, next: AnalysedKnowledge): MergedKnowledge {
  const nextReports = new Map(next.files.map((report) => [report.file, report]));
  const failedNow = new Set(next.warnings.map((w) => w.file));
  const previousItems = itemsByFile(previous?.items ?? []);
  const changes = { added: [] as string[], changed: [] as string[], kept: [] as string[], removed: [] as string[] };
  const keptReports: KnowledgeFileReport[] = [];
  const keptWarnings: LoadWarning[] = [];
  const refused = new Map<string, string>();
  const digests = new Map(next.digests);

  for (const before of previous?.files ?? []) {
    const file = before.file;
    const now = nextReports.get(file);
    const digest = next.digests.get(file) ?? '';
    let keepBecause: string | null = null;
    if (!now) {
      if (!failedNow.has(file)) {
        changes.removed.push(file);
        continue;
      }
      if (before.items > 0)
        keepBecause =
          'it cannot be loaded now (the other warning for this file says why). Fix the file, or delete it to drop these answers.';
    } else if (now.items < before.items * SHRINK_KEEP_RATIO && previous!.refused.get(file) !== digest) {
      keepBecause = `it now yields ${now.items} items, under ${SHRINK_KEEP_RATIO * 100} % of before: perhaps it was read while being saved. Reload once it is complete; if the smaller file is meant, reload once more and it is taken as it is.`;
      refused.set(file, digest);
    }
    if (keepBecause) {
      changes.kept.push(file);
      keptReports.push(before);
      digests.set(file, previous!.digests.get(file) ?? '');
      keptWarnings.push({
        file,
        message: `前回の内容で回答しています（${before.items} 項目）。 Answering from this file's previous content (${before.items} items): ${keepBecause}`,
      });
    } else if (now && (previous!.digests.get(file) ?? '') !== digest) changes.changed.push(file);
  }
  const known = new Set(previous?.files.map((report) => report.file));
  for (const report of next.files) if (!known.has(report.file)) changes.added.push(report.file);

  const kept = new Set(changes.kept);
  const keptItems = changes.kept.flatMap((file) => previousItems.get(file) ?? []);
  const indexed = [
    ...next.files.filter((report) => !kept.has(report.file)).map((report): IndexedFile => ({ file: report.file })),
    ...changes.kept.map((file): IndexedFile => ({ file, keptItems: previousItems.get(file) ?? [] })),
  ];
  return {
    items: [...next.items.filter((item) => !kept.has(item.file)), ...keptItems],
    files: [...next.files.filter((report) => !kept.has(report.file)), ...keptReports].sort((a, b) => comparePaths(a.file, b.file)),
    digests,
    refused,
    warnings: [...next.warnings, ...keptWarnings],
    changes,
    indexed,
  };
}

/** The loader's order: folder by folder, names compared as it sorts them. */
function comparePaths(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const order = left[i]!.localeCompare(right[i]!);
    if (order !== 0) return order;
  }
  return left.length - right.length;
}

const CHANGE_LABELS: Record<keyof KnowledgeChanges, string> = {
  added: '追加 (added)',
  changed: '更新 (changed)',
  kept: '前回の内容で回答 (kept, last good)',
  removed: '削除 (removed)',
};

/**
 * One line per kind of change that happened (`追加 (added): a.csv, b.csv`), naming at most
 * `maxNames` files each: what every surface prints under an admin's reload.
 */
export function changeLines(changes: KnowledgeChanges, maxNames = 10): string[] {
  return (Object.keys(CHANGE_LABELS) as Array<keyof KnowledgeChanges>)
    .filter((kind) => changes[kind].length > 0)
    .map((kind) => {
      const files = changes[kind];
      const more = files.length > maxNames ? ` …ほか ${files.length - maxNames} 件 (${files.length - maxNames} more)` : '';
      return `${CHANGE_LABELS[kind]}: ${files.slice(0, maxNames).join(', ')}${more}`;
    });
}
