/** Whether each guide step's captions parse as WebVTT (missing files are reported by the existence check). */
import { readFile } from 'node:fs/promises';
import { parseVtt } from '../../src/guides/player/vtt';
import type { Problem } from '../../src/tour/problems';
import type { Tour } from '../../src/tour/schema';
import { localAssetPath } from '../localAsset';

export async function checkCaptions(tour: Tour, tourFile: string, publicDir: string): Promise<Problem[]> {
  const checks: Promise<Problem | null>[] = [];
  tour.guides?.forEach((guide, i) =>
    guide.steps.forEach((step, j) => {
      for (const [language, url] of Object.entries(step.captions ?? {})) {
        const file = localAssetPath(url, tourFile, publicDir);
        if (file === null) continue;
        const path = `guides[${i}].steps[${j}].captions.${language}`;
        checks.push(
          readFile(file, 'utf8').then(
            (text): Problem | null => {
              const parsed = parseVtt(text);
              return parsed.ok ? null : { path, message: `${url} is not valid WebVTT: ${parsed.message}`, severity: 'error' };
            },
            () => null,
          ),
        );
      }
    }),
  );
  return (await Promise.all(checks)).filter((p): p is Problem => p !== null);
}
