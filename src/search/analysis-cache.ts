/**
 * The analysis cache: each knowledge file's analysis, kept on disk so that a start or a reload
 * analyses only the files that changed (kuromoji is most of a build's cost; a 30,000-item folder
 * takes it tens of seconds).
 *
 * It is a folder of records, one per file version, in a small binary format: a versioned header,
 * JSON (UTF-16, which Japanese text decodes fastest from) and typed arrays, and a CRC-32 of them.
 * A record is only used when its header names the
 * code version and the key it was asked for and its checksum holds: a damaged, truncated, foreign
 * or stale record is ignored (the file is analysed again), never trusted. Records hold answers, so
 * the folder must be this user's own and writable by no one else (the OS temp folder is shared):
 * otherwise there is no cache. The folder is bounded: beyond {@link MAX_CACHE_BYTES}, the least
 * recently used records go.
 *
 * Versions are hashes of the code that makes a record, as it runs (`.js` in dist/, `.ts` in src/),
 * so any change to that code makes new records; when the code cannot be read there is no cache.
 */
import { createHash, randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, stat, unlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import { KUROMOJI_VERSION } from './kuromoji-loader.js';

/** Where the analysis chain starts; every project module it imports counts too. */
const ANALYSIS_ENTRY = 'analyzer';

/** The cache folder's bound. A 30,000-item folder takes ~65 MB. */
export const MAX_CACHE_BYTES = 512 * 1024 * 1024;

/** Leftovers of a write that died half-way are removed after this long. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)\.js['"]/g;

/**
 * A hash of `entry` and every module it imports by a relative path, transitively, read as they are
 * on disk; modules resolve with `entry`'s own extension. Null when any of them cannot be read.
 */
export async function codeVersion(entry: string): Promise<string | null> {
  const extension = path.extname(entry);
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const queue = [path.resolve(entry)];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8').catch(() => null);
    if (source === null) return null;
    hash.update(`${path.basename(file)}\u0000${source}\u0000`);
    for (const match of source.matchAll(RELATIVE_IMPORT)) queue.push(path.resolve(path.dirname(file), `${match[1]}${extension}`));
  }
  return hash.digest('hex').slice(0, 16);
}

let analysisVersionPromise: Promise<string | null> | null = null;

/**
 * The analysis chain's version (its code's, with the kuromoji dictionary's): texts analysed under
 * the same version have the same terms. Null when the code is unreadable.
 */
export function analysisVersion(): Promise<string | null> {
  const here = fileURLToPath(import.meta.url);
  analysisVersionPromise ??= codeVersion(path.join(path.dirname(here), `${ANALYSIS_ENTRY}${path.extname(here)}`)).then((code) =>
    code === null ? null : `${code}-kuromoji-${KUROMOJI_VERSION}`,
  );
  return analysisVersionPromise;
}

/** The default cache folder: in the OS temp folder, shared by every knowledge folder and process. */
export function defaultCacheDir(): string {
  return path.join(os.tmpdir(), 'kotae-cache', 'analysis');
}

export type StoredArray = Int32Array | Float64Array | Uint8Array;

/** What a record holds: JSON, and typed arrays by name. */
export interface StoredRecord {
  readonly json: unknown;
  readonly arrays: Readonly<Record<string, StoredArray>>;
}

/** Names a record: `group` is what it is a version of (a file), `key` this version. */
export interface RecordName {
  readonly group: string;
  readonly key: string;
}

const MAGIC = 'KOTAE-A1';
const ARRAY_TYPES = { i32: Int32Array, f64: Float64Array, u8: Uint8Array } as const;
type ArrayType = keyof typeof ARRAY_TYPES;

interface RecordHeader {
  readonly version: string;
  readonly key: string;
  readonly endianness: string;
  readonly crc32: number;
  readonly jsonBytes: number;
  readonly arrays: ReadonlyArray<{ readonly name: string; readonly type: ArrayType; readonly length: number }>;
}

const padded = (bytes: number) => Math.ceil(bytes / 8) * 8;

function arrayType(array: StoredArray): ArrayType {
  if (array instanceof Int32Array) return 'i32';
  if (array instanceof Float64Array) return 'f64';
  return 'u8';
}

