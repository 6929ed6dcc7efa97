/**
 * Finds a model's storeys from its floor slabs: heights where a large area of
 * upward-facing horizontal surface lies (a ground slab, a mezzanine deck, a
 * gallery). Small flat tops (a machine's lid, a roof of a cabin) stay below
 * the area threshold or merge into a nearby larger floor.
 */
import type { Triangles } from './sceneTriangles';

/** Height bins, metres. */
const BIN = 0.1;
/** A floor holds at least this much walkable area, m², and this share of the model's footprint. */
const MIN_AREA = 10;
const MIN_SHARE = 0.02;
/** Two floors closer than this are one storey (the larger wins), metres. */
const MIN_STOREY = 2.2;

export function detectLevels(tris: Triangles, footprintArea: number): number[] {
  const p = tris.positions;
  const areaAt = new Map<number, number>();
  const sumY = new Map<number, number>();
  for (let t = 0; t < tris.count; t++) {
    const o = t * 9;
    const ux = p[o + 3]! - p[o]!, uy = p[o + 4]! - p[o + 1]!, uz = p[o + 5]! - p[o + 2]!;
    const vx = p[o + 6]! - p[o]!, vy = p[o + 7]! - p[o + 1]!, vz = p[o + 8]! - p[o + 2]!;
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    const twice = Math.hypot(nx, ny, nz);
    // counter-clockwise front faces (glTF): ny > 0 faces up
    if (twice === 0 || ny / twice < 0.98) continue;
    const y = (p[o + 1]! + p[o + 4]! + p[o + 7]!) / 3;
    const bin = Math.round(y / BIN);
    areaAt.set(bin, (areaAt.get(bin) ?? 0) + twice / 2);
    sumY.set(bin, (sumY.get(bin) ?? 0) + (y * twice) / 2);
  }
  const threshold = Math.max(MIN_AREA, MIN_SHARE * footprintArea);
  const floors = [...areaAt.entries()]
    .filter(([, area]) => area >= threshold)
    .map(([bin, area]) => ({ height: Math.round(((sumY.get(bin) ?? 0) / area) * 100) / 100, area }))
    .sort((a, b) => a.height - b.height);
  const kept: { height: number; area: number }[] = [];
  for (const floor of floors) {
    const last = kept[kept.length - 1];
    if (last && floor.height - last.height < MIN_STOREY) {
      if (floor.area > last.area) kept[kept.length - 1] = floor;
    } else kept.push(floor);
  }
  return kept.map((f) => f.height);
}
