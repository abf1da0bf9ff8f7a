/**
 * A workbook as the zip package it is: parts read by name, and written back with only the parts
 * kotae changed replaced. Every other part keeps its exact bytes (and its compression method).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { FillError } from '../errors.js';

/**
 * Beyond these a workbook is not a questionnaire but a zip bomb or a data dump. They are checked on
 * the sizes the zip declares, before anything is inflated; fflate never inflates an entry past its
 * declared size, so a lying header cannot get around them.
 */
const MAX_PACKAGE_BYTES = 200 * 1024 * 1024;
const MAX_PART_BYTES = 64 * 1024 * 1024;
const MAX_PARTS = 10_000;

export interface ZipPackage {
  /** Part names in the zip's order. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** A part as UTF-8 text (BOM removed); null when there is no such part. */
  text(name: string): string | null;
  /**
   * The package with these parts replaced (or added, after the others); every other part as it
   * was, in the same order.
   */
  write(changes: ReadonlyMap<string, string>): Uint8Array;
}

/**
 * Opens a zip package.
 *
 * @throws {@link FillError} `unreadable` for a damaged zip, `too-large` for one that expands past
 *   the limits above.
 */
export function openZipPackage(bytes: Uint8Array, fileName: string): ZipPackage {
  let total = 0;
  let count = 0;
  const stored = new Set<string>();
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        count++;
        total += file.originalSize;
        if (count > MAX_PARTS || file.originalSize > MAX_PART_BYTES || total > MAX_PACKAGE_BYTES) {
          throw new FillError(
            'too-large',
            fileName,
            `the workbook expands to more than ${MAX_PACKAGE_BYTES / 1048576} MB (or ${MAX_PARTS} parts) when unzipped: it is not a questionnaire kotae can fill. Save the questionnaire sheets alone as a new .xlsx.`,
          );
        }
        if (file.compression === 0) stored.add(file.name);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FillError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new FillError(
      'unreadable',
      fileName,
      `not a readable .xlsx workbook (damaged zip: ${reason}). Open it in Excel and save it again as .xlsx.`,
    );
  }
  const names = Object.keys(parts);
  return {
    names,
    has: (name) => Object.hasOwn(parts, name),
    text: (name) => (Object.hasOwn(parts, name) ? strFromU8(parts[name]!).replace(/^\uFEFF/, '') : null),
    write: (changes) => {
      const out: Zippable = {};
      const level = (name: string) => (stored.has(name) ? 0 : 6);
      for (const name of names) {
        const changed = changes.get(name);
        out[name] = [changed === undefined ? parts[name]! : strToU8(changed), { level: level(name) }];
      }
      for (const [name, text] of changes) if (!Object.hasOwn(parts, name)) out[name] = [strToU8(text), { level: 6 }];
      return zipSync(out);
    },
  };
}
