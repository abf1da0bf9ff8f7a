/**
 * Loads kuromoji's dictionary faster than `kuromoji.builder()`: the stock loader gunzips ~17 MB
 * into ~100 MB on every start, which is most of kotae's cold start. This loader keeps the
 * uncompressed files in a cache folder after the first start and reads those instead.
 *
 * It uses kuromoji's own DictionaryLoader and Tokenizer (kuromoji.js 0.1.2, unchanged since 2018)
 * and replaces how a dictionary file's bytes are read, and the loading step that cost most of a
 * start (see {@link lazyTargetMap}); and it keeps the files without their padding (see
 * {@link withoutPadding}). What the tokenizer
 * finds is the same (tests/search/kuromoji-loader.test.ts compares it with the stock loader's).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type kuromoji from 'kuromoji';

export type KuromojiTokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>;

type LoadCallback = (error: Error | null, buffer?: ArrayBuffer) => void;
/** The parts of kuromoji's DynamicDictionaries this loader replaces. */
interface DynamicDictionaries {
  readonly token_info_dictionary: { target_map: unknown; loadTargetMap: (buffer: Uint8Array) => unknown };
}
interface DictionaryLoaderInstance {
  readonly dic: DynamicDictionaries;
  loadArrayBuffer: (file: string, callback: LoadCallback) => void;
  load(callback: (error: Error | null, dictionaries: unknown) => void): void;
}
type DictionaryLoaderConstructor = new (dicPath: string) => DictionaryLoaderInstance;
type TokenizerConstructor = new (dictionaries: unknown) => KuromojiTokenizer;

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
  return byteOffset === 0 && byteLength === buffer.byteLength ? (buffer as ArrayBuffer) : (buffer.slice(byteOffset, byteOffset + byteLength) as ArrayBuffer);
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

/** Builds a kuromoji tokenizer with the IPADIC dictionary shipped in the kuromoji package. */
export function buildTokenizer(cacheDir = defaultDictionaryCache()): Promise<KuromojiTokenizer> {
  return new Promise((resolve, reject) => {
    const loader = new DictionaryLoader(path.join(kuromojiRoot, 'dict'));
    // kuromoji calls loadArrayBuffer detached from the loader, so it must not rely on `this`.
    loader.loadArrayBuffer = (file, callback) => {
      readDictionaryFile(file, cacheDir).then(
        (buffer) => callback(null, buffer),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    };
    const dictionaries = loader.dic;
    const tokenInfo = dictionaries.token_info_dictionary;
    tokenInfo.loadTargetMap = (buffer) => (tokenInfo.target_map = lazyTargetMap(buffer));
    loader.load((error, loaded) => (error ? reject(error) : resolve(new Tokenizer(loaded))));
  });
}

/**
 * The dictionary's map from a word's trie id to its entries, read where it lies in the file. The
 * stock loader makes an object of ~330,000 arrays of it, which took a third of a start and most of
 * its garbage collection; kuromoji only ever reads `target_map[id]` and that entry's length and
 * elements, which a typed-array view gives.
 *
 * The file is little-endian int32s: a key count, then per key the key, a value count and the
 * values; zeros pad it to its end.
 */
export function lazyTargetMap(buffer: Uint8Array): Readonly<Record<string, Int32Array | undefined>> {
  const aligned = buffer.byteOffset % 4 === 0 ? buffer : buffer.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, Math.floor(aligned.byteLength / 4));
  let maxKey = -1;
  for (let at = 1; at + 1 < words.length; at += 2 + words[at + 1]!) maxKey = Math.max(maxKey, words[at]!);
  // Where each key's values start, +1 (0: the key has none). IPADIC lists each key once.
  const starts = new Int32Array(maxKey + 1);
  const counts = new Int32Array(maxKey + 1);
  for (let at = 1; at + 1 < words.length; at += 2 + words[at + 1]!) {
    const key = words[at]!;
    const count = words[at + 1]!;
    if (count > 0 && starts[key] === 0) {
      starts[key] = at + 3;
      counts[key] = Math.min(count, words.length - at - 2);
    }
  }
  return new Proxy(
    {},
    {
      get(_, property) {
        const key = typeof property === 'string' ? Number(property) : NaN;
        if (!(key >= 0 && key <= maxKey) || starts[key] === 0) return undefined;
        const start = starts[key]! - 1;
        return words.subarray(start, start + counts[key]!);
      },
    },
  );
}

