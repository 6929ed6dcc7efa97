/**
 * One layout of the markers for the current camera: overlapping pairs spread
 * apart, groups of three or more fold into a cluster (or fan out on a ring
 * when expanded), and resting labels show where they fit. Writes only what
 * changed to the buttons (offset, hidden, data-label): no React render per frame.
 */
import { Vector3, type Camera } from 'three';
import type { MarkerEntry } from './markerEntry';
import { groupKey, groupOverlapping, ICON_HALF, mergeColliding, ring, spreadPair, type ScreenPoint } from './markerGroups';
import { placeLabels, type Box, type Placed } from './labelPlacement';

/** Groups this large fold into one marker with a count. */
export const MIN_CLUSTER = 3;
/** Half the box labels keep clear around an icon. */
const LABEL_CLEARANCE = 19;

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
  /** Parts of the view the page's own controls cover, in the view's pixels (coveredAreas.ts): no marker or label there. */
  covered?: readonly Box[];
}

const v = new Vector3();

const isBehind = (position: Vector3, camera: Camera) => v.copy(position).applyMatrix4(camera.matrixWorldInverse).z >= 0;

function project(position: Vector3, camera: Camera, { width, height }: LayoutInput['size']): ScreenPoint | null {
  // Beyond the far plane still counts: drei's <Html> shows those markers.
  if (isBehind(position, camera)) return null;
  v.applyMatrix4(camera.projectionMatrix);
  if (Math.abs(v.x) > 1.2 || Math.abs(v.y) > 1.2) return null;
  return { id: '', x: ((v.x + 1) / 2) * width, y: ((1 - v.y) / 2) * height };
}

const iconBox = (x: number, y: number): Box => ({ x: x - LABEL_CLEARANCE, y: y - LABEL_CLEARANCE, w: LABEL_CLEARANCE * 2, h: LABEL_CLEARANCE * 2 });
const touches = (x: number, y: number, half: number, box: Box) => x + half > box.x && x - half < box.x + box.w && y + half > box.y && y - half < box.y + box.h;

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
  // The controls move the camera earlier in this frame; its matrices would follow only at render, so the
  // last frame of a move (or the jump to a start view) would be laid out for where the camera was before.
  camera.updateMatrixWorld();
  const covered = input.covered ?? [];
  const underControl = (x: number, y: number, half = ICON_HALF) => covered.some((box) => touches(x, y, half, box));
  /** A group the visitor fanned out stays whole: its ring moves down, clear of the controls over it. */
  const clearOfControls = (spots: [number, number][], half: number) => {
    for (let tries = 0; tries < 4; tries++) {
      const overlap = Math.max(0, ...spots.flatMap(([x, y]) => covered.filter((box) => touches(x, y, half, box)).map((box) => box.y + box.h - (y - half))));
      if (overlap === 0) break;
      spots = spots.map(([x, y]) => [x, y + overlap + 2]);
    }
    return spots;
  };
  const screen = new Map<string, ScreenPoint>();
  const hidden = new Set<string>();
  for (const entry of entries) {
    const point = project(entry.position, camera, size);
    // drei's <Html> would show a marker behind the camera mirrored onto the screen (we take its occlusion
    // callback, so it does not hide them itself). A marker under a control is left out of grouping too:
    // it must not pull visible ones into a cluster.
    if (!point && isBehind(entry.position, camera)) hidden.add(entry.id);
    else if (point && underControl(point.x, point.y, entry.half)) hidden.add(entry.id);
    else if (point) screen.set(entry.id, { ...point, id: entry.id, half: entry.half });
  }
  const centroidOf = (group: readonly string[]) => {
    const centroid = new Vector3();
    for (const id of group) centroid.add(entries.find((e) => e.id === id)!.position);
    return centroid.divideScalar(group.length);
  };
  const centreOf = (group: readonly string[]): ScreenPoint => project(centroidOf(group), camera, size) ?? screen.get(group[0]!)!;
  const place = (group: readonly string[]): ScreenPoint[] => {
    const points = group.map((id) => screen.get(id)!);
    if (points.length === 1) return points;
    if (points.length < MIN_CLUSTER) {
      const [a, b] = spreadPair(points[0]!, points[1]!);
      return [
        { ...points[0]!, x: points[0]!.x + a[0], y: points[0]!.y + a[1] },
        { ...points[1]!, x: points[1]!.x + b[0], y: points[1]!.y + b[1] },
      ];
    }
    // A fanned-out cluster is on top while the visitor picks from it: its ring merges nothing.
    if (groupKey(group) === expanded) return [];
    return [{ ...centreOf(group), half: ICON_HALF }];
  };
  const order = new Map(entries.map((e, i) => [e.id, i]));
  const groups = mergeColliding(groupOverlapping([...screen.values()], input.previous), place, order);
  input.previous.clear();
  for (const group of groups) for (const id of group) input.previous.set(id, groupKey(group));

  const final = new Map<string, [number, number]>();
  const icons: Placed[] = covered.map((box, i) => ({ id: `covered:${i}`, box }));
  const clusters: Cluster[] = [];
  for (const group of groups) {
    if (group.length < MIN_CLUSTER) {
      place(group).forEach((spot, i) => final.set(group[i]!, [spot.x, spot.y]));
      continue;
    }
    const key = groupKey(group);
    const centre = centreOf(group);
    if (underControl(centre.x, centre.y)) {
      for (const id of group) hidden.add(id);
      continue;
    }
    clusters.push({ key, ids: group, centroid: centroidOf(group).toArray() as [number, number, number] });
    icons.push({ id: key, box: iconBox(centre.x, centre.y) });
    const half = Math.max(...group.map((id) => screen.get(id)!.half ?? ICON_HALF));
    if (key === expanded) clearOfControls(ring(centre.x, centre.y, group.length, half), half).forEach((spot, i) => final.set(group[i]!, spot));
    else for (const id of group) hidden.add(id);
  }
  for (const [id, [x, y]] of final) {
    // Spread apart or fanned out onto a control: out of sight like the rest.
    if (underControl(x, y, screen.get(id)?.half)) {
      final.delete(id);
      hidden.add(id);
    } else icons.push({ id, box: iconBox(x, y) });
  }

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
