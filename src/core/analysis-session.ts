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
import { analysisVersion, codeVersion, openAnalysisStore, recordId, type AnalysisStore, type RecordName } from '../search/analysis-cache.js';
import type { Analyzer } from '../search/analyzer.js';
import { ControlTagger } from '../search/control-tagger.js';
import { analyseItems, fieldTexts, tagItems, termsByText } from '../search/item-analysis.js';
import { mergeAnalysed, type IndexImage } from '../search/term-index.js';
import { fileFromRecord, fileRecord, itemsByFile, itemsDigest, itemTexts, type AnalysedFile, type AnalysedKnowledge } from './analysed-knowledge.js';

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
    lastTagger = { controlsText, tagger: new ControlTagger(buildCatalogue(controlsText === null ? [] : parseControls(controlsText, CONTROLS_FILE).additions)) };
  }
  return lastTagger.tagger;
}

/** The catalogue a folder's controls file makes, as an id: items tagged under another are tagged again. */
const catalogueId = (controlsText: string | null) => createHash('sha256').update(controlsText ?? '').digest('hex').slice(0, 16);

const damagedRecordMessage = (dir: string) =>
  `its saved analysis in the analysis cache (${dir}) was damaged, so the file was analysed again; nothing is lost. If this repeats, check that disk, or delete the folder.`;

/** A session in this thread; `analyzer` is only awaited for texts no cache holds. */
export function analyseInProcess(cache: CacheLocation, analyzer: () => Promise<Analyzer>): AnalysisSession {
  const analysed = new Map<string, AnalysedFile>();
  let store: AnalysisStore | null = null;
  let root = '';
  let tagger: ControlTagger | null = null;
  let catalogue = '';
  let chain = '';

  /**
   * Prepares to analyse items: texts `reusable` holds (analysed before) or `shared` with other
   * files of this load are not analysed again. The analyzer is awaited here, when a text needs
   * it: one that cannot load fails the build. The analysis itself throws when one of its texts
   * makes the analyzer throw.
   */
  const analysis = async (items: readonly KnowledgeItem[], reusable: ReadonlyMap<string, readonly string[]>, shared: Map<string, readonly string[] | null>) => {
    const needed = [...itemTexts(items)].some((text) => !reusable.has(text) && !shared.get(text));
    const ready = needed ? await analyzer() : null;
    const termsOf = (text: string) => {
      const known = reusable.get(text) ?? shared.get(text);
      if (known) return known;
      const fresh = ready!.terms(text);
      if (shared.has(text)) shared.set(text, fresh);
      return fresh;
    };
    return () => analyseItems(items, termsOf, tagger!);
  };

  /** The terms of the texts of the last version of `file` the cache holds, when made by this analysis chain. */
  const reusableTerms = async (file: string): Promise<Map<string, readonly string[]>> => {
    const previous = store && (await store.latest(recordId(16, root, file)));
    const earlier = previous && fileFromRecord(previous.record, file);
    return earlier && earlier.analysisVersion === chain ? termsByText(earlier.items, earlier.analysis) : new Map();
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
            const name = { group: recordId(16, root, file), key: recordId(32, version!, file, createHash('sha256').update(bytes).digest('hex')) };
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

      // Texts in more than one place among the files to analyse are analysed once.
      const seen = new Set<string>();
      const shared = new Map<string, readonly string[] | null>();
      for (const { items } of parsed.values()) for (const text of items.flatMap(fieldTexts)) if (text) (seen.has(text) ? shared.set(text, null) : seen.add(text));
      seen.clear();

      const failures: LoadWarning[] = [];
      const reanalysed: string[] = [];
      const byFile = itemsByFile(loaded.items);
      for (const report of loaded.files) {
        const items = byFile.get(report.file) ?? [];
        let file = stored.get(report.file);
        if (file && file.catalogue !== catalogue) file = { ...file, catalogue, analysis: { ...file.analysis, ...tagItems(items, tagger) } };
        else if (!file) {
          const analyse = await analysis(items, await reusableTerms(report.file), shared);
          try {
            file = { report, warnings: parsed.get(report.file)?.warnings ?? [], items, digest: itemsDigest(items), analysis: analyse(), analysisVersion: chain, catalogue };
            reanalysed.push(report.file);
          } catch (error) {
            failures.push({ file: report.file, message: `could not be analysed (${error instanceof Error ? error.message : String(error)}): its answers are left out. Check the file for unusual characters or very long cells.` });
            continue;
          }
        }
        if (file !== stored.get(report.file) && names.has(report.file)) await store?.put(names.get(report.file)!, fileRecord(file));
        analysed.set(report.file, file);
      }
      const failed = new Set(failures.map((f) => f.file));
      return {
        ...loaded,
        items: failed.size ? loaded.items.filter((item) => !failed.has(item.file)) : loaded.items,
        files: loaded.files.filter((report) => !failed.has(report.file)),
        warnings: [...loaded.warnings, ...failures, ...damaged.filter((file) => analysed.has(file)).map((file) => ({ file, message: damagedRecordMessage(cache!.dir) }))],
        digests: new Map([...analysed].filter(([, file]) => file.items.length > 0).map(([name, file]) => [name, file.digest])),
        reanalysed,
      };
    },

    async index(files) {
      const parts = [];
      for (const { file, keptItems } of files) {
        if (keptItems) {
          // Kept items analysed fine when they were first loaded; should one fail now, so does the build.
          parts.push((await analysis(keptItems, await reusableTerms(file), new Map()))());
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
