/**
 * The parts of the view that the page's own controls cover (the top bar's
 * buttons, which wrap onto several rows on a narrow window or in a long
 * language): a marker under one could be neither seen nor clicked, and two
 * targets on top of each other fail WCAG 2.5.8 (axe's `target-size`). The
 * marker layer leaves such markers out until the view brings them back.
 *
 * Boxes are in viewport pixels, one list per source (`useCoversView` in the
 * UI keeps them current); the layout pass reads them on every frame, so they
 * are measured when the controls change, never per frame.
 */
import type { Box } from './labelPlacement';

const sources = new Map<object, readonly Box[]>();
const listeners = new Set<() => void>();
let all: readonly Box[] = [];

export function setCoveredAreas(source: object, boxes: readonly Box[]): void {
  if (boxes.length === 0) sources.delete(source);
  else sources.set(source, boxes);
  all = [...sources.values()].flat();
  for (const listener of listeners) listener();
}

export function coveredAreas(): readonly Box[] {
  return all;
}

/** Called whenever the covered areas change (the layout must run again even if the camera did not move). */
export function onCoveredAreasChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
