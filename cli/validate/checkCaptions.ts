/**
 * Whether the captions of guide steps and card videos read as WebVTT (missing files are reported by the
 * existence check): a file that cannot be read is an error, a cue setting a browser would ignore a warning.
 */
import { readFile } from 'node:fs/promises';
import { readVtt } from '../../src/guides/captions/readVtt';
import { listAssets } from '../../src/tour/assets';
import type { Problem } from '../../src/tour/problems';
import type { Tour } from '../../src/tour/schema';
import { localAssetPath } from '../localAsset';

export async function checkCaptions(tour: Tour, tourFile: string, publicDir: string): Promise<Problem[]> {
  const checks = listAssets(tour)
    .filter(({ path }) => /\.captions\.[^.]+$/.test(path))
    .map(async ({ path, url }): Promise<Problem[]> => {
      const file = localAssetPath(url, tourFile, publicDir);
      const text = file === null ? null : await readFile(file, 'utf8').catch(() => null);
      if (text === null) return [];
      const read = await readVtt(text);
      if (!read.ok) return [{ path, message: `${url} is not valid WebVTT: ${read.message}`, severity: 'error' }];
      return read.warnings.map((warning) => ({ path, message: `${url}: ${warning}`, severity: 'warning' }));
    });
  return (await Promise.all(checks)).flat();
}
