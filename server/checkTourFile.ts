/** Validates a tour manifest on disk: the schema and references, plus whether every referenced file exists. */
import { access } from 'node:fs/promises';
import { validateTour } from '../src/tour/validate';
import { listAssets } from '../src/tour/assets';
import type { Problem } from '../src/tour/problems';
import type { Tour } from '../src/tour/schema';
import { localAssetPath } from './localAsset';

export async function checkTourFile(text: string, file: string, publicDir = 'public'): Promise<Problem[]> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return [{ path: '', message: `not valid JSON: ${(error as Error).message}`, severity: 'error' }];
  }
  const result = validateTour(raw);
  if (!result.ok) return result.problems;
  return [...result.problems, ...(await missingFiles(result.tour, file, publicDir))];
}

/** Local files only: http(s) assets are the host's business and are not fetched here. */
async function missingFiles(tour: Tour, file: string, publicDir: string): Promise<Problem[]> {
  const checks = listAssets(tour).map(async ({ path, url }): Promise<Problem | null> => {
    const onDisk = localAssetPath(url, file, publicDir);
    if (onDisk === null) return null;
    try {
      await access(onDisk);
      return null;
    } catch {
      return { path, message: `file not found: ${url} (looked for ${onDisk})`, severity: 'error' };
    }
  });
  return (await Promise.all(checks)).filter((p): p is Problem => p !== null);
}
