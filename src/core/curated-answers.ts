/**
 * Curated answers: what experts answer through kotae, saved into `knowledge/kotae-curated.csv` — a
 * checksheet like any other (UTF-8 with BOM so that Excel opens it; columns 項番, カテゴリ, 質問,
 * 回答状況, 回答, 備考, 回答者, 登録日), which admins may edit in Excel and keep in git. The next
 * person who asks gets the expert's answer, cited `kotae-curated.csv › No.C-12 (山田, 2026-12-01)`.
 *
 * Appends are serialised (one at a time, in order), atomic (a temporary file renamed over the
 * file: a crash leaves the old file or the new one) and keep the previous version as
 * `kotae-curated.csv.bak`; each is followed by a reload that serves it.
 */
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { parseStatus } from '../knowledge/cells.js';
import { KnowledgeFileError } from '../knowledge/errors.js';
import { CURATED_FILE, isCuratedFile } from '../knowledge/loader.js';
import { decodeText } from '../knowledge/readers/decode.js';
import { quoteDelimitedCell, readDelimited } from '../knowledge/readers/delimited.js';
import type { Grid, ItemStatus, KnowledgeItem } from '../knowledge/types.js';
import { MAX_QUESTION_CHARS } from './answer.js';
import { writeFileAtomically, type AtomicFileSystem } from './atomic-file.js';
import { citationOf } from './citation.js';
import type { KotaeService, ReloadOutcome } from './kotae-service.js';
import { localDate } from './review.js';

export { CURATED_FILE, isCuratedFile };

/** The file's columns, in the order kotae writes them. */
export const CURATED_COLUMNS = ['項番', 'カテゴリ', '質問', '回答状況', '回答', '備考', '回答者', '登録日'] as const;
type CuratedColumn = (typeof CURATED_COLUMNS)[number];
/** Without these kotae cannot append a row the loader reads as an item with an id. */
const REQUIRED_COLUMNS: readonly CuratedColumn[] = ['項番', '質問', '回答'];

/** Curated items are numbered `C-1`, `C-2`…, apart from the item numbers of the checksheets. */
export const CURATED_ID_PREFIX = 'C-';
const CURATED_ID = /^C-(\d+)$/i;

export const MAX_CURATED_ANSWER_CHARS = 5000;
const MAX_REMARKS_CHARS = 2000;
const MAX_AUTHOR_CHARS = 100;

/** Control characters other than tab and line breaks mean nothing in an answer and upset Excel. */
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
const cleanText = (text: string) => text.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim();
const oneLine = (text: string) => text.replace(CONTROL, '').replace(/\s+/g, ' ').trim();

const longText = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be a string') })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: 'must not be empty' })
        .refine((text) => [...text].length <= max, { error: `must be at most ${max} characters` }),
    );
const optionalLine = (max: number) =>
  z
    .string({ error: 'must be a string' })
    .transform(oneLine)
    .pipe(z.string().max(max, { error: `must be at most ${max} characters` }))
    .optional();

/**
 * An expert's answer as callers give it (the HTTP API, the chat adapters): validated and cleaned.
 * `status` is ○ × △ − or a word kotae reads as one (はい, いいえ, 対応済, yes, no, N/A…).
 */
export const curatedAnswerSchema = z.object(
  {
    question: longText(MAX_QUESTION_CHARS),
    answer: longText(MAX_CURATED_ANSWER_CHARS),
    status: z
      .string({ error: 'must be a string' })
      .trim()
      .optional()
      .transform((value, context): ItemStatus => {
        if (!value) return '';
        const status = parseStatus(value);
        if (status === null)
          context.addIssue({ code: 'custom', message: 'must be one of ○ × △ − (or はい / いいえ / 一部 / 該当なし, yes / no)' });
        return status ?? '';
      }),
    remarks: z
      .string({ error: 'must be a string' })
      .transform(cleanText)
      .pipe(
        z.string().refine((text) => [...text].length <= MAX_REMARKS_CHARS, { error: `must be at most ${MAX_REMARKS_CHARS} characters` }),
      )
      .optional(),
    author: optionalLine(MAX_AUTHOR_CHARS),
  },
  { error: 'the body must be a JSON object like {"question": "...", "answer": "..."}' },
);

export type CuratedAnswerInput = z.input<typeof curatedAnswerSchema>;
export type CuratedAnswer = z.output<typeof curatedAnswerSchema>;

/** The file cannot be read or written, or is not in a shape kotae can append to; the message says what to do. */
export class CuratedAnswerError extends Error {
  override readonly name = 'CuratedAnswerError';
}

