/**
 * Where a build's loading, analysis and index merge run: in this thread (the CLI, where a worker
 * would only add its start-up) or in a worker thread (the server, whose event loop must keep
 * answering). Both sides speak this interface; one session serves one build.
 *
 * Each file is looked up in the analysis cache by its content before it is parsed: a file seen
 * before is neither parsed nor analysed again. A changed file reuses the terms of the texts its
 * previous version shared with it, so editing one row of a large file analyses about one row.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalogue, parseControls } from '../controls/catalogue.js';
import { CONTROLS_FILE, loadKnowledge, type LoadedFile } from '../knowledge/loader.js';
import type { KnowledgeItem, LoadWarning } from '../knowledge/types.js';
import {
  analysisVersion,
  codeVersion,
  openAnalysisStore,
  recordId,
  type AnalysisStore,
  type RecordName,
} from '../search/analysis-cache.js';
import type { Analyzer } from '../search/analyzer.js';
import { ControlTagger } from '../search/control-tagger.js';
import { analyseItems, fieldTexts, tagItems, termsByText, type AnalysedItems } from '../search/item-analysis.js';
import { mergeAnalysed, type IndexImage } from '../search/term-index.js';
import {
  fileFromRecord,
  fileRecord,
  itemsByFile,
  itemsDigest,
  itemTexts,
  type AnalysedFile,
  type AnalysedKnowledge,
} from './analysed-knowledge.js';

export interface AnalysisSession {
  /** Loads the folder and analyses every item; throws only when the folder itself is unusable. */
  load(dir: string): Promise<AnalysedKnowledge>;
  /**
   * The index of `files` merged in this order: files {@link load} read, and files a reload keeps
   * from the index it replaces (given with their items, see last-good.ts).
   */
  index(files: readonly IndexedFile[]): Promise<IndexImage>;
  /** Ends the session; the analysis cache is brought within its bound (in the background, for a worker). */
  close(): Promise<void>;
}

/** A file to index: one the session loaded, or one kept from the previous index with its items. */
export interface IndexedFile {
  readonly file: string;
  readonly keptItems?: readonly KnowledgeItem[];
}

/** Where files' analyses are cached between runs (see analysis-cache.ts); null for no cache. */
export type CacheLocation = { readonly dir: string; readonly maxBytes?: number } | null;

let recordVersionPromise: Promise<string | null> | null = null;

/** The version of the code that makes a file's record: this module and all it imports (loader, analysis, tagging). */
function recordVersion(): Promise<string | null> {
  recordVersionPromise ??= codeVersion(fileURLToPath(import.meta.url));
  return recordVersionPromise;
}

let lastTagger: { controlsText: string | null; tagger: ControlTagger } | null = null;

/**
 * The control tagger of a folder's catalogue: the built-in one plus its controls file. The last
 * one is kept, as reloads mostly leave the file alone (building one takes tens of milliseconds).
 */
export function taggerFor(controlsText: string | null): ControlTagger {
  if (lastTagger?.controlsText !== controlsText) {
    lastTagger = {
      controlsText,
      tagger: new ControlTagger(buildCatalogue(controlsText === null ? [] : parseControls(controlsText, CONTROLS_FILE).additions)),
    };
  }
  return lastTagger.tagger;
}

/** The catalogue a folder's controls file makes, as an id: items tagged under another are tagged again. */
const catalogueId = (controlsText: string | null) =>
  createHash('sha256')
    .update(controlsText ?? '')
    .digest('hex')
    .slice(0, 16);

const damagedRecordMessage = (dir: string) =>
  `its saved analysis in the analysis cache (${dir}) was damaged, so the file was analysed again; nothing is lost. If this repeats, check that disk, or delete the folder.`;

/** Texts in more than one place among these items: each is analysed once (null until it is). */
export function sharedTexts(lists: Iterable<readonly KnowledgeItem[]>): Map<string, readonly string[] | null> {
  const seen = new Set<string>();
  const shared = new Map<string, readonly string[] | null>();
  for (const items of lists) {
    for (const text of items.flatMap(fieldTexts)) {
      if (!text) continue;
      if (seen.has(text)) shared.set(text, null);
      else seen.add(text);
    }
  }
  return shared;
}

/**
 * Prepares to analyse items: texts `reusable` holds (analysed before) or `shared` with other
 * files of this load are not analysed again. The analyzer is awaited here, when a text needs it:
 * one that cannot load fails the call. The analysis itself throws when one of its texts makes the
 * analyzer throw.
 */
