/**
 * Which resting labels fit on screen: in priority order, a label is shown when
 * it stays inside the view and overlaps neither a label shown before it nor
 * any marker icon other than its own. The rest show on hover and focus only.
 */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Placed {
  id: string;
  box: Box;
}

const overlaps = (a: Box, b: Box, gap: number) => a.x < b.x + b.w + gap && b.x < a.x + a.w + gap && a.y < b.y + b.h + gap && b.y < a.y + a.h + gap;
const inside = (a: Box, bounds: Box) => a.x >= bounds.x && a.y >= bounds.y && a.x + a.w <= bounds.x + bounds.w && a.y + a.h <= bounds.y + bounds.h;

/** Ids of the labels to show. `labels` in priority order; `icons` are every visible marker, by the id of its marker. */
export function placeLabels(labels: readonly Placed[], icons: readonly Placed[], bounds: Box, gap = 4): Set<string> {
  const shown: Box[] = [];
  const ids = new Set<string>();
  for (const label of labels) {
    if (!inside(label.box, bounds)) continue;
    if (shown.some((box) => overlaps(label.box, box, gap))) continue;
    if (icons.some((icon) => icon.id !== label.id && overlaps(label.box, icon.box, gap))) continue;
    shown.push(label.box);
    ids.add(label.id);
  }
  return ids;
}
