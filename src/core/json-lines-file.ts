/**
 * An append-only JSON-lines file that stays cheap and small: appends wait in a bounded queue and
 * are written in batches (one write and one fsync per batch, however many entries it holds), the
 * file is rotated by size (`name.1` … `name.N`, the oldest deleted), and reading the newest entries
 * reads the files from their end, within a byte budget, never a whole file.
 */
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls the log makes; tests pass a wrapper around node:fs/promises to count them. */
export type LogFileSystem = Pick<typeof fsPromises, 'open' | 'mkdir' | 'rename' | 'rm'>;

export interface JsonLinesFileOptions {
  /** A file that would grow past this is rotated first. */
  readonly maxFileBytes: number;
  /** Rotated files kept beside the current one; the oldest beyond them is deleted. */
  readonly keptFiles: number;
  /** Entries waiting to be written; one more is refused with {@link LogQueueFull}. */
  readonly maxQueued: number;
  readonly fs?: LogFileSystem;
}

/** The disk is not keeping up: entries are refused rather than held in memory without bound. */
export class LogQueueFull extends Error {
  override readonly name = 'LogQueueFull';
}

interface Pending {
  readonly line: string;
  resolve(): void;
  reject(error: unknown): void;
}

/** Read backwards in pieces of this size. */
const TAIL_CHUNK_BYTES = 64 * 1024;
const NEWLINE = 0x0a;

export class JsonLinesFile {
  private pending: Pending[] = [];
  private writing: Promise<void> | null = null;
  private readonly fs: LogFileSystem;

  constructor(
    readonly file: string,
    private readonly options: JsonLinesFileOptions,
  ) {
    this.fs = options.fs ?? fsPromises;
  }

  /** Resolves once the record is on disk (fsynced); rejects when the queue is full or the write fails. */
  append(record: object): Promise<void> {
    if (this.pending.length >= this.options.maxQueued) {
      return Promise.reject(
        new LogQueueFull(
          `${this.file}: ${this.pending.length} entries are already waiting to be written; is the disk under KOTAE_DATA_DIR full or very slow?`,
        ),
      );
    }
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ line: `${JSON.stringify(record)}\n`, resolve, reject });
      this.writing ??= this.writeAll();
    });
  }

  /** Resolves once everything appended so far is on disk (or has failed). */
  async flush(): Promise<void> {
    await this.writing;
  }

  /**
   * The newest `limit` records, newest first, from the current file and then the rotated ones,
   * reading at most `maxBytes` from their ends. Lines that are not JSON (cut short by a crash) are
   * skipped.
   */
  async readNewest<T>(limit: number, maxBytes: number): Promise<T[]> {
    const out: T[] = [];
    const budget = { bytes: maxBytes };
    for (let generation = 0; generation <= this.options.keptFiles && out.length < limit && budget.bytes > 0; generation++) {
      for await (const line of linesFromEnd(this.fs, this.generation(generation), budget)) {
        if (!line.trim()) continue;
        try {
          out.push(JSON.parse(line) as T);
        } catch {
          continue;
        }
        if (out.length >= limit) break;
      }
    }
    return out;
  }

  /** 0 is the current file, n its n-th rotated predecessor. */
  private generation(n: number): string {
    return n === 0 ? this.file : `${this.file}.${n}`;
  }

  private async writeAll(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      try {
        await this.writeBatch(Buffer.from(batch.map((entry) => entry.line).join(''), 'utf8'));
        for (const entry of batch) entry.resolve();
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    this.writing = null;
  }

  private async writeBatch(bytes: Buffer): Promise<void> {
    await this.fs.mkdir(path.dirname(this.file), { recursive: true });
    let handle = await this.fs.open(this.file, 'a');
    try {
      const { size } = await handle.stat();
      if (size > 0 && size + bytes.length > this.options.maxFileBytes) {
        await handle.close();
        await this.rotate();
        handle = await this.fs.open(this.file, 'a');
      }
      await handle.write(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  private async rotate(): Promise<void> {
    const kept = this.options.keptFiles;
    if (kept === 0) {
      await this.fs.rm(this.file, { force: true });
      return;
    }
    // Renaming onto the oldest kept name replaces (deletes) it.
    for (let n = kept - 1; n >= 0; n--) {
      await this.fs.rename(this.generation(n), this.generation(n + 1)).catch((error: unknown) => {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      });
    }
  }
}

/**
 * The lines of `file`, last first, read backwards in chunks and charged to `budget`. A newline
 * byte never occurs inside a multi-byte UTF-8 character, so splitting bytes on it is safe.
 */
async function* linesFromEnd(fs: LogFileSystem, file: string, budget: { bytes: number }): AsyncGenerator<string> {
  let handle: fsPromises.FileHandle;
  try {
    handle = await fs.open(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    let position = (await handle.stat()).size;
    let carry = Buffer.alloc(0);
    while (position > 0 && budget.bytes > 0) {
      const size = Math.min(TAIL_CHUNK_BYTES, position, budget.bytes);
      position -= size;
      budget.bytes -= size;
      const chunk = Buffer.alloc(size);
      await handle.read(chunk, 0, size, position);
      const bytes = carry.length ? Buffer.concat([chunk, carry]) : chunk;
      let end = bytes.length;
      for (let i = bytes.length - 1; i >= 0; i--) {
        if (bytes[i] !== NEWLINE) continue;
        if (end > i + 1) yield bytes.toString('utf8', i + 1, end);
        end = i;
      }
      carry = bytes.subarray(0, end);
    }
    // The first line of the file; a line cut by the budget is incomplete and left out.
    if (position === 0 && carry.length) yield carry.toString('utf8');
  } finally {
    await handle.close();
  }
}
