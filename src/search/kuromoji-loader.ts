/**
 * Loads kuromoji's dictionary faster than `kuromoji.builder()`: the stock loader gunzips ~17 MB
 * into ~100 MB on every start, which is most of kotae's cold start. This loader keeps the
 * uncompressed files in a cache folder after the first start and reads those instead.
 *
 * It uses kuromoji's own DictionaryLoader and Tokenizer (kuromoji.js 0.1.2, unchanged since 2018)
 * and only replaces how a dictionary file's bytes are read.
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
interface DictionaryLoaderInstance {
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

async function readDictionaryFile(file: string, cacheDir: string): Promise<ArrayBuffer> {
  const cached = path.join(cacheDir, path.basename(file).replace(/\.gz$/, ''));
  try {
    return exactArrayBuffer(await readFile(cached));
  } catch {
    const bytes = await promisify(gunzip)(await readFile(file));
    // Written beside, then renamed: a start that dies mid-write never leaves a truncated file.
    const temporary = `${cached}.${process.pid}.tmp`;
    await mkdir(cacheDir, { recursive: true })
      .then(() => writeFile(temporary, bytes))
      .then(() => rename(temporary, cached))
      .catch(() => undefined);
    return exactArrayBuffer(bytes);
  }
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
    loader.load((error, dictionaries) => (error ? reject(error) : resolve(new Tokenizer(dictionaries))));
  });
}
