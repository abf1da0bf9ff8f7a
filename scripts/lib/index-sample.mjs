// Indexes one sample file on its own, as the shared scorer does (a folder holding only it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSnapshot } from '../../dist/core/knowledge-snapshot.js';

export async function indexSample(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kotae-quality-'));
  try {
    fs.copyFileSync(file, path.join(dir, path.basename(file)));
    return await buildSnapshot(dir, { cacheDir: false });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
