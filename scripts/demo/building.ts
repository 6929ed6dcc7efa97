/** The hall itself: layout constants, floor, walls, columns, roof trusses, lamps and floor markings. */
import { type V3, frameAt } from './vec';
import { type MatId } from './materials';
import { Part, aabb, beam, cylinder, hBeam, lathe } from './mesh';

/** Plan of the hall (metres). The ray tracer reads the same constants. */
export const HALL = { x0: -20, x1: 20, z0: -12, z1: 12, height: 12, wall: 0.3, plinth: 1.2, lowWall: 1.2, win0: 7, win1: 10, mullion: 2.5 };
export const DOOR = { x0: -11.5, x1: -8.0, height: 4.5 }; // south wall, at the crossing walkway
export const TRUSS_X = [-20, -12, -4, 4, 12, 20];
export const SIDE_COLUMN_Z = [-4, 4];
export const LAMPS: V3[] = [];
for (const x of [-12, -4, 4, 12]) for (const z of [-9, -3, 3, 9]) LAMPS.push([x, 9.95, z]);
export const SKYLIGHTS = [
  [-7.5, -5.5],
  [4.5, 6.5],
] as const;

export const POS = {
  hopper: [-17.6, 0, -8] as V3,
  reactor: [-14, 0, -7.5] as V3,
  steamExplosion: [-8.5, 0, -7.5] as V3,
  fermenters: [
    [-1, 0, -7.5],
    [3.5, 0, -7.5],
    [8, 0, -7.5],
  ] as V3[],
  storage: [
    [16.5, 0, -9.2],
    [16.5, 0, -4.9],
    [16.5, 0, 7.6],
  ] as V3[],
  heatExchanger: [-4, 0, 5] as V3,
  pumps: [
    [1, 0, 5],
    [3.2, 0, 5],
    [5.4, 0, 5],
  ] as V3[],
  column: [10, 0, 7] as V3,
  controlRoom: [-16, 0, 8.5] as V3,
  ibc: [-7.5, 0, 9.2] as V3,
  decanter: [4.2, 0, 10.2] as V3,
};
export const RACK = { z0: 0.6, z1: 2.4, tiers: [4.5, 5.5], xs: [-17, -12, -7, -2, 3, 8, 13], xEnd: HALL.x1 };
export const PLATFORM = { x0: -3, x1: 10.5, z0: -6.0, zMid: -4.8, z1: -3.4, y1: 2.8, y2: 5.4, landingX1: -1.3 };

export const SEG = { vessel: 64, nozzle: 16, pipe: 20, rail: 8 };

export function buildFloor(): Part {
  const p = new Part('floor', [0, 0, 0], false);
  aabb(p, 'concrete', [HALL.x0 - HALL.wall, -0.3, HALL.z0 - HALL.wall], [HALL.x1 + HALL.wall, 0, HALL.z1 + HALL.wall]);
  return p;
}

/** Tall walls (with window bands) on the north and west sides; low walls east and south keep the hall readable from outside. */
export function buildWalls(): Part {
  const p = new Part('walls', [0, 0, 0], false);
  const { x0, x1, z0, z1, wall, height, win0, win1 } = HALL;
  // north wall: along x at z0
  const tallWall = (along: 'x' | 'z') => {
    const a0 = along === 'x' ? x0 - wall : z0;
    const a1 = along === 'x' ? x1 + wall : z1;
    const at = (u: number, y: number, t: number): V3 => (along === 'x' ? [u, y, z0 - t] : [x0 - t, y, u]);
    const slab = (u0: number, u1: number, y0: number, y1: number, t0: number, t1: number, m: MatId) => aabb(p, m, at(u0, y0, t0), at(u1, y1, t1));
    slab(a0, a1, 0, HALL.plinth, -0.05, wall, 'concrete');
    slab(a0, a1, HALL.plinth, win0, 0, wall, 'wallPanel');
    slab(a0, a1, win1, height, 0, wall, 'wallPanel');
    // window band: mullions, transom and glass
    const n = Math.round((a1 - a0) / HALL.mullion);
    for (let i = 0; i <= n; i++) {
      const u = a0 + ((a1 - a0) * i) / n;
      slab(u - 0.06, u + 0.06, win0, win1, 0.05, 0.2, 'steelGrey');
    }
    slab(a0, a1, (win0 + win1) / 2 - 0.04, (win0 + win1) / 2 + 0.04, 0.05, 0.2, 'steelGrey');
    slab(a0, a1, win0, win1, 0.115, 0.135, 'glass');
  };
  tallWall('x');
  tallWall('z');
  // low walls (east, south) with a door gap in the south wall
  aabb(p, 'concrete', [x1, 0, z0], [x1 + wall, HALL.lowWall, z1 + wall]);
  aabb(p, 'concrete', [x0 - wall, 0, z1], [DOOR.x0, HALL.lowWall, z1 + wall]);
  aabb(p, 'concrete', [DOOR.x1, 0, z1], [x1, HALL.lowWall, z1 + wall]);
  return p;
}

