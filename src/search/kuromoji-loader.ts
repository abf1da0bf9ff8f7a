/**
 * Loads kuromoji's dictionary faster than `kuromoji.builder()`: the stock loader gunzips ~17 MB
 * into ~100 MB on every start, which is most of kotae's cold start. This loader keeps the
 * uncompressed files in a cache folder after the first start and reads those instead.
 *
 * It uses kuromoji's own DictionaryLoader and Tokenizer (kuromoji.js 0.1.2, unchanged since 2018)
 * and replaces how a dictionary file's bytes are read, the loading step that cost most of a start
 * ({@link wordIdTable}), the lattice builder that cost most of an analysis (kuromoji-lattice.ts),
 * reads words' features from the kept file as they are needed ({@link pagedFeatures}) and
 * remembers them; it keeps the files without their padding ({@link withoutPadding}). What the tokenizer finds is the same
 * (tests/search/kuromoji-loader.test.ts compares it with the stock loader's).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync } from 'node:zlib';
import type kuromoji from 'kuromoji';
import { latticeBuilder, type LatticeDictionaries, type WordIds } from './kuromoji-lattice.js';

export type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

type LoadCallback = (error: Error | null, buffer?: ArrayBuffer) => void;
/** The parts of kuromoji's DynamicDictionaries this loader replaces. */
interface DynamicDictionaries {
  readonly token_info_dictionary: {
    target_map: unknown;
    loadTargetMap: (buffer: Uint8Array) => void;
    getFeatures: (id: number) => string;
    readonly dictionary: { getInt(index: number): number };
  };
}
interface DictionaryLoaderInstance {
  readonly dic: DynamicDictionaries;
  loadArrayBuffer: (file: string, callback: LoadCallback) => void;
  load(callback: (error: Error | null, dictionaries: unknown) => void): void;
}
type DictionaryLoaderConstructor = new (dicPath: string) => DictionaryLoaderInstance;
type TokenizerConstructor = new (dictionaries: unknown) => KuromojiTokenizer;
/** The part of kuromoji's Tokenizer this loader replaces. */
interface LatticeBuilding {
  readonly viterbi_builder: { build: (sentence: string) => unknown };
}

const require = createRequire(import.meta.url);
const DictionaryLoader = require('kuromoji/src/loader/DictionaryLoader.js') as DictionaryLoaderConstructor;
const Tokenizer = require('kuromoji/src/Tokenizer.js') as TokenizerConstructor;
const kuromojiRoot = path.dirname(require.resolve('kuromoji/package.json'));
/** The kuromoji package (and so dictionary) version in use. */
export const KUROMOJI_VERSION = (require('kuromoji/package.json') as { version: string }).version;

/** Where uncompressed dictionary files are kept between runs. */
export function defaultDictionaryCache(): string {
  return path.join(os.tmpdir(), 'kotae-cache', `kuromoji-${KUROMOJI_VERSION}`);
}

