/**
 * Writing a file so that readers, and a crash, see the old content or the new, never half of it:
 * into a hidden temporary file beside the target, flushed to disk, then renamed over the target.
 */
import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import path from 'node:path';

/** The file-system calls an atomic write makes; tests pass one that fails at a chosen step. */
export type AtomicFileSystem = Pick<typeof fsPromises, 'open' | 'rename' | 'rm'>;

/**
 * Replaces (or creates) `target` with `bytes` in one step. The temporary file is hidden
 * (`.name.….tmp`), so the knowledge loader and folder watcher never take it for a checksheet, and
 * removed again when the write fails.
 */
export async function writeFileAtomically(target: string, bytes: Uint8Array | string, fs: AtomicFileSystem = fsPromises): Promise<void> {
  const folder = path.dirname(target);
  const temporary = path.join(folder, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await fs.open(temporary, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder, fs);
}

/** Makes the rename itself survive a power cut; not every platform can open a folder, which is fine. */
async function syncFolder(folder: string, fs: AtomicFileSystem): Promise<void> {
  const handle = await fs.open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Windows and some network file systems refuse fsync on a folder; the rename has happened.
  } finally {
    await handle.close();
  }
}
