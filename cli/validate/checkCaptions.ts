/** Whether the captions of guide steps and card videos parse as WebVTT (missing files are reported by the existence check). */
import { readFile } from 'node:fs/promises';
import { parseVtt } from '../../src/guides/player/vtt';
import { listAssets } from '../../src/tour/assets';
import type { Problem } from '../../src/tour/problems';
import type { Tour } from '../../src/tour/schema';
import { localAssetPath } from '../localAsset';

export async function checkCaptions(tour: Tour, tourFile: string, publicDir: string): Promise<Problem[]> {
  const checks = listAssets(tour)
    .filter(({ path }) => /\.captions\.[^.]+$/.test(path))
    .map(({ path, url }) => {
      const file = localAssetPath(url, tourFile, publicDir);
      if (file === null) return null;
      return readFile(file, 'utf8').then(
        (text): Problem | null => {
          const parsed = parseVtt(text);
          return parsed.ok ? null : { path, message: `${url} is not valid WebVTT: ${parsed.message}`, severity: 'error' };
        },
        () => null,
      );
    });
  return (await Promise.all(checks)).filter((p): p is Problem => p !== null);
}
