/**
 * Loads a knowledge folder: every supported file in it (subfolders are collections), read into
 * items by structure detection. A bad file becomes a warning naming it; the others still load.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { KnowledgeFileError } from './errors.js';
import { MAX_ANALYSED_CHARS, rowsNamed } from './limits.js';
import { readDelimited } from './readers/delimited.js';
import { readText } from './readers/text.js';
import { extractItems } from './structure.js';
import type { Grid, KnowledgeItem, LoadWarning } from './types.js';

/** The admin-editable synonyms file; it lives in the knowledge folder but holds no answers. */
export const SYNONYMS_FILE = 'synonyms.txt';
/** The admin's additions to the security control catalogue; no answers either. */
export const CONTROLS_FILE = 'controls.txt';
/**
 * Answers the experts gave through kotae (`POST /api/admin/answers`), kept as a checksheet like any
 * other so that admins can edit it in Excel; its citations name who answered and when.
 */
export const CURATED_FILE = 'kotae-curated.csv';
/** Backup copies (kotae keeps `kotae-curated.csv.bak`; editors leave others) hold no current answers. */
const BACKUP_EXTENSION = '.bak';

/** Whether a knowledge file (relative path) is a curated-answers file. */
export function isCuratedFile(file: string): boolean {
  return file === CURATED_FILE || file.endsWith(`/${CURATED_FILE}`);
}

/** Larger files are refused: no checksheet is this big, and parsing one would stall a reload. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const READERS: Record<string, (bytes: Uint8Array, file: string) => Grid[] | Promise<Grid[]>> = {
  '.txt': (bytes, file) => [readText(bytes, file)],
  '.md': (bytes, file) => [readText(bytes, file)],
  '.tsv': (bytes, file) => [readDelimited(bytes, file, '\t')],
  '.tab': (bytes, file) => [readDelimited(bytes, file, '\t')],
  '.csv': (bytes, file) => [readDelimited(bytes, file)],
  // exceljs is large: loaded only when a folder has a workbook, to keep CLI start-up fast.
  '.xlsx': async (bytes, file) => (await import('./readers/xlsx.js')).readXlsx(bytes, file),
  '.xlsm': async (bytes, file) => (await import('./readers/xlsx.js')).readXlsx(bytes, file),
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(READERS);

export interface KnowledgeFileReport {
  /** Relative to the knowledge folder, `/`-separated. */
  readonly file: string;
  readonly items: number;
  readonly bytes: number;
  /** The file's modification time (ISO 8601): the review date of items whose file states none. */
  readonly modified?: string;
}

export interface LoadedKnowledge {
  readonly dir: string;
  readonly items: readonly KnowledgeItem[];
  readonly files: readonly KnowledgeFileReport[];
  readonly warnings: readonly LoadWarning[];
  /** Text of the synonyms file, when the folder has one (parsed by the search layer). */
  readonly synonymsText: string | null;
  /** Text of the controls file, when the folder has one (parsed with the catalogue). */
  readonly controlsText: string | null;
}

/** What one file gave: its items, its report and what was wrong with it (messages without the file name). */
export interface LoadedFile {
  readonly items: readonly KnowledgeItem[];
  readonly report: KnowledgeFileReport;
  readonly warnings: readonly string[];
}

/** Parsed files kept by content, so that a file read before need not be parsed again. */
export interface ParsedFileCache {
  /** What reading this file with these bytes gave before, if known; asked before parsing it. */
  get(file: string, bytes: Uint8Array): Promise<LoadedFile | undefined>;
  /** Told what parsing a file gave (after a `get` that knew nothing). */
  set(file: string, loaded: LoadedFile): void;
}

export interface LoadOptions {
  readonly cache?: ParsedFileCache;
}

