import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled knowledge folder (copies of the five public sample checksheets). */
export const BUNDLED_KNOWLEDGE = fileURLToPath(new URL('../../knowledge/', import.meta.url));

/**
 * A temporary knowledge folder: the named bundled samples (all when omitted) plus extra files.
 * Returns the folder and a cleanup function.
 */
export function makeKnowledgeFolder(options: { samples?: readonly string[]; files?: Record<string, string | Uint8Array> } = {}): {
  dir: string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kotae-knowledge-'));
  const samples = options.samples ?? ['awesomejob-cloud.txt', 'jinjer.txt', 'qloba-page.txt', 'rescuenow.txt', 'skyarch.txt'];
  for (const sample of samples) cpSync(path.join(BUNDLED_KNOWLEDGE, sample), path.join(dir, sample));
  for (const [name, content] of Object.entries(options.files ?? {})) {
    const full = path.join(dir, ...name.split('/'));
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
