/**
 * Which markers overlap on screen: single-linkage groups of icons closer than
 * `join` pixels. Markers that were grouped last time stay grouped until they
 * are `split` pixels apart, so a group does not flicker at the threshold while
 * the camera moves.
 */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** Icons are about 38 px wide: closer than this they overlap. */
export const JOIN_PX = 36;
export const SPLIT_PX = 44;

/** A group's identity: its members, whatever their order. */
export const groupKey = (ids: readonly string[]) => [...ids].sort().join('\n');

/**
 * Groups of overlapping markers, each in input order, ordered by their first member; a marker that
 * overlaps nothing is a group of one. `previous` maps ids to the key of the group they were in.
 */
export function groupOverlapping(points: readonly ScreenPoint[], previous: ReadonlyMap<string, string> = new Map(), join = JOIN_PX, split = SPLIT_PX): string[][] {
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
      const limit = together ? split : join;
      if ((a.x - b.x) ** 2 + (a.y - b.y) ** 2 < limit ** 2) parent[root(j)] = root(i);
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

/** Offsets that move two overlapping markers apart along the line joining them, to `gap` pixels between centres. */
export function spreadPair(a: ScreenPoint, b: ScreenPoint, gap = SPLIT_PX): [[number, number], [number, number]] {
  const distance = Math.hypot(b.x - a.x, b.y - a.y);
  const half = Math.max(gap - distance, 0) / 2;
  // On top of each other: side by side.
  const [ux, uy] = distance < 1e-3 ? [1, 0] : [(b.x - a.x) / distance, (b.y - a.y) / distance];
  return [
    [-ux * half, -uy * half],
    [ux * half, uy * half],
  ];
}

/** Centres for `n` markers on a ring around (cx, cy), the first at the top and clockwise, neighbours `gap` apart and clear of a centre icon. */
export function ring(cx: number, cy: number, n: number, gap = SPLIT_PX): [number, number][] {
  const radius = Math.max(gap, n > 1 ? gap / (2 * Math.sin(Math.PI / n)) : 0);
  return Array.from({ length: n }, (_, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)];
  });
}
