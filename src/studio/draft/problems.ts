/**
 * The draft's problems, found by the same code as `npm run validate` (src/tour/validateAuthoring.ts), and
 * the tour the viewer can show: the schema's parse of the draft (defaults filled in), also while
 * references are still wrong — a dangling link should not blank the view the author is fixing.
 */
import { Tour } from '../../tour/schema';
import type { Tour as ParsedTour } from '../../tour/schema';
import { validateForAuthoring } from '../../tour/validateAuthoring';
import type { Problem } from '../../tour/problems';
import type { Draft } from './types';

const problemsCache = new WeakMap<Draft, Problem[]>();
const parsedCache = new WeakMap<Draft, ParsedTour | null>();

export function problemsOf(draft: Draft): Problem[] {
  let problems = problemsCache.get(draft);
  if (!problems) {
    problems = validateForAuthoring(draft).problems;
    problemsCache.set(draft, problems);
  }
  return problems;
}

export const hasErrors = (draft: Draft) => problemsOf(draft).some((p) => p.severity === 'error');

/** The draft as the viewer shows it, or null when its shape is too broken to show. */
export function showableTour(draft: Draft): ParsedTour | null {
  let parsed = parsedCache.get(draft);
  if (parsed === undefined) {
    const result = Tour.safeParse(draft);
    parsed = result.success ? result.data : null;
    parsedCache.set(draft, parsed);
  }
  return parsed;
}

/** Where a problem's path points: the scene and hotspot it is about, for a link to the item. */
export function problemTarget(draft: Draft, path: string): { sceneId?: string; hotspotId?: string } {
  const match = /^scenes\[(\d+)\](?:\.hotspots\[(\d+)\])?/.exec(path);
  if (!match) return {};
  const scene = draft.scenes[Number(match[1])];
  const hotspot = match[2] !== undefined ? scene?.hotspots?.[Number(match[2])] : undefined;
  return { ...(scene?.id ? { sceneId: scene.id } : {}), ...(hotspot?.id ? { hotspotId: hotspot.id } : {}) };
}