export function buildColumns(): Part {
  const p = new Part('columns');
  const { x0, x1, z0, z1, height } = HALL;
  for (const x of TRUSS_X) {
    const cx = Math.max(x0 + 0.2, Math.min(x1 - 0.2, x));
    for (const z of [z0 + 0.2, z1 - 0.2]) hBeam(p, 'steelGrey', [cx, 0, z], [cx, height, z], 0.36, 'z');
  }
  for (const z of SIDE_COLUMN_Z) for (const x of [x0 + 0.2, x1 - 0.2]) hBeam(p, 'steelGrey', [x, 0, z], [x, height, z], 0.36, 'x');
  // eave beams on the long sides, a crane runway beam along the north wall
  for (const z of [z0 + 0.2, z1 - 0.2]) beam(p, 'steelGrey', [x0, height - 0.2, z], [x1, height - 0.2, z], 0.25, 0.4);
  beam(p, 'paintYellow', [x0, 8.6, z0 + 0.2], [x1, 8.6, z0 + 0.2], 0.3, 0.5);
  return p;
}

/** Pratt trusses spanning the hall (north–south), purlins between them; no roof cladding so the hall stays visible. */
export function buildTrusses(): Part {
  const p = new Part('roof-trusses');
  const { z0, z1, height } = HALL;
  const top = height - 0.1;
  const bottom = height - 1.4;
  const panels = 8;
  for (const tx of TRUSS_X) {
    const x = Math.max(HALL.x0 + 0.2, Math.min(HALL.x1 - 0.2, tx));
    beam(p, 'steelGrey', [x, top, z0], [x, top, z1], 0.2, 0.2);
    beam(p, 'steelGrey', [x, bottom, z0 + 0.3], [x, bottom, z1 - 0.3], 0.16, 0.16);
    for (let i = 0; i <= panels; i++) {
      const z = z0 + 0.3 + ((z1 - z0 - 0.6) * i) / panels;
      beam(p, 'steelGrey', [x, bottom, z], [x, top, z], 0.12, 0.12);
      if (i < panels) {
        const zn = z0 + 0.3 + ((z1 - z0 - 0.6) * (i + 1)) / panels;
        const towardsMiddle = i < panels / 2;
        beam(p, 'steelGrey', towardsMiddle ? [x, top, z] : [x, bottom, z], towardsMiddle ? [x, bottom, zn] : [x, top, zn], 0.1, 0.1);
      }
    }
  }
  for (const z of [-9, -6, -3, 0, 3, 6, 9]) beam(p, 'steelGrey', [HALL.x0, height + 0.1, z], [HALL.x1, height + 0.1, z], 0.12, 0.18);
  return p;
}

export function buildLighting(): Part {
  const p = new Part('lighting');
  for (const L of LAMPS) {
    const f = frameAt([L[0], 0, L[2]]);
    lathe(p, 'steelGrey', f, [[0.32, 10.0], [0.3, 10.12], [0.18, 10.3], [0.12, 10.42], [0, 10.45]], 24, true);
    lathe(p, 'lamp', f, [[0, 10.0], [0.3, 10.0]], 24, false);
    cylinder(p, 'darkSteel', f, 0.01, 10.45, HALL.height - 1.4, 6, 'none');
  }
  return p;
}

/** Yellow floor markings: walkways, crossing and equipment zones. */
export function buildFloorMarkings(): Part {
  const p = new Part('floor-markings');
  const w = 0.1;
  const h = 0.004;
  const lineX = (x0: number, x1: number, z: number) => aabb(p, 'marking', [x0, 0, z - w / 2], [x1, h, z + w / 2]);
  const lineZ = (z0: number, z1: number, x: number) => aabb(p, 'marking', [x - w / 2, 0, z0], [x + w / 2, h, z1]);
  const rect = (x0: number, z0: number, x1: number, z1: number) => {
    lineX(x0, x1, z0);
    lineX(x0, x1, z1);
    lineZ(z0 + w / 2, z1 - w / 2, x0);
    lineZ(z0 + w / 2, z1 - w / 2, x1);
  };
  // walkway A (in front of the process line) and walkway B (south aisle), gaps at the crossing
  for (const z of [-2.6, -1.0, 2.7, 4.2]) {
    lineX(-19.3, -10.6, z);
    lineX(-8.9, z < 0 ? 14.6 : 19.3, z);
  }
  // crossing walkway to the south door
  for (const x of [-10.5, -9.0]) {
    lineZ(-2.55, -1.05, x);
    lineZ(-0.95, 2.65, x);
    lineZ(4.25, 11.8, x);
  }
  // zebra at the crossing of walkway A and B
  for (let z = -0.8; z < 2.6; z += 0.6) aabb(p, 'marking', [-10.4, 0, z], [-9.1, h, z + 0.3]);
  rect(-12.0, -9.6, -4.9, -5.4); // steam explosion unit
  rect(-6.8, 4.45, -1.2, 5.55); // heat exchanger
  rect(0.0, 4.4, 6.4, 5.6); // pumps
  rect(14.6, -11.0, 18.6, -3.0); // tank bund
  rect(-9.2, 8.2, -5.8, 10.3); // IBC storage
  rect(1.8, 9.25, 6.8, 12.0 - 0.1); // decanter centrifuge
  return p;
}
