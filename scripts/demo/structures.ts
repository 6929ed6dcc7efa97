/** Pipe rack, the two-level steel platform with catwalks and stairs, the control room and the chemical IBCs. */
import { type V3, add, frameAlong, frameAt } from './vec';
import { type MatId } from './materials';
import { Part, aabb, beam, box, cylinder, hBeam, pipeRun, railing, stair, tube } from './mesh';
import { PLATFORM, POS, RACK, SEG } from './building';

export function buildPipeRack(): Part {
  const p = new Part('pipe-rack');
  const { z0, z1, tiers, xs, xEnd } = RACK;
  for (const x of xs) {
    for (const z of [z0, z1]) hBeam(p, 'paintBlue', [x, 0, z], [x, tiers[1]! + 0.15, z], 0.22, 'z');
    for (const y of tiers) beam(p, 'paintBlue', [x, y - 0.1, z0 - 0.15], [x, y - 0.1, z1 + 0.15], 0.16, 0.2);
    // knee braces
    beam(p, 'paintBlue', [x, tiers[0]! - 0.7, z0], [x, tiers[0]! - 0.2, z0 + 0.5], 0.08);
    beam(p, 'paintBlue', [x, tiers[0]! - 0.7, z1], [x, tiers[0]! - 0.2, z1 - 0.5], 0.08);
    aabb(p, 'concrete', [x - 0.3, 0, z0 - 0.3], [x + 0.3, 0.15, z0 + 0.3]);
    aabb(p, 'concrete', [x - 0.3, 0, z1 - 0.3], [x + 0.3, 0.15, z1 + 0.3]);
  }
  const xa = xs[0]!;
  const xb = xs[xs.length - 1]!;
  for (const z of [z0, z1]) {
    beam(p, 'paintBlue', [xa, tiers[1]! + 0.05, z], [xb, tiers[1]! + 0.05, z], 0.14, 0.2);
    for (let i = 0; i + 1 < xs.length; i++) beam(p, 'paintBlue', [xs[i]!, 1.0, z], [xs[i + 1]!, tiers[0]! - 0.2, z], 0.07);
  }
  // pipes: [tier, z, radius, material]; run from the west end out through the open east side
  const lines: [number, number, number, MatId][] = [
    [0, 0.85, 0.14, 'cladding'], // steam (insulated)
    [0, 1.25, 0.06, 'stainless'], // condensate
    [0, 1.6, 0.09, 'paintGreen'], // process water
    [0, 2.05, 0.11, 'paintBlue'], // cooling water supply
    [1, 0.85, 0.05, 'paintBlue'], // compressed air
    [1, 1.25, 0.1, 'paintRed'], // fire water
    [1, 2.15, 0.07, 'stainless'], // process line
  ];
  for (const [tier, z, r, m] of lines) {
    const y = tiers[tier]! + r;
    const x0 = -18.6;
    tube(p, m, [x0, y, z], [xEnd + 0.5, y, z], r, SEG.pipe, 'none');
    cylinder(p, m, frameAlong([x0 - 0.06, y, z], [1, 0, 0]), r * 1.5, 0, 0.06, SEG.pipe);
  }
  // cable tray on the upper tier
  beam(p, 'grating', [xa - 1.5, tiers[1]! + 0.08, 1.7], [xEnd + 0.5, tiers[1]! + 0.08, 1.7], 0.5, 0.04);
  // branches down to the equipment
  const steamY = tiers[0]! + 0.14;
  pipeRun(p, 'cladding', [[POS.reactor[0], steamY, 0.85], [POS.reactor[0], 6.4, 0.85], [POS.reactor[0], 6.4, -6.0], [POS.reactor[0], 4.0, -6.0], [POS.reactor[0], 4.0, -6.2]], 0.07, SEG.pipe, 0.25);
  for (const dx of [-1.6, -0.6]) {
    const x = POS.steamExplosion[0] + dx;
    pipeRun(p, 'cladding', [[x, steamY, 0.85], [x, 6.2, 0.85], [x, 6.2, -7.5], [x, 5.1, -7.5]], 0.06, SEG.pipe, 0.22);
  }
  // slurry from the flash cyclone to fermenter 1
  const cyc: V3 = add(POS.steamExplosion, [2.5, 0, 0]);
  const f1 = POS.fermenters[0]!;
  pipeRun(p, 'stainless', [[cyc[0], 0.55, cyc[2]], [cyc[0], 0.3, cyc[2]], [-4.4, 0.3, cyc[2]], [-4.4, 6.9, cyc[2]], [f1[0] - 0.6, 6.9, f1[2]], [f1[0] - 0.6, 6.25, f1[2]]], 0.08, SEG.pipe, 0.25);
  // transfers between the fermenters along the top
  for (let i = 0; i + 1 < POS.fermenters.length; i++) {
    const a = POS.fermenters[i]!;
    const b = POS.fermenters[i + 1]!;
    pipeRun(p, 'stainless', [[a[0] - 0.3, 6.25, a[2] + 0.6], [a[0] - 0.3, 6.75, a[2] + 0.6], [b[0] - 0.6, 6.75, b[2] + 0.6], [b[0] - 0.6, 6.2, b[2] + 0.6]], 0.05, SEG.pipe, 0.18);
  }
  // cooling water to the fermenter jackets
  for (const fp of POS.fermenters) {
    const x = fp[0] + 0.5;
    pipeRun(p, 'paintBlue', [[x, tiers[0]! + 0.11, 2.05], [x, 3.9, 2.05], [x, 3.9, fp[2] + 1.6], [x, 3.9, fp[2] + 1.2]], 0.05, SEG.pipe, 0.18);
  }
  // to the storage tanks and the column
  pipeRun(p, 'stainless', [[14.2, tiers[1]! + 0.07, 2.15], [14.2, 4.9, 2.15], [14.2, 4.9, -9.2], [15.0, 4.9, -9.2]], 0.07, SEG.pipe, 0.22);
  pipeRun(p, 'stainless', [[9.4, tiers[1]! + 0.07, 2.15], [9.4, 6.0, 2.15], [9.4, 6.0, 7.0], [POS.column[0] - 0.45, 6.0, 7.0]], 0.06, SEG.pipe, 0.2);
  return p;
}