export async function itemAnalysis(
  items: readonly KnowledgeItem[],
  reusable: ReadonlyMap<string, readonly string[]>,
  shared: Map<string, readonly string[] | null>,
  analyzer: () => Promise<Analyzer>,
  tagger: ControlTagger,
): Promise<() => AnalysedItems> {
  const needed = [...itemTexts(items)].some((text) => !reusable.has(text) && !shared.get(text));
  const ready = needed ? await analyzer() : null;
  const termsOf = (text: string) => {
    const known = reusable.get(text) ?? shared.get(text);
    if (known) return known;
    const fresh = ready!.terms(text);
    if (shared.has(text)) shared.set(text, fresh);
    return fresh;
  };
  return () => analyseItems(items, termsOf, tagger);
}

/** Files given to a helper thread: their items, and the terms their earlier versions' texts had. */
export interface HelperJob {
  readonly file: string;
  readonly items: readonly KnowledgeItem[];
  readonly reusable: ReadonlyArray<readonly [string, readonly string[]]>;
}

/** A file's analysis from a helper thread, or what went wrong analysing it. */
export type HelperResult = { readonly analysis: AnalysedItems } | { readonly error: string };

/** Another thread analysing files for a session (analysis-thread.ts starts one). */
export interface AnalysisHelper {
  /** Each job's result, in order; rejects when the helper itself fails (the session then analyses them itself). */
  analyse(jobs: readonly HelperJob[], controlsText: string | null): Promise<readonly HelperResult[]>;
  close(): void;
}

export interface SessionOptions {
  /** Starts a helper thread, for a load with at least `helperMinItems` items to analyse. */
  readonly helper?: () => AnalysisHelper;
  /** Default {@link HELPER_MIN_ITEMS}. */
  readonly helperMinItems?: number;
}

/**
 * A load analyses this many items before a helper thread pays: below, starting one (a thread,
 * kuromoji's dictionary) costs about what it saves.
 */
export const HELPER_MIN_ITEMS = 2000;

/** Shares files out between this thread and a helper, by item count: largest first to the lighter side. */
function shareOut(files: readonly string[], itemCount: (file: string) => number): { mine: string[]; theirs: string[] } {
  const mine: string[] = [];
  const theirs: string[] = [];
  let mineItems = 0;
  let theirItems = 0;
  for (const file of [...files].sort((a, b) => itemCount(b) - itemCount(a))) {
    if (mineItems <= theirItems) {
      mine.push(file);
      mineItems += itemCount(file);
    } else {
      theirs.push(file);
      theirItems += itemCount(file);
    }
  }
  const order = new Map(files.map((file, i) => [file, i]));
  const inOrder = (list: string[]) => list.sort((a, b) => order.get(a)! - order.get(b)!);
  return { mine: inOrder(mine), theirs: inOrder(theirs) };
}

const analysisFailure = (reason: string) =>
  `could not be analysed (${reason}): its answers are left out. Check the file for unusual characters or very long cells.`;

