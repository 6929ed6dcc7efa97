/**
 * Finds a model's storeys from its floor slabs: heights where a large area of
 * upward-facing horizontal surface lies that something stands on (equipment,
 * railings, walls within a person's height above it). Roofs, lids and wall
 * tops have nothing standing on them and are left out; small flat tops stay
 * below the area threshold; floors closer than a storey merge.
 */
import type { Triangles } from './sceneTriangles';

/** Height bins, metres. */
const BIN = 0.1;
/** A floor holds at least this much walkable area, m², and this share of the model's footprint. */
const MIN_AREA = 10;
const MIN_SHARE = 0.02;
/** Two floors closer than this are one storey (the one with more standing on it wins), metres. */
const MIN_STOREY = 2.2;
/** "Standing on it": geometry between these heights above the surface, within a cell of CELL metres or its neighbours. */
const ABOVE = [0.3, 2.2] as const;
const CELL = 1;
/** Share of a floor's area that must have something standing on or next to it. */
const MIN_USED = 0.25;

interface Candidate {
  height: number;
  area: number;
  /** Triangles of the candidate surface. */
  tris: number[];
}

function normalUp(p: Float64Array, o: number): { up: number; area: number } {
  const ux = p[o + 3]! - p[o]!, uy = p[o + 4]! - p[o + 1]!, uz = p[o + 5]! - p[o + 2]!;
  const vx = p[o + 6]! - p[o]!, vy = p[o + 7]! - p[o + 1]!, vz = p[o + 8]! - p[o + 2]!;
  const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
  const twice = Math.hypot(nx, ny, nz);
  return { up: twice === 0 ? 0 : ny / twice, area: twice / 2 };
}

/** Share of the candidate's area with geometry standing within a person's height above it, nearby. */
function usedShare(tris: Triangles, c: Candidate): number {
  const p = tris.positions;
  const cells = new Set<string>();
  for (let t = 0; t < tris.count; t++) {
    const o = t * 9;
    const lo = Math.min(p[o + 1]!, p[o + 4]!, p[o + 7]!), hi = Math.max(p[o + 1]!, p[o + 4]!, p[o + 7]!);
    if (hi < c.height + ABOVE[0] || lo > c.height + ABOVE[1]) continue;
    const x0 = Math.floor(Math.min(p[o]!, p[o + 3]!, p[o + 6]!) / CELL), x1 = Math.floor(Math.max(p[o]!, p[o + 3]!, p[o + 6]!) / CELL);
    const z0 = Math.floor(Math.min(p[o + 2]!, p[o + 5]!, p[o + 8]!) / CELL), z1 = Math.floor(Math.max(p[o + 2]!, p[o + 5]!, p[o + 8]!) / CELL);
    for (let x = x0; x <= x1 && x - x0 < 64; x++) for (let z = z0; z <= z1 && z - z0 < 64; z++) cells.add(`${x},${z}`);
  }
  let used = 0;
  for (const t of c.tris) {
    const o = t * 9;
    const x = Math.floor((p[o]! + p[o + 3]! + p[o + 6]!) / 3 / CELL), z = Math.floor((p[o + 2]! + p[o + 5]! + p[o + 8]!) / 3 / CELL);
    let near = false;
    for (let dx = -1; dx <= 1 && !near; dx++) for (let dz = -1; dz <= 1 && !near; dz++) near = cells.has(`${x + dx},${z + dz}`);
    if (near) used += normalUp(p, o).area;
  }
  return used / c.area;
}

export function detectLevels(tris: Triangles, footprintArea: number): number[] {
  const p = tris.positions;
  const bins = new Map<number, Candidate & { sumY: number }>();
  for (let t = 0; t < tris.count; t++) {
    const o = t * 9;
    const { up, area } = normalUp(p, o);
    // counter-clockwise front faces (glTF): up > 0 faces the sky
    if (up < 0.98) continue;
    const y = (p[o + 1]! + p[o + 4]! + p[o + 7]!) / 3;
    const key = Math.round(y / BIN);
    const bin = bins.get(key) ?? { height: 0, area: 0, sumY: 0, tris: [] };
    bin.area += area;
    bin.sumY += y * area;
    bin.tris.push(t);
    bins.set(key, bin);
  }
  const threshold = Math.max(MIN_AREA, MIN_SHARE * footprintArea);
  const floors = [...bins.values()]
    .filter((b) => b.area >= threshold)
    .map((b) => ({ height: Math.round((b.sumY / b.area) * 100) / 100, area: b.area, tris: b.tris }))
    .map((c) => ({ ...c, used: usedShare(tris, c) * c.area }))
    .filter((c) => c.used >= MIN_USED * c.area)
    .sort((a, b) => a.height - b.height);
  const kept: typeof floors = [];
  for (const floor of floors) {
    const last = kept[kept.length - 1];
    if (last && floor.height - last.height < MIN_STOREY) {
      if (floor.used > last.used) kept[kept.length - 1] = floor;
    } else kept.push(floor);
  }
  return kept.map((f) => f.height);
}