export function buildPlatform(): Part[] {
  const { x0, x1, z0, zMid, z1, y1, y2, landingX1 } = PLATFORM;
  const lvl1 = new Part('platform-level-1');
  const lvl2 = new Part('platform-level-2');
  const stairs1 = new Part('stairs-1');
  const stairs2 = new Part('stairs-2');
  const colXs = [x0, 1.5, 6, x1];
  // level 1 deck, edge beams, columns
  aabb(lvl1, 'grating', [x0, y1 - 0.05, z0], [x1, y1, z1]);
  for (const z of [z0, z1]) beam(lvl1, 'steelGrey', [x0, y1 - 0.15, z], [x1, y1 - 0.15, z], 0.1, 0.2);
  for (const x of colXs) {
    beam(lvl1, 'steelGrey', [x, y1 - 0.15, z0], [x, y1 - 0.15, z1], 0.1, 0.2);
    hBeam(lvl1, 'steelGrey', [x, 0, z1], [x, y1 - 0.05, z1], 0.16, 'x');
    hBeam(lvl1, 'steelGrey', [x, 0, z0], [x, y2 - 0.05, z0], 0.16, 'x');
    aabb(lvl1, 'steelGrey', [x - 0.15, 0, z1 - 0.15], [x + 0.15, 0.02, z1 + 0.15]);
    aabb(lvl1, 'steelGrey', [x - 0.15, 0, z0 - 0.15], [x + 0.15, 0.02, z0 + 0.15]);
  }
  for (let i = 0; i + 1 < colXs.length; i++) beam(lvl1, 'steelGrey', [colXs[i]!, 0.3, z1], [colXs[i + 1]!, y1 - 0.3, z1], 0.06);
  // level 1 railings (gap at the east end for stairs-1)
  railing(lvl1, [x0, y1, z1], [x1, y1, z1]);
  railing(lvl1, [x0, y1, z0], [x0, y1, z1]);
  railing(lvl1, [x1, y1, z0], [x1, y1, -4.95]);
  railing(lvl1, [x1, y1, -3.85], [x1, y1, z1]);
  // level 2 catwalk + landing at the west end
  aabb(lvl2, 'grating', [x0, y2 - 0.05, z0], [x1, y2, zMid]);
  aabb(lvl2, 'grating', [x0, y2 - 0.05, zMid], [landingX1, y2, z1]);
  for (const z of [z0, zMid]) beam(lvl2, 'steelGrey', [x0, y2 - 0.15, z], [x1, y2 - 0.15, z], 0.1, 0.2);
  beam(lvl2, 'steelGrey', [x0, y2 - 0.15, z1], [landingX1, y2 - 0.15, z1], 0.1, 0.2);
  for (const x of colXs) {
    beam(lvl2, 'steelGrey', [x, y2 - 0.15, z0], [x, y2 - 0.15, zMid], 0.1, 0.2);
    hBeam(lvl2, 'steelGrey', [x, y1, zMid], [x, y2 - 0.05, zMid], 0.14, 'x');
  }
  for (const x of [x0, landingX1]) hBeam(lvl2, 'steelGrey', [x, y1, z1], [x, y2 - 0.05, z1], 0.14, 'x');
  railing(lvl2, [landingX1, y2, zMid], [x1, y2, zMid]);
  railing(lvl2, [x1, y2, z0], [x1, y2, zMid]);
  railing(lvl2, [x0, y2, z0], [x0, y2, z1]);
  railing(lvl2, [x0, y2, z1], [landingX1, y2, z1]);
  // short bridges over to the fermenter tops
  for (const fp of POS.fermenters) {
    aabb(lvl2, 'grating', [fp[0] - 0.4, y2 - 0.05, fp[2] + 0.6], [fp[0] + 0.4, y2, z0]);
    railing(lvl2, [fp[0] - 0.4, y2, fp[2] + 1.1], [fp[0] - 0.4, y2, z0]);
    railing(lvl2, [fp[0] + 0.4, y2, fp[2] + 1.1], [fp[0] + 0.4, y2, z0]);
  }
  // stairs-1: floor → level 1 along -x at the east end; stairs-2: level 1 → level 2 landing along -x
  const n1 = 14;
  const g1 = 0.25;
  stair(stairs1, [x1 + (n1 - 1) * g1, 0, -4.4], [-1, 0, 0], 0.9, n1, y1 / n1, g1);
  const n2 = 13;
  const g2 = 0.22;
  stair(stairs2, [landingX1 + (n2 - 1) * g2, y1, -4.1], [-1, 0, 0], 0.9, n2, (y2 - y1) / n2, g2);
  return [lvl1, lvl2, stairs1, stairs2];
}