/** A row appended to the file. */
export interface CuratedRecord {
  /** `C-12`. */
  readonly id: string;
  /** Relative to the knowledge folder: `kotae-curated.csv`. */
  readonly file: string;
  /** 登録日, `YYYY-MM-DD` in this machine's time zone. */
  readonly date: string;
}

/** The file-system calls the writer makes; tests inject one that fails at a chosen step. */
export type CuratedFileSystem = AtomicFileSystem & Pick<typeof fsPromises, 'readFile'>;

export interface CuratedAnswersFileOptions {
  readonly fs?: CuratedFileSystem;
  /** The clock for 登録日; tests pass a fixed one. */
  readonly now?: () => Date;
}

/**
 * The curated-answers file of one knowledge folder.
 *
 * @example
 * const file = new CuratedAnswersFile('knowledge');
 * await file.append(curatedAnswerSchema.parse({ question: 'MFAは必須ですか', answer: '必須です。', status: '○', author: '山田' }));
 * // → { id: 'C-1', file: 'kotae-curated.csv', date: '2026-12-01' }
 */
export class CuratedAnswersFile {
  /** Absolute path of the file. */
  readonly path: string;
  private readonly fs: CuratedFileSystem;
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly dir: string,
    options: CuratedAnswersFileOptions = {},
  ) {
    this.path = path.join(dir, CURATED_FILE);
    this.fs = options.fs ?? fsPromises;
    this.now = options.now ?? (() => new Date());
  }

  /** Where the previous version is kept. */
  get backupPath(): string {
    return `${this.path}.bak`;
  }

  /** Appends one answer after those already queued; resolves once it is on disk. */
  append(answer: CuratedAnswer): Promise<CuratedRecord> {
    const appended = this.queue.then(() => this.appendNow(answer));
    this.queue = appended.catch(() => undefined);
    return appended;
  }

  private async appendNow(answer: CuratedAnswer): Promise<CuratedRecord> {
    const existing = await this.read();
    const layout = existing ? layoutOf(existing.grid) : null;
    const columns = layout?.columns ?? new Map(CURATED_COLUMNS.map((name, i) => [name, i]));
    const width = layout?.width ?? CURATED_COLUMNS.length;
    const id = `${CURATED_ID_PREFIX}${(layout?.lastId ?? 0) + 1}`;
    const date = localDate(this.now());
    const values: Record<CuratedColumn, string> = {
      項番: id,
      // Left empty: the loader carries a category down to the rows below that have none, so one
      // answer's category would become the next answers' citation path.
      カテゴリ: '',
      質問: answer.question,
      回答状況: answer.status,
      回答: answer.answer,
      備考: answer.remarks ?? '',
      回答者: answer.author ?? '',
      登録日: date,
    };
    const cells = Array.from({ length: width }, () => '');
    for (const [name, column] of columns) cells[column] = values[name];
    const record = cells.map((cell) => quoteDelimitedCell(cell, ',')).join(',');
    const header = CURATED_COLUMNS.join(',');
    const before = layout ? existing!.text.replace(/\n*$/, '\n') : `${header}\n`;
    const text = `\uFEFF${before}${record}\n`.replace(/\r?\n/g, '\r\n');
    try {
      if (existing) await writeFileAtomically(this.backupPath, existing.bytes, this.fs);
      await writeFileAtomically(this.path, text, this.fs);
    } catch (error) {
      throw new CuratedAnswerError(`cannot write ${this.path}: ${describeWriteError(error)}`);
    }
    return { id, file: CURATED_FILE, date };
  }

  /** The file as it is now, or null when there is none (or it holds nothing). */
  private async read(): Promise<{ bytes: Uint8Array; text: string; grid: Grid } | null> {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await this.fs.readFile(this.path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new CuratedAnswerError(`cannot read ${this.path}: ${describeWriteError(error)}`);
    }
    try {
      const grid = readDelimited(bytes, CURATED_FILE, ',');
      if (grid.rows.length === 0) return null;
      // Read in whatever encoding Excel saved it in; it is written back as UTF-8 with BOM.
      return { bytes, text: decodeText(bytes, CURATED_FILE), grid };
    } catch (error) {
      if (error instanceof KnowledgeFileError)
        throw new CuratedAnswerError(`${this.path}: ${error.message} Fix the file, or restore it from ${path.basename(this.backupPath)}.`);
      throw error;
    }
  }
}

