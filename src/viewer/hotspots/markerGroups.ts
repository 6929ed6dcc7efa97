/**
 * Which markers overlap on screen: single-linkage groups of icons whose boxes overlap (buttons are
 * square: 34 px, 40 for 360° markers). Markers that were grouped last time stay grouped until they
 * are `SPLIT_MARGIN` pixels clear of each other, so a group does not flicker at the threshold while
 * the camera moves. Whatever is shown ends with no two icons overlapping: a finger (and axe's
 * target-size rule, WCAG 2.5.8) can always tell them apart.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** Half the icon's width (and height); 17 px, an info marker's, when not given. */
  half?: number;
}

export const ICON_HALF = 17;
/** How far apart two grouped icons must get to leave their group. */
export const SPLIT_MARGIN = 8;
/** Room left between a spread pair, and between neighbours on a fanned-out ring. */
const SPREAD_MARGIN = 4;

const halfOf = (p: ScreenPoint) => p.half ?? ICON_HALF;
/** Whether two icons' boxes, grown by `margin`, overlap. */
export const overlaps = (a: ScreenPoint, b: ScreenPoint, margin = 0) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) < halfOf(a) + halfOf(b) + margin;

/** A group's identity: its members, whatever their order. */
export const groupKey = (ids: readonly string[]) => [...ids].sort().join('\n');

/**
 * Groups of overlapping markers, each in input order, ordered by their first member; a marker that
 * overlaps nothing is a group of one. `previous` maps ids to the key of the group they were in.
 */
export function groupOverlapping(points: readonly ScreenPoint[], previous: ReadonlyMap<string, string> = new Map()): string[][] {
  const parent = points.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      const together = previous.has(a.id) && previous.get(a.id) === previous.get(b.id);
      if (overlaps(a, b, together ? SPLIT_MARGIN : 0)) parent[root(j)] = root(i);
    }
  }
  const groups = new Map<number, string[]>();
  points.forEach((p, i) => {
    const r = root(i);
    const group = groups.get(r) ?? [];
    group.push(p.id);
    groups.set(r, group);
  });
  return [...groups.values()];
}

/** Offsets that move two overlapping markers apart along the line joining them until their boxes are `margin` pixels clear. */
export function spreadPair(a: ScreenPoint, b: ScreenPoint, margin = SPREAD_MARGIN): [[number, number], [number, number]] {
  const distance = Math.hypot(b.x - a.x, b.y - a.y);
  // On top of each other: side by side.
  const [ux, uy] = distance < 1e-3 ? [1, 0] : [(b.x - a.x) / distance, (b.y - a.y) / distance];
  // Along a diagonal, boxes clear each other only when the larger of |dx| and |dy| does.
  const gap = (halfOf(a) + halfOf(b) + margin) / Math.max(Math.abs(ux), Math.abs(uy));
  const half = Math.max(gap - distance, 0) / 2;
  return [
    [-ux * half, -uy * half],
    [ux * half, uy * half],
  ];
}

/** Centres for `n` markers of half-width `half` on a ring around (cx, cy), the first at the top and clockwise, neighbours' boxes and the centre icon clear. */
export function ring(cx: number, cy: number, n: number, half = ICON_HALF): [number, number][] {
  // Neighbours this far apart clear each other's boxes in any direction (the diagonal is the worst).
  const gap = (2 * half + SPREAD_MARGIN) * Math.SQRT2;
  const radius = Math.max(gap, n > 1 ? gap / (2 * Math.sin(Math.PI / n)) : 0);
  return Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}

/** The icons of a group as shown (one marker where it is, a pair spread apart, a cluster as one icon); none to ignore the group. */
export type Placement = (group: readonly string[]) => ScreenPoint[];

/**
 * Merges groups whose shown icons would still overlap (a spread pair pushed onto a neighbour, a
 * cluster's icon on a marker) until none do; the merged group keeps `order` (the markers' input
 * order). At most one merge per group, so it ends.
 */
export function mergeColliding(groups: string[][], place: Placement, order: ReadonlyMap<string, number>): string[][] {
  let current = groups;
  for (let round = 0; round < groups.length; round++) {
    const hit = collision(current.map(place));
    if (!hit) return current;
    const [i, j] = hit;
    const merged = [...current[i]!, ...current[j]!].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    current = current.filter((_, k) => k !== j).map((group, k) => (k === i ? merged : group));
  }
  return current;
}

function collision(icons: ScreenPoint[][]): [number, number] | null {
  for (let i = 0; i < icons.length; i++)
    for (let j = i + 1; j < icons.length; j++) if (icons[i]!.some((a) => icons[j]!.some((b) => overlaps(a, b)))) return [i, j];
  return null;
}