export function buildControlRoom(): Part {
  const p = new Part('control-room', POS.controlRoom);
  const hx = 3.5;
  const hz = 2.5;
  const H = 3.2;
  const t = 0.15;
  const w0 = 1.0;
  const w1 = 2.3;
  // floor slab, roof, AC unit
  aabb(p, 'concrete', [-hx, 0, -hz], [hx, 0.1, hz]);
  aabb(p, 'whitePanel', [-hx - 0.1, H, -hz - 0.1], [hx + 0.1, H + 0.25, hz + 0.1]);
  aabb(p, 'steelGrey', [-1.8, H + 0.25, -0.6], [-0.4, H + 1.0, 0.6]);
  cylinder(p, 'darkSteel', frameAt([-1.1, 0, 0]), 0.45, H + 1.0, H + 1.05, 32);
  // a wall along one side: solid below and above the window band, mullions, glass
  const wall = (along: 'x' | 'z', fixed: number, a0: number, a1: number, windows: boolean, door?: [number, number]) => {
    const at = (u: number, y: number, o: number): V3 => (along === 'x' ? [u, y, fixed + o] : [fixed + o, y, u]);
    const slab = (u0: number, u1: number, y0: number, y1: number, m: MatId, th = t) => aabb(p, m, at(u0, y0, -th / 2), at(u1, y1, th / 2));
    if (!windows) return slab(a0, a1, 0, H, 'whitePanel');
    const segs: [number, number][] = door ? [[a0, door[0]], [door[1], a1]] : [[a0, a1]];
    for (const [u0, u1] of segs) {
      slab(u0, u1, 0, w0, 'whitePanel');
      slab(u0, u1, w1, H, 'whitePanel');
      const n = Math.max(1, Math.round((u1 - u0) / 1.2));
      for (let i = 0; i <= n; i++) {
        const u = u0 + ((u1 - u0) * i) / n;
        slab(u - 0.04, u + 0.04, w0, w1, 'darkSteel', t + 0.02);
      }
      slab(u0, u1, w0 - 0.04, w0, 'darkSteel', t + 0.04);
      slab(u0, u1, w0, w1, 'glass', 0.02);
    }
    if (door) {
      slab(door[0], door[1], 2.1, H, 'whitePanel');
      slab(door[0], door[1], 0.1, 2.1, 'steelGrey', 0.06);
      slab(door[0] - 0.05, door[0], 0, 2.1, 'darkSteel', t + 0.02);
      slab(door[1], door[1] + 0.05, 0, 2.1, 'darkSteel', t + 0.02);
      aabb(p, 'stainless', at(door[1] - 0.25, 1.0, 0.04), at(door[1] - 0.1, 1.05, 0.09));
    }
  };
  wall('x', -hz, -hx, hx, true, [2.3, 3.2]); // north, towards the process line, with the door
  wall('x', hz, -hx, hx, true); // south
  wall('z', hx, -hz + t / 2, hz - t / 2, true); // east
  wall('z', -hx, -hz + t / 2, hz - t / 2, false); // west, against the hall wall
  // operator desk with screens facing the process (north)
  aabb(p, 'darkSteel', [-2.4, 0.1, -1.6], [1.6, 0.78, -0.9]);
  aabb(p, 'whitePanel', [-2.45, 0.78, -1.65], [1.65, 0.82, -0.85]);
  for (let i = 0; i < 5; i++) {
    const x = -2.0 + i * 0.8;
    aabb(p, 'darkSteel', [x - 0.03, 0.82, -1.35], [x + 0.03, 1.05, -1.3]);
    box(p, 'darkSteel', frameAt([x, 1.3, -1.33], 180), 0.7, 0.42, 0.04);
    box(p, 'screen', frameAt([x, 1.3, -1.305], 180), 0.66, 0.38, 0.01);
  }
  // large overview screen on the west wall
  box(p, 'darkSteel', frameAt([-hx + 0.12, 2.0, 0], 90), 2.2, 1.1, 0.05);
  box(p, 'screen', frameAt([-hx + 0.15, 2.0, 0], 90), 2.1, 1.0, 0.01);
  // chairs
  for (const x of [-1.5, 0.3]) {
    cylinder(p, 'darkSteel', frameAt([x, 0, -0.4]), 0.3, 0.1, 0.14, 16);
    cylinder(p, 'darkSteel', frameAt([x, 0, -0.4]), 0.03, 0.14, 0.48, 8);
    aabb(p, 'paintBlue', [x - 0.25, 0.48, -0.65], [x + 0.25, 0.56, -0.15]);
    aabb(p, 'paintBlue', [x - 0.23, 0.56, -0.15], [x + 0.23, 1.05, -0.09]);
  }
  // cabinet row
  aabb(p, 'steelGrey', [-hx + 0.1, 0.1, 1.4], [-0.5, 2.0, hz - 0.1]);
  return p;
}

