/** Fetches a manifest and validates it at the edge. Nothing past this point sees unvalidated tour data. */
import type { Tour } from './schema';
import type { Problem } from './problems';
import { validateTour } from './validate';
import { listAssets, resolveAsset } from './assets';
import { inheritModelHotspots } from './standpoints';

export type TourLoadResult =
  | { ok: true; tour: Tour; warnings: Problem[] }
  | { ok: false; problems: Problem[]; message?: string };

export async function fetchTour(url: string, signal?: AbortSignal): Promise<TourLoadResult> {
  let text: string;
  try {
    const response = await fetch(url, signal ? { signal } : {});
    if (!response.ok) return { ok: false, problems: [], message: `The tour file could not be fetched: the server answered ${response.status}.` };
    text = await response.text();
  } catch {
    return { ok: false, problems: [], message: 'The tour file could not be fetched (network error).' };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: '', message: `not valid JSON: ${(error as Error).message}`, severity: 'error' }] };
  }
  const result = validateTour(raw);
  // Panoramas taken inside a model show the model's hotspots too (authored once, in the model).
  return result.ok ? { ok: true, tour: inheritModelHotspots(result.tour), warnings: result.problems } : { ok: false, problems: result.problems };
}

/**
 * Asks the server whether each referenced file exists (in parallel, after the
 * first scene started). Missing files become warnings: the scenes that need
 * them will show their own error card. Each check is a GET of the first two
 * bytes rather than a HEAD: Chromium reports every HEAD answer as a cancelled
 * request (`net::ERR_ABORTED`), ten lines of noise in the console of each load.
 * A server that ignores the range sends the file, which is then cached for the scene.
 */
export async function findMissingAssets(tour: Tour, tourUrl: string): Promise<Problem[]> {
  // Not sound, video and captions: a narrated guide names dozens of files (each step, each language) that
  // a visitor may never play, and their players show an error line in place of a missing one.
  const checks = listAssets(tour).filter((ref) => !ref.media).map(async ({ path, url }): Promise<Problem | null> => {
    const href = resolveAsset(url, tourUrl);
    if (!href.startsWith(location.origin)) return null;
    try {
      const response = await fetch(href, { headers: { Range: 'bytes=0-1' } });
      return response.ok ? null : { path, message: `file not found: ${url} (${response.status})`, severity: 'warning' };
    } catch {
      return null;
    }
  });
  return (await Promise.all(checks)).filter((p): p is Problem => p !== null);
}