/** A session in this thread; `analyzer` is only awaited for texts no cache holds. */
export function analyseInProcess(cache: CacheLocation, analyzer: () => Promise<Analyzer>, options: SessionOptions = {}): AnalysisSession {
  const analysed = new Map<string, AnalysedFile>();
  let store: AnalysisStore | null = null;
  let root = '';
  let tagger: ControlTagger | null = null;
  let catalogue = '';
  let chain = '';

  /** The terms of the texts of the last version of `file` the cache holds, when made by this analysis chain. */
  const reusableTerms = async (file: string): Promise<Map<string, readonly string[]>> => {
    const previous = store && (await store.latest(recordId(16, root, file)));
    const earlier = previous && fileFromRecord(previous.record, file);
    return earlier && earlier.analysisVersion === chain ? termsByText(earlier.items, earlier.analysis) : new Map();
  };

  /** The analyses of `files` from a helper thread, by file; null when the helper failed as a whole. */
  const helpWith = async (files: readonly string[], itemsOf: (file: string) => readonly KnowledgeItem[], controlsText: string | null) => {
    const jobs = await Promise.all(files.map(async (file) => ({ file, items: itemsOf(file), reusable: [...(await reusableTerms(file))] })));
    const helper = options.helper!();
    try {
      const results = await helper.analyse(jobs, controlsText);
      return new Map(files.map((file, i) => [file, results[i]!]));
    } catch {
      return null;
    } finally {
      helper.close();
    }
  };

  return {
    async load(dir) {
      const [code, analysisChain] = await Promise.all([cache ? recordVersion() : null, analysisVersion()]);
      chain = analysisChain ?? '';
      // The analysis chain counts on its own too: compiled code keeps no trace of a type-only import.
      const version = code && analysisChain ? `${code}-${analysisChain}` : null;
      store = cache && version ? openAnalysisStore(cache.dir, { version, maxBytes: cache.maxBytes }) : null;
      root = path.resolve(dir);
      const names = new Map<string, RecordName>();
      const stored = new Map<string, AnalysedFile>();
      const parsed = new Map<string, LoadedFile>();
      const damaged: string[] = [];
      const loaded = await loadKnowledge(dir, {
        cache: {
          async get(file, bytes) {
            if (!store) return undefined;
            const name = {
              group: recordId(16, root, file),
              key: recordId(32, version!, file, createHash('sha256').update(bytes).digest('hex')),
            };
            names.set(file, name);
            const lookup = await store.get(name);
            const found = typeof lookup === 'object' ? fileFromRecord(lookup.record, file) : null;
            if (found) stored.set(file, found);
            else if (lookup !== 'missing') damaged.push(file);
            return found ?? undefined;
          },
          set: (file, result) => parsed.set(file, result),
        },
      });
      catalogue = catalogueId(loaded.controlsText);
      tagger = taggerFor(loaded.controlsText);

      const byFile = itemsByFile(loaded.items);
      const itemsOf = (file: string) => byFile.get(file) ?? [];
      const analyses = new Map<string, AnalysedItems | Error>();
      /** Analyses files here; texts several of them share are analysed once. */
      const analyseHere = async (files: readonly string[]) => {
        const shared = sharedTexts(files.map(itemsOf));
        for (const file of files) {
          const analyse = await itemAnalysis(itemsOf(file), await reusableTerms(file), shared, analyzer, tagger!);
          try {
            analyses.set(file, analyse());
          } catch (error) {
            analyses.set(file, error instanceof Error ? error : new Error(String(error)));
          }
        }
      };
      const toAnalyse = loaded.files.map((report) => report.file).filter((file) => !stored.has(file));
      const total = toAnalyse.reduce((sum, file) => sum + itemsOf(file).length, 0);
      const { mine, theirs } =
        options.helper && total >= (options.helperMinItems ?? HELPER_MIN_ITEMS)
          ? shareOut(toAnalyse, (file) => itemsOf(file).length)
          : { mine: toAnalyse, theirs: [] };
      const helped = theirs.length ? helpWith(theirs, itemsOf, loaded.controlsText) : null;
      await analyseHere(mine);
      const fromHelper = await helped;
      if (fromHelper)
        for (const [file, result] of fromHelper) analyses.set(file, 'error' in result ? new Error(result.error) : result.analysis);
      else await analyseHere(theirs);

      const failures: LoadWarning[] = [];
      const reanalysed: string[] = [];
      for (const report of loaded.files) {
        const items = itemsOf(report.file);
        let file = stored.get(report.file);
        if (file && file.catalogue !== catalogue) file = { ...file, catalogue, analysis: { ...file.analysis, ...tagItems(items, tagger) } };
        else if (!file) {
          const analysis = analyses.get(report.file)!;
          if (analysis instanceof Error) {
            failures.push({ file: report.file, message: analysisFailure(analysis.message) });
            continue;
          }
          file = {
            report,
            warnings: parsed.get(report.file)?.warnings ?? [],
            items,
            digest: itemsDigest(items),
            analysis,
            analysisVersion: chain,
            catalogue,
          };
          reanalysed.push(report.file);
        }
        if (file !== stored.get(report.file) && names.has(report.file)) await store?.put(names.get(report.file)!, fileRecord(file));
        analysed.set(report.file, file);
      }
      const failed = new Set(failures.map((f) => f.file));
      return {
        ...loaded,
        items: failed.size ? loaded.items.filter((item) => !failed.has(item.file)) : loaded.items,
        files: loaded.files.filter((report) => !failed.has(report.file)),
        warnings: [
          ...loaded.warnings,
          ...failures,
          ...damaged.filter((file) => analysed.has(file)).map((file) => ({ file, message: damagedRecordMessage(cache!.dir) })),
        ],
        digests: new Map([...analysed].filter(([, file]) => file.items.length > 0).map(([name, file]) => [name, file.digest])),
        reanalysed,
      };
    },

    async index(files) {
      const parts = [];
      for (const { file, keptItems } of files) {
        if (keptItems) {
          // Kept items analysed fine when they were first loaded; should one fail now, so does the build.
          parts.push((await itemAnalysis(keptItems, await reusableTerms(file), new Map(), analyzer, tagger!))());
          continue;
        }
        const loaded = analysed.get(file);
        if (!loaded) throw new Error(`${file} was not loaded in this session: it cannot be indexed.`);
        parts.push(loaded.analysis);
      }
      return mergeAnalysed(parts);
    },

    async close() {
      analysed.clear();
      await store?.prune();
    },
  };
}