/** A few intermediate bulk containers (IBC totes) waiting at the south side. */
export function buildIbcs(): Part {
  const p = new Part('ibc-totes', POS.ibc);
  const spots: V3[] = [
    [-1.0, 0, -0.4],
    [0.2, 0, -0.4],
    [1.4, 0, -0.4],
    [-1.0, 0, 0.8],
    [0.2, 0, 0.8],
  ];
  for (const s of spots) {
    aabb(p, 'darkSteel', add(s, [-0.5, 0, -0.6]), add(s, [0.5, 0.15, 0.6]));
    aabb(p, 'whitePanel', add(s, [-0.45, 0.15, -0.55]), add(s, [0.45, 1.1, 0.55]));
    for (const dx of [-0.5, 0, 0.5]) {
      aabb(p, 'stainless', add(s, [dx - 0.015, 0.15, -0.57]), add(s, [dx + 0.015, 1.15, -0.55]));
      aabb(p, 'stainless', add(s, [dx - 0.015, 0.15, 0.55]), add(s, [dx + 0.015, 1.15, 0.57]));
    }
    for (const y of [0.45, 0.8, 1.15]) {
      aabb(p, 'stainless', add(s, [-0.5, y - 0.015, -0.57]), add(s, [0.5, y + 0.015, -0.55]));
      aabb(p, 'stainless', add(s, [-0.5, y - 0.015, 0.55]), add(s, [0.5, y + 0.015, 0.57]));
    }
    cylinder(p, 'darkSteel', frameAt(s), 0.08, 1.1, 1.17, 16);
  }
  return p;
}

export interface Group {
  name: string;
  parts: Part[];
}
