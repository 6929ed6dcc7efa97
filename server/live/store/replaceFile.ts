/**
 * Replaces a file so that a crash at any moment leaves either the old or the
 * new content, never a mix: write a temporary file beside it, fsync it, rename
 * it over the file, fsync the folder (which makes the rename durable).
 * A symlinked path keeps its symlink (the real file is replaced), and what is
 * not a regular file (a device such as /dev/full) is never replaced.
 * `mode`: the new file's permissions (default 600: the live store is private;
 * the studio's tour files are 644, served and read by people and tools).
 */
import { readdirSync, realpathSync, unlinkSync } from 'node:fs';
import { mkdir, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function replaceFile(file: string, text: string | Uint8Array, mode = 0o600): Promise<void> {
  await replaceFiles([{ file, text, mode }]);
}

/**
 * Replaces several files, each atomically as replaceFile does, in the time of about one: the
 * temporary files are written and fsynced together, then renamed in the given order, then their
 * folders fsynced together. A crash leaves each file old or new, never a mix; a file later in the
 * list is never renamed before an earlier one.
 */
export async function replaceFiles(files: readonly { file: string; text: string | Uint8Array; mode?: number }[]): Promise<void> {
  const prepared = await Promise.all(files.map(({ file, text, mode = 0o600 }) => prepareTemporary(file, text, mode)));
  try {
    for (const { tmp, real } of prepared) await rename(tmp, real);
  } catch (e) {
    await Promise.all(prepared.map(({ tmp }) => unlink(tmp).catch(() => {})));
    throw e;
  }
  await Promise.all([...new Set(prepared.map((p) => p.folder))].map(syncFolder));
}

/** Writes and fsyncs the temporary file beside `file` (its real path). */
async function prepareTemporary(file: string, text: string | Uint8Array, mode: number): Promise<{ tmp: string; real: string; folder: string }> {
  const real = await realpath(file).catch(() => file);
  const info = await stat(real).catch(() => null);
  if (info && !info.isFile()) throw Object.assign(new Error(`${real} is not a regular file; it will not be replaced`), { code: 'ENOTREG' });
  const folder = dirname(real);
  await mkdir(folder, { recursive: true, mode: mode & 0o044 ? 0o755 : 0o700 });
  const tmp = join(folder, temporaryName(real, process.pid));
  try {
    const out = await open(tmp, 'w', mode);
    try {
      await out.writeFile(text);
      await out.sync();
    } finally {
      await out.close();
    }
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
  return { tmp, real, folder };
}

/** Makes the renames and creations in `folder` durable. */
export async function syncFolder(folder: string): Promise<void> {
  const dir = await open(folder, 'r');
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

const temporaryName = (real: string, pid: number | string) => `.${basename(real)}.${pid}.tmp`;

/** A process killed in the middle of a replace leaves its temporary file: remove those at start. */
export function removeTemporaries(file: string) {
  try {
    let real = file;
    try {
      real = realpathSync(file);
    } catch {
      // Not there yet: its temporaries would be beside the path itself.
    }
    const prefix = `.${basename(real)}.`;
    for (const name of readdirSync(dirname(real))) {
      if (name.startsWith(prefix) && /^\d+\.tmp$/.test(name.slice(prefix.length))) unlinkSync(join(dirname(real), name));
    }
  } catch {
    // No folder yet, or not ours to clean: nothing to do.
  }
}
