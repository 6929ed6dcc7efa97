/**
 * Writes an output (a directory or a file) next to its final place under a
 * temporary name and renames it into place only when complete, so a failure
 * or Ctrl-C never leaves a half-written pyramid or model behind.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CliError } from './errors';

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * Runs `write(tempPath)` and moves the result to `finalPath`. With `force`,
 * an existing output is replaced only after the new one is complete.
 */
export async function writeAtomically<T>(finalPath: string, force: boolean, write: (tempPath: string) => Promise<T>): Promise<T> {
  if (!force && (await exists(finalPath))) throw new CliError(`${finalPath} already exists; pass --force to replace it`);
  const tag = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const temp = join(dirname(finalPath), `.${basename(finalPath)}.partial-${tag}`);
  const cleanup = () => rm(temp, { recursive: true, force: true });
  // Ctrl-C: remove the partial output before exiting.
  const onSignal = () => {
    void cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const result = await write(temp);
    if (await exists(finalPath)) {
      const old = join(dirname(finalPath), `.${basename(finalPath)}.old-${tag}`);
      await rename(finalPath, old);
      await rename(temp, finalPath);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(temp, finalPath);
    }
    return result;
  } catch (error) {
    await cleanup();
    throw error;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