/** A record as bytes: magic, header length, header JSON, then the body the header's hash covers. */
export function encodeRecord(record: StoredRecord, version: string, key: string): Uint8Array {
  const json = Buffer.from(JSON.stringify(record.json), 'utf16le');
  const arrays = Object.entries(record.arrays).map(([name, array]) => ({ name, type: arrayType(array), length: array.length, array }));
  const body = Buffer.alloc(padded(json.length) + arrays.reduce((n, a) => n + padded(a.array.byteLength), 0));
  json.copy(body, 0);
  let at = padded(json.length);
  for (const { array } of arrays) {
    body.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), at);
    at += padded(array.byteLength);
  }
  const header: RecordHeader = {
    version,
    key,
    endianness: os.endianness(),
    crc32: crc32(body),
    jsonBytes: json.length,
    arrays: arrays.map(({ name, type, length }) => ({ name, type, length })),
  };
  const headerBytes = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(MAGIC.length + 4);
  prefix.write(MAGIC, 'latin1');
  prefix.writeUInt32LE(headerBytes.length, MAGIC.length);
  return Buffer.concat([prefix, headerBytes, body]);
}

/**
 * What `bytes` hold: a whole record this code wrote under `expected` (a version, unless null: any;
 * and the key); `foreign` for a whole record written for another version, key or machine; or
 * `damaged` for anything else (truncated, overwritten, not a record).
 */
export function decodeRecord(
  bytes: Uint8Array,
  expected: { readonly version: string | null; readonly key: string },
): { readonly record: StoredRecord; readonly version: string } | 'foreign' | 'damaged' {
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.toString('latin1', 0, MAGIC.length) !== MAGIC) return 'damaged';
    const headerLength = buffer.readUInt32LE(MAGIC.length);
    const bodyStart = MAGIC.length + 4 + headerLength;
    const header = JSON.parse(buffer.toString('utf8', MAGIC.length + 4, bodyStart)) as RecordHeader;
    const body = buffer.subarray(bodyStart);
    const size = padded(header.jsonBytes) + header.arrays.reduce((n, a) => n + padded(a.length * ARRAY_TYPES[a.type].BYTES_PER_ELEMENT), 0);
    if (body.length !== size || crc32(body) !== header.crc32) return 'damaged';
    if (
      header.key !== expected.key ||
      (expected.version !== null && header.version !== expected.version) ||
      header.endianness !== os.endianness()
    )
      return 'foreign';
    const json: unknown = JSON.parse(body.toString('utf16le', 0, header.jsonBytes));
    const arrays: Record<string, StoredArray> = {};
    let at = padded(header.jsonBytes);
    for (const { name, type, length } of header.arrays) {
      const Kind = ARRAY_TYPES[type];
      const byteLength = length * Kind.BYTES_PER_ELEMENT;
      // Copied into an array of its own: a view would keep the whole file alive, and may be unaligned.
      const copy = new Uint8Array(byteLength);
      copy.set(body.subarray(at, at + byteLength));
      arrays[name] = new Kind(copy.buffer, 0, length);
      at += padded(byteLength);
    }
    return { record: { json, arrays }, version: header.version };
  } catch {
    return 'damaged';
  }
}

/** What looking a record up found: the record, none (or one of another version), or a damaged file. */
export type RecordLookup = { readonly record: StoredRecord } | 'missing' | 'damaged';

/** The analysis cache folder. Reads never throw (a missing record is a miss); writes never do either. */
export interface AnalysisStore {
  /** The record stored under `name` by this code version. */
  get(name: RecordName): Promise<RecordLookup>;
  /** Stores a record (atomically: a reader sees the old one or the new one, never half). */
  put(name: RecordName, record: StoredRecord): Promise<void>;
  /**
   * The most recently used record of `group` under any code version, with its version and key:
   * an earlier version of a file, whose analysed texts may be reused.
   */
  latest(group: string): Promise<{ record: StoredRecord; version: string; key: string } | null>;
  /** Deletes the least recently used records beyond the bound; never one this store read or wrote. */
  prune(): Promise<void>;
}

export interface AnalysisStoreOptions {
  /** The code version records are made by; only records of this version are read by `get`. */
  readonly version: string;
  readonly maxBytes?: number;
}

const RECORD_NAME = /^([0-9a-f]{16})-([0-9a-f]{32})\.rec$/;
const TEMPORARY_NAME = /\.rec\.[\w-]+\.tmp$/;