/** The folder itself is unusable (missing, not a folder): nothing can be loaded from it. */
export class KnowledgeFolderError extends Error {
  override readonly name = 'KnowledgeFolderError';
  constructor(
    readonly dir: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads every supported file under `dir`. Never throws for a single bad file: its problem is in
 * `warnings`. Throws {@link KnowledgeFolderError} only when the folder itself cannot be read.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadedKnowledge> {
  const root = path.resolve(dir);
  const info = await stat(root).catch(() => null);
  if (!info)
    throw new KnowledgeFolderError(
      root,
      `knowledge folder not found: ${root}. Create it or point KNOWLEDGE_DIR / --knowledge at the folder holding your checksheets.`,
    );
  if (!info.isDirectory())
    throw new KnowledgeFolderError(root, `not a folder: ${root}. KNOWLEDGE_DIR / --knowledge must name a folder of checksheets.`);

  const items: KnowledgeItem[] = [];
  const files: KnowledgeFileReport[] = [];
  const warnings: LoadWarning[] = [];
  const settings = new Map<string, string | null>();

  const listed = await listFiles(root);
  for (const link of listed.links) {
    warnings.push({
      file: link,
      message: 'a symbolic link: skipped, because a link can point outside the knowledge folder. Copy the file itself into the folder.',
    });
  }
  for (const relative of listed.files) {
    const full = path.join(root, ...relative.split('/'));
    if (relative === SYNONYMS_FILE || relative === CONTROLS_FILE) {
      settings.set(
        relative,
        await readFile(full, 'utf8').catch((error: unknown) => {
          warnings.push({ file: relative, message: `could not read this settings file: ${describe(error)}` });
          return null;
        }),
      );
      continue;
    }
    if (relative.toLowerCase().endsWith(BACKUP_EXTENSION)) continue;
    const reader = READERS[path.extname(relative).toLowerCase()];
    if (!reader) {
      warnings.push({
        file: relative,
        message: `unsupported file type "${path.extname(relative) || '(none)'}": skipped. Use ${SUPPORTED_EXTENSIONS.join(', ')}.`,
      });
      continue;
    }
    try {
      const loaded = await loadFile(full, relative, reader, options);
      items.push(...loaded.items);
      files.push(loaded.report);
      for (const message of loaded.warnings) warnings.push({ file: relative, message });
      if (loaded.items.length === 0)
        warnings.push({ file: relative, message: 'no items found: the file is empty or has no question/answer table or text.' });
    } catch (error) {
      warnings.push({ file: relative, message: describe(error) });
    }
  }
  return {
    dir: root,
    items,
    files,
    warnings,
    synonymsText: settings.get(SYNONYMS_FILE) ?? null,
    controlsText: settings.get(CONTROLS_FILE) ?? null,
  };
}

async function loadFile(
  full: string,
  relative: string,
  reader: (bytes: Uint8Array, file: string) => Grid[] | Promise<Grid[]>,
  options: LoadOptions,
): Promise<LoadedFile> {
  const { size, mtime } = await stat(full);
  if (size > MAX_FILE_BYTES) {
    throw new KnowledgeFileError(
      relative,
      `too large (${(size / 1048576).toFixed(1)} MB, limit ${MAX_FILE_BYTES / 1048576} MB): split it or remove what is not questions and answers.`,
    );
  }
  const bytes = new Uint8Array(await readFile(full));
  const known = await options.cache?.get(relative, bytes);
  // What the bytes gave is the cache's; when the file was last saved is the file's.
  if (known) return { ...known, report: { ...known.report, modified: mtime.toISOString() } };
  const grids = await reader(bytes, relative);
  const slash = relative.lastIndexOf('/');
  const collection = slash < 0 ? '' : relative.slice(0, slash);
  const items = grids.flatMap((grid) => extractItems(grid, { file: relative, collection }));
  const warnings = grids.flatMap((grid) => grid.warnings ?? []);
  const long = longTextWarning(items);
  if (long) warnings.push(long);
  const loaded = { items, report: { file: relative, items: items.length, bytes: size, modified: mtime.toISOString() }, warnings };
  options.cache?.set(relative, loaded);
  return loaded;
}

/** Items whose text the search reads only in part: said once per file, naming the rows. */
function longTextWarning(items: readonly KnowledgeItem[]): string | null {
  const lines = items
    .filter((item) => [item.question, item.answer, item.remarks, item.section.join(' ')].some((text) => text.length > MAX_ANALYSED_CHARS))
    .map((item) => (item.sheet === null ? item.line : `${item.line} (sheet "${item.sheet}")`));
  if (!lines.length) return null;
  const limit = MAX_ANALYSED_CHARS.toLocaleString('en');
  return `${rowsNamed(lines, { one: 'holds', many: 'hold' })} a text longer than ${limit} characters: only its first ${limit} are searched (all of it is shown). Split the long text into separate items.`;
}

/**
 * Files below `root`, relative and `/`-separated, sorted; hidden files and folders skipped.
 * Symbolic links are listed apart: they are not followed (one could lead out of the folder).
 */
async function listFiles(root: string, prefix = ''): Promise<{ files: string[]; links: string[] }> {
  const entries = await readdir(path.join(root, prefix), { withFileTypes: true });
  const out = { files: [] as string[], links: [] as string[] };
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name.startsWith('~$')) continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const below = await listFiles(root, relative);
      out.files.push(...below.files);
      out.links.push(...below.links);
    } else if (entry.isFile()) out.files.push(relative);
    else if (entry.isSymbolicLink()) out.links.push(relative);
  }
  return out;
}

function describe(error: unknown): string {
  if (error instanceof KnowledgeFileError) return error.message;
  if (error instanceof Error) return `could not be read: ${error.message}`;
  return `could not be read: ${String(error)}`;
}