interface CuratedLayout {
  readonly columns: ReadonlyMap<CuratedColumn, number>;
  readonly width: number;
  /** The highest `C-n` number in the file, 0 when there is none. */
  readonly lastId: number;
}

/** Where each column is in an existing file (an admin may have moved or added columns in Excel). */
function layoutOf(grid: Grid): CuratedLayout {
  const known = new Set<string>(CURATED_COLUMNS);
  const headerAt = grid.rows.findIndex((row) =>
    REQUIRED_COLUMNS.every((name) => row.cells.some((cell) => cell.normalize('NFKC') === name)),
  );
  if (headerAt < 0) {
    throw new CuratedAnswerError(
      `${CURATED_FILE} has no header row naming the columns ${REQUIRED_COLUMNS.join(', ')}: kotae cannot add to it. Restore the first row (${CURATED_COLUMNS.join(',')}) or the file from ${CURATED_FILE}.bak.`,
    );
  }
  const header = grid.rows[headerAt]!.cells;
  const columns = new Map<CuratedColumn, number>();
  header.forEach((cell, column) => {
    const name = cell.normalize('NFKC');
    if (known.has(name) && !columns.has(name as CuratedColumn)) columns.set(name as CuratedColumn, column);
  });
  const idColumn = columns.get('項番')!;
  let lastId = 0;
  for (const row of grid.rows.slice(headerAt + 1)) {
    const match = CURATED_ID.exec(row.cells[idColumn] ?? '');
    if (match) lastId = Math.max(lastId, Number(match[1]));
  }
  return { columns, width: header.length, lastId };
}

function describeWriteError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EROFS')
    return 'the knowledge folder is read-only. Make it writable for kotae (in Docker, mount it without :ro) to save answers.';
  if (code === 'EACCES' || code === 'EPERM')
    return 'permission denied. Give the kotae process write access to the knowledge folder to save answers.';
  if (code === 'ENOSPC') return 'the disk is full.';
  if (code === 'ENOENT') return 'the knowledge folder does not exist (KNOWLEDGE_DIR).';
  return error instanceof Error ? error.message : String(error);
}

/** An expert's answer, saved and served. */
export interface SavedAnswer extends CuratedRecord {
  /** How surfaces cite it: `kotae-curated.csv › No.C-12 (山田, 2026-12-01)`. */
  readonly citation: string;
  /** False when the reload after saving did not bring it into the index; `warning` says why. */
  readonly served: boolean;
  readonly warning?: string;
}

export interface CuratedAnswersOptions {
  readonly file: CuratedAnswersFile;
  readonly kotae: KotaeService;
  /**
   * A reload that sees the file as just written: one already running may have read the folder
   * before the write, so it must be waited for and a fresh one started (or joined).
   */
  readonly reload: () => Promise<ReloadOutcome>;
}

/**
 * Saving experts' answers into the knowledge: append to the curated file, reload, and confirm
 * that the index serves the new item. What every surface (HTTP, Slack, Teams) calls.
 */
export class CuratedAnswers {
  constructor(private readonly options: CuratedAnswersOptions) {}

  get file(): CuratedAnswersFile {
    return this.options.file;
  }

  /**
   * @throws {@link CuratedAnswerError} when the file cannot be written (nothing was saved).
   */
  async save(answer: CuratedAnswer): Promise<SavedAnswer> {
    const record = await this.options.file.append(answer);
    const outcome = await this.options.reload();
    const item = this.options.kotae.items.find((candidate) => candidate.file === record.file && candidate.itemNumber === record.id);
    if (item) return { ...record, citation: citationOf(item), served: true };
    const fileWarnings = outcome.status.warnings.filter((w) => w.file === record.file).map((w) => w.message);
    const why = outcome.error ?? (fileWarnings.join(' ') || 'the reload did not read it as an item');
    return {
      ...record,
      citation: citationOf(asItem(answer, record)),
      served: false,
      warning: `saved as ${record.id} in ${record.file}, but not answering from it yet: ${why}`,
    };
  }
}

/** The item the loader makes of an appended row, for citing it before it is served. */
function asItem(answer: CuratedAnswer, record: CuratedRecord): KnowledgeItem {
  return {
    id: record.file,
    file: record.file,
    collection: '',
    sheet: null,
    line: 0,
    itemNumber: record.id,
    section: [],
    question: answer.question,
    status: answer.status,
    answer: answer.answer,
    remarks: answer.remarks ?? '',
    ...(answer.author ? { owner: answer.author } : {}),
    reviewed: record.date,
  };
}
