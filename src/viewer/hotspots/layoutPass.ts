/**
 * One layout of the markers for the current camera: overlapping pairs spread
 * apart, groups of three or more fold into a cluster (or fan out on a ring
 * when expanded), and resting labels show where they fit. Writes only what
 * changed to the buttons (offset, hidden, data-label): no React render per frame.
 */
import { Vector3, type Camera } from 'three';
import type { MarkerEntry } from './markerEntry';
import { groupKey, groupOverlapping, ring, spreadPair, type ScreenPoint } from './markerGroups';
import { placeLabels, type Box, type Placed } from './labelPlacement';

/** Groups this large fold into one marker with a count. */
export const MIN_CLUSTER = 3;
const ICON_HALF = 19;

export interface Cluster {
  key: string;
  ids: string[];
  centroid: [number, number, number];
}

export interface LayoutInput {
  entries: Iterable<MarkerEntry>;
  camera: Camera;
  size: { width: number; height: number };
  /** Group membership of the previous pass (id → group key), kept for hysteresis. */
  previous: Map<string, string>;
  expanded: string | null;
  restingLabels: boolean;
}

const v = new Vector3();

function project(position: Vector3, camera: Camera, { width, height }: LayoutInput['size']): ScreenPoint | null {
  v.copy(position).project(camera);
  if (v.z > 1 || Math.abs(v.x) > 1.2 || Math.abs(v.y) > 1.2) return null;
  return { id: '', x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height };
}

const iconBox = (x: number, y: number): Box => ({ x: x - ICON_HALF, y: y - ICON_HALF, w: ICON_HALF * 2, h: ICON_HALF * 2 });

/** The label's box relative to its button's centre, measured from the DOM when its text changes. */
function labelBox(entry: MarkerEntry): Box | null {
  const button = entry.button;
  const label = button?.querySelector<HTMLElement>('.hotspot__label');
  if (!button || !label) return null;
  const text = label.textContent ?? '';
  if (entry.label?.text !== text) {
    const box = { x: label.offsetLeft - button.offsetWidth / 2, y: label.offsetTop - button.offsetHeight / 2, w: label.offsetWidth, h: label.offsetHeight };
    entry.label = { text, box };
  }
  return entry.label.box;
}

export function layoutMarkers(input: LayoutInput): Cluster[] {
  const { camera, size, expanded } = input;
  const entries = [...input.entries].filter((e) => e.button).sort((a, b) => a.priority - b.priority || a.seq - b.seq);
  const screen = new Map<string, ScreenPoint>();
  for (const entry of entries) {
    const point = project(entry.position, camera, size);
    if (point) screen.set(entry.id, { ...point, id: entry.id });
  }
  const groups = groupOverlapping([...screen.values()], input.previous);
  input.previous.clear();
  for (const group of groups) for (const id of group) input.previous.set(id, groupKey(group));

  const final = new Map<string, [number, number]>();
  const hidden = new Set<string>();
  const icons: Placed[] = [];
  const clusters: Cluster[] = [];
  for (const group of groups) {
    const points = group.map((id) => screen.get(id)!);
    if (group.length === 1) final.set(group[0]!, [points[0]!.x, points[0]!.y]);
    else if (group.length < MIN_CLUSTER) {
      const [a, b] = spreadPair(points[0]!, points[1]!);
      final.set(group[0]!, [points[0]!.x + a[0], points[0]!.y + a[1]]);
      final.set(group[1]!, [points[1]!.x + b[0], points[1]!.y + b[1]]);
    } else {
      const key = groupKey(group);
      const centroid = new Vector3();
      for (const id of group) centroid.add(entries.find((e) => e.id === id)!.position);
      centroid.divideScalar(group.length);
      clusters.push({ key, ids: group, centroid: centroid.toArray() as [number, number, number] });
      const centre = project(centroid, camera, size) ?? points[0]!;
      icons.push({ id: key, box: iconBox(centre.x, centre.y) });
      if (key === expanded) ring(centre.x, centre.y, group.length).forEach((spot, i) => final.set(group[i]!, spot));
      else for (const id of group) hidden.add(id);
    }
  }
  for (const [id, [x, y]] of final) icons.push({ id, box: iconBox(x, y) });

  const labels: Placed[] = [];
  if (input.restingLabels) {
    for (const entry of entries) {
      const spot = final.get(entry.id);
      const box = spot && !entry.occluded && entry.button?.getAttribute('aria-expanded') !== 'true' ? labelBox(entry) : null;
      if (spot && box) labels.push({ id: entry.id, box: { ...box, x: box.x + spot[0], y: box.y + spot[1] } });
    }
  }
  const shown = placeLabels(labels, icons, { x: 0, y: 0, w: size.width, h: size.height });

  for (const entry of entries) write(entry, screen.get(entry.id), final.get(entry.id), hidden.has(entry.id), shown.has(entry.id));
  return clusters;
}

function write(entry: MarkerEntry, at: ScreenPoint | undefined, spot: [number, number] | undefined, hidden: boolean, label: boolean) {
  const button = entry.button!;
  const dx = at && spot ? Math.round(spot[0] - at.x) : 0;
  const dy = at && spot ? Math.round(spot[1] - at.y) : 0;
  const { written } = entry;
  if (dx !== written.dx || dy !== written.dy) button.style.translate = dx || dy ? `${dx}px ${dy}px` : '';
  if (hidden !== written.hidden) button.hidden = hidden;
  if (label !== written.label) button.toggleAttribute('data-label-shown', label);
  entry.written = { dx, dy, hidden, label };
}
