/**
 * The default tour of the built app (`dist/tours/index.json`): the tour whose
 * start hints and poster the build wrote into `dist/index.html`. When an
 * operator's TOURS_DIR names another default, `/` must not preload this one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTourOf, TourIndex } from '../src/tour/tourIndex';

export function builtDefaultTour(dist: string): string | null {
  try {
    const parsed = TourIndex.safeParse(JSON.parse(readFileSync(join(dist, 'tours', 'index.json'), 'utf8')));
    return parsed.success ? defaultTourOf(parsed.data) : null;
  } catch {
    return null;
  }
}