function exactArrayBuffer(bytes: Buffer): ArrayBuffer {
  const { buffer, byteOffset, byteLength } = bytes;
  return byteOffset === 0 && byteLength === buffer.byteLength
    ? (buffer as ArrayBuffer)
    : (buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
}

/**
 * Files kuromoji reads through its ByteBuffer (which reads a missing byte as the end of a string
 * and never reads past its data): kuromoji's builder wrote them padded with zeros to a round size,
 * ~46 MB of ~98, which every start would read.
 */
const PADDED_FILES = new Set(['tid.dat', 'tid_pos.dat', 'tid_map.dat', 'unk.dat', 'unk_pos.dat', 'unk_map.dat', 'unk_invoke.dat']);

/**
 * A dictionary file without its trailing zeros, but for a few: a value that ends the data may end
 * in zero bytes, and no value is longer than 8 bytes. Files read as typed arrays are left whole.
 */
export function withoutPadding(name: string, bytes: Buffer): Buffer {
  if (!PADDED_FILES.has(name)) return bytes;
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  const keep = Math.min(bytes.length, Math.ceil(end / 8) * 8 + 8);
  return keep < bytes.length ? bytes.subarray(0, keep) : bytes;
}

async function readDictionaryFile(file: string, cacheDir: string): Promise<ArrayBuffer> {
  const name = path.basename(file).replace(/\.gz$/, '');
  const cached = path.join(cacheDir, name);
  const stored = await readFile(cached).catch(() => null);
  const bytes = withoutPadding(name, stored ?? (await promisify(gunzip)(await readFile(file))));
  // A file kept by an earlier kotae still has its padding: it is kept again without.
  if (bytes.length !== stored?.length) {
    // Written beside, then renamed: a start that dies mid-write never leaves a truncated file.
    const temporary = `${cached}.${process.pid}.tmp`;
    await mkdir(cacheDir, { recursive: true })
      .then(() => writeFile(temporary, bytes))
      .then(() => rename(temporary, cached))
      .catch(() => undefined);
  }
  return exactArrayBuffer(bytes);
}

/** Feature strings, read a page of `tid_pos.dat` at a time. */
const FEATURES_PAGE_BYTES = 16 * 1024;

/**
 * The features of words (`tid_pos.dat`: NUL-ended UTF-8 strings, 36 MB) read from the kept file a
 * page at a time, as words need them: a question or a folder meets a small part of the dictionary,
 * and a start need not read, nor hold, the rest. The file stays open until the work that needed it
 * yields (a worker thread ends without closing anything); should the file go (a temp-folder
 * cleaner), the packaged file is unpacked once instead.
 */
function pagedFeatures(file: string, packaged: string): (position: number) => string {
  const pages = new Map<number, Uint8Array>();
  let whole: Uint8Array | null = null;
  const decoder = new TextDecoder();
  let open: number | null = null;
  const descriptor = (): number => {
    if (open === null) {
      const fd = openSync(file, 'r');
      open = fd;
      setImmediate(() => {
        open = null;
        closeSync(fd);
      }).unref();
    }
    return open;
  };
  const page = (index: number): Uint8Array => {
    if (whole) return whole.subarray(index * FEATURES_PAGE_BYTES, (index + 1) * FEATURES_PAGE_BYTES);
    let bytes = pages.get(index);
    if (!bytes) {
      try {
        const buffer = Buffer.alloc(FEATURES_PAGE_BYTES);
        bytes = buffer.subarray(0, readSync(descriptor(), buffer, 0, FEATURES_PAGE_BYTES, index * FEATURES_PAGE_BYTES));
      } catch {
        whole = gunzipSync(readFileSync(packaged));
        pages.clear();
        return page(index);
      }
      pages.set(index, bytes);
    }
    return bytes;
  };
  return (position) => {
    const parts: Uint8Array[] = [];
    for (let index = Math.floor(position / FEATURES_PAGE_BYTES), from = position % FEATURES_PAGE_BYTES; ; index++, from = 0) {
      const bytes = page(index);
      const end = bytes.indexOf(0, from);
      parts.push(bytes.subarray(from, end < 0 ? bytes.length : end));
      if (end >= 0 || bytes.length < FEATURES_PAGE_BYTES) break;
    }
    return decoder.decode(parts.length === 1 ? parts[0] : Buffer.concat(parts));
  };
}

/** Builds a kuromoji tokenizer with the IPADIC dictionary shipped in the kuromoji package. */
export function buildTokenizer(cacheDir = defaultDictionaryCache()): Promise<KuromojiTokenizer> {
  return new Promise((resolve, reject) => {
    const loader = new DictionaryLoader(path.join(kuromojiRoot, 'dict'));
    // kuromoji calls loadArrayBuffer detached from the loader, so it must not rely on `this`.
    let features: ((position: number) => string) | null = null;
    const kept = path.join(cacheDir, 'tid_pos.dat');
    const read = async (file: string): Promise<ArrayBuffer> => {
      // Once kept, the features file is read as words need it; kuromoji gets no bytes of it.
      if (
        path.basename(file) !== 'tid_pos.dat.gz' ||
        !(await stat(kept).then(
          (info) => info.isFile(),
          () => false,
        ))
      )
        return readDictionaryFile(file, cacheDir);
      features = pagedFeatures(kept, file);
      return new ArrayBuffer(0);
    };
    loader.loadArrayBuffer = (file, callback) => {
      read(file).then(
        (buffer) => callback(null, buffer),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    };
    const tokenInfo = loader.dic.token_info_dictionary;
    let table: WordIdTable | null = null;
    tokenInfo.loadTargetMap = (buffer) => {
      table = wordIdTable(buffer);
      tokenInfo.target_map = table.targetMap;
    };
    const getFeatures = tokenInfo.getFeatures.bind(tokenInfo);
    tokenInfo.getFeatures = remembered((id) => {
      if (!features) return getFeatures(id);
      // kuromoji's own getFeatures, reading the kept file instead of its buffer.
      const wordId = Number.parseInt(String(id), 10);
      return Number.isNaN(wordId) ? '' : features(tokenInfo.dictionary.getInt(wordId + 6));
    });
    loader.load((error, loaded) => {
      if (error) return reject(error);
      const tokenizer = new Tokenizer(loaded);
      const builder = (tokenizer as unknown as LatticeBuilding).viterbi_builder;
      builder.build = latticeBuilder(loaded as LatticeDictionaries, table!.ids, builder.build.bind(builder));
      resolve(tokenizer);
    });
  });
}

/** A word's dictionary entries by its trie id, read where they lie in `tid_map.dat`. */
export interface WordIdTable {
  readonly ids: WordIds;
  /** The table as kuromoji's own `target_map` (for the stock lattice builder). */
  readonly targetMap: Readonly<Record<string, Int32Array | undefined>>;
}

/**
 * Reads the dictionary's map from a word's trie id to its entries. The stock loader makes an
 * object of ~330,000 arrays of it, which took a third of a start and most of its garbage
 * collection; this keeps the file and an index of where each id's entries start in it.
 *
 * The file is little-endian int32s: a key count, then per key the key, a value count and the
 * values; zeros pad it to its end.
 */
export function wordIdTable(buffer: Uint8Array): WordIdTable {
  const aligned = buffer.byteOffset % 4 === 0 ? buffer : buffer.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
  const next = (at: number) => at + 2 + Math.max(0, words[at + 1]!);
  let maxKey = -1;
  for (let at = 1; at + 1 < words.length; at = next(at)) maxKey = Math.max(maxKey, words[at]!);
  // Where each key's values start, +1 (0: the key has none). IPADIC lists each key once.
  const starts = new Int32Array(maxKey + 1);
  const counts = new Int32Array(maxKey + 1);
  for (let at = 1; at + 1 < words.length; at = next(at)) {
    const key = words[at]!;
    const count = words[at + 1]!;
    if (key >= 0 && count > 0 && starts[key] === 0) {
      starts[key] = at + 3;
      counts[key] = Math.min(count, words.length - at - 2);
    }
  }
  const ids: WordIds = (key) => {
    if (!(key >= 0 && key <= maxKey) || starts[key] === 0) return undefined;
    const start = starts[key]! - 1;
    return words.subarray(start, start + counts[key]!);
  };
  const targetMap = new Proxy({}, { get: (_, property) => (typeof property === 'string' ? ids(Number(property)) : undefined) });
  return { ids, targetMap };
}

/** Most features strings a tokenizer remembers; beyond, it starts over (a text uses a few thousand words). */
const REMEMBERED_FEATURES = 100_000;

/**
 * `getFeatures` remembering its answers: kuromoji decodes a word's features from UTF-8 bytes, one
 * byte at a time, every time the word is met.
 */
function remembered(getFeatures: (id: number) => string): (id: number) => string {
  const known = new Map<number, string>();
  return (id) => {
    let features = known.get(id);
    if (features === undefined) {
      if (known.size >= REMEMBERED_FEATURES) known.clear();
      features = getFeatures(id);
      known.set(id, features);
    }
    return features;
  };
}