const fileName = (name: RecordName) => `${name.group}-${name.key}.rec`;

/** A record group (16 hex digits) or key (32) from the parts that identify it. */
export function recordId(length: 16 | 32, ...parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, length);
}

/**
 * Creates `dir` when missing (private to this user) and tells whether it can be trusted: a real
 * folder, not a link, owned by this user and writable by no one else. Where the OS has no user
 * ids (Windows, whose temp folder is per user) the folder only has to be a folder.
 */
export async function privateFolder(dir: string): Promise<boolean> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const info = await lstat(dir);
    if (!info.isDirectory()) return false;
    return process.getuid === undefined || (info.uid === process.getuid() && (info.mode & 0o022) === 0);
  } catch {
    return false;
  }
}

/** Opens the cache in `dir`; a folder that is not {@link privateFolder} is no cache at all. */
export function openAnalysisStore(dir: string, options: AnalysisStoreOptions): AnalysisStore {
  const used = new Set<string>();
  let trusted: Promise<boolean> | null = null;
  const usable = () => (trusted ??= privateFolder(dir));
  const readRecord = async (file: string) => {
    if (!(await usable())) return null;
    const bytes = await readFile(path.join(dir, file)).catch(() => null);
    if (bytes) {
      used.add(file);
      // "Recently used" is the file's time: a start that only reads counts as a use.
      const now = new Date();
      await utimes(path.join(dir, file), now, now).catch(() => undefined);
    }
    return bytes;
  };
  return {
    async get(name) {
      const bytes = await readRecord(fileName(name));
      if (!bytes) return 'missing';
      const decoded = decodeRecord(bytes, { version: options.version, key: name.key });
      return decoded === 'foreign' ? 'missing' : decoded === 'damaged' ? 'damaged' : { record: decoded.record };
    },
    async put(name, record) {
      const file = fileName(name);
      used.add(file);
      if (!(await usable())) return;
      try {
        // Unique per writer: two builds (two processes, or two reloads' worker sessions) may race.
        const temporary = path.join(dir, `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
        await writeFile(temporary, encodeRecord(record, options.version, name.key));
        await rename(temporary, path.join(dir, file));
      } catch {
        // A read-only or full disk only costs speed.
      }
    },
    async latest(group) {
      if (!(await usable())) return null;
      const names = await readdir(dir).catch(() => [] as string[]);
      const candidates: Array<{ file: string; key: string; time: number }> = [];
      for (const file of names) {
        const match = RECORD_NAME.exec(file);
        if (match?.[1] !== group) continue;
        const info = await stat(path.join(dir, file)).catch(() => null);
        if (info) candidates.push({ file, key: match[2]!, time: info.mtimeMs });
      }
      for (const { file, key } of candidates.sort((a, b) => b.time - a.time)) {
        const bytes = await readRecord(file);
        const decoded = bytes && decodeRecord(bytes, { version: null, key });
        if (typeof decoded === 'object' && decoded) return { ...decoded, key };
      }
      return null;
    },
    async prune() {
      if (await usable()) await pruneFolder(dir, used, options.maxBytes ?? MAX_CACHE_BYTES).catch(() => undefined);
    },
  };
}

/** Keeps `dir` under `maxBytes`, oldest use first, sparing `inUse`; removes dead temporaries. */
async function pruneFolder(dir: string, inUse: ReadonlySet<string>, maxBytes: number): Promise<void> {
  const now = Date.now();
  const records: Array<{ file: string; bytes: number; time: number }> = [];
  for (const file of await readdir(dir)) {
    const info = await stat(path.join(dir, file)).catch(() => null);
    if (!info?.isFile()) continue;
    if (RECORD_NAME.test(file)) records.push({ file, bytes: info.size, time: info.mtimeMs });
    else if (TEMPORARY_NAME.test(file) && now - info.mtimeMs > STALE_TEMPORARY_MS)
      await unlink(path.join(dir, file)).catch(() => undefined);
  }
  let total = records.reduce((sum, r) => sum + r.bytes, 0);
  for (const record of records.sort((a, b) => a.time - b.time)) {
    if (total <= maxBytes) break;
    if (inUse.has(record.file)) continue;
    await unlink(path.join(dir, record.file)).catch(() => undefined);
    total -= record.bytes;
  }
}
