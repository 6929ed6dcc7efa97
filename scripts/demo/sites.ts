/**
 * Small dioramas of the Northern Sweden tour's stops: simplified, illustrative
 * massing models (a few thousand triangles each), built with the same mesh
 * builders as the pilot hall. Metres, y up, -Z is north; each site sits on a
 * square plate of ground.
 */
import { type V3, frameAt } from './vec';
import { type MatId } from './materials';
import { Part, aabb, beam, cylinder, lathe, tube } from './mesh';
import { type Group } from './structures';

/** A site model: its parts, and where its start camera stands. */
export interface Site {
  id: string;
  groups: Group[];
  camera: { position: V3; target: V3; fov: number };
}

/** A square plate of ground `2 × half` wide; the sea, when given, covers it north of `water.z0`. */
function ground(half: number, water?: { z0: number }): Part {
  const p = new Part('ground');
  aabb(p, 'grass', [-half, -2, water ? water.z0 : -half], [half, 0, half]);
  if (water) aabb(p, 'water', [-half, -2, -half], [half, -0.4, water.z0]);
  return p;
}

/** A box building with a flat roof slab. */
function building(p: Part, at: V3, size: V3, wall: MatId = 'wallPanel', roof: MatId = 'roofDark'): void {
  const [x, , z] = at;
  const [sx, sy, sz] = size;
  aabb(p, wall, [x - sx / 2, 0, z - sz / 2], [x + sx / 2, sy, z + sz / 2]);
  aabb(p, roof, [x - sx / 2 - 0.3, sy, z - sz / 2 - 0.3], [x + sx / 2 + 0.3, sy + 0.6, z + sz / 2 + 0.3]);
}

function road(p: Part, a: [number, number], b: [number, number], width: number): void {
  beam(p, 'asphalt', [a[0], 0.05, a[1]], [b[0], 0.05, b[1]], width, 0.1);
}

function trees(name: string, spots: [number, number][], height = 12): Part {
  const p = new Part(name);
  for (const [x, z] of spots) {
    const f = frameAt([x, 0, z]);
    cylinder(p, 'timber', f, 0.35, 0, height * 0.3, 8, 'none');
    lathe(p, 'paintGreen', f, [[height * 0.22, height * 0.25], [0, height]], 10, false);
  }
  return p;
}

/** A deterministic scatter of points in a ring (no Math.random: same bytes every run). */
function scatter(n: number, r0: number, r1: number, seed: number, keepOut: (x: number, z: number) => boolean): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; out.length < n && i < n * 20; i++) {
    const a = (i * 2.399963 + seed) % (Math.PI * 2);
    const t = ((i * 0.618034 + seed * 0.1) % 1 + 1) % 1;
    const r = r0 + (r1 - r0) * t;
    const x = Math.cos(a) * r;
    const z = Math.sin(a) * r;
    if (!keepOut(x, z)) out.push([Math.round(x * 10) / 10, Math.round(z * 10) / 10]);
  }
  return out;
}

function chimney(p: Part, at: V3, r: number, h: number): void {
  cylinder(p, 'concrete', frameAt(at), r, 0, h, 24);
  cylinder(p, 'paintRed', frameAt(at), r * 1.02, h - 6, h - 3, 24, 'none');
}

/** A lattice pylon with a crossarm; returns the three conductor attachment points. */
function pylon(p: Part, at: V3, h: number, yawDeg: number): V3[] {
  const f = frameAt(at, yawDeg);
  const w = 3;
  const local = (x: number, y: number, z: number): V3 => [at[0] + f.x[0] * x + f.z[0] * z, y, at[2] + f.x[2] * x + f.z[2] * z];
  for (const sx of [-1, 1]) for (const sz of [-1, 1]) beam(p, 'grating', local(sx * w, 0, sz * w), local(sx * 0.8, h, sz * 0.8), 0.35);
  beam(p, 'grating', local(-9, h, 0), local(9, h, 0), 0.6, 0.8);
  return [local(-8, h - 1, 0), local(0, h + 3, 0), local(8, h - 1, 0)];
}

function powerLine(p: Part, from: V3, to: V3, n: number, h: number): void {
  const yaw = (Math.atan2(to[0] - from[0], -(to[2] - from[2])) * 180) / Math.PI + 90;
  const tops: V3[][] = [];
  for (let i = 0; i < n; i++) {
    const t = i / (n - 1);
    tops.push(pylon(p, [from[0] + (to[0] - from[0]) * t, 0, from[2] + (to[2] - from[2]) * t], h, yaw));
  }
  for (let i = 0; i + 1 < n; i++) for (let k = 0; k < 3; k++) tube(p, 'darkSteel', tops[i]![k]!, tops[i + 1]![k]!, 0.12, 6, 'none');
}

/** Umeå: an industrial area on the city's edge (Klockarbäcken), a power line and a combined heat and power plant. */
export function umeaSite(): Site {
  const roads = new Part('roads');
  road(roads, [-240, 70], [240, 70], 14);
  road(roads, [-20, 70], [-20, -200], 9);
  road(roads, [-20, -20], [150, -20], 8);
  const factory = new Part('factory-hall');
  building(factory, [-90, 0, -40], [130, 16, 70], 'wallPanel', 'roofDark');
  aabb(factory, 'paintYellow', [-155.5, 2, -60], [-154.9, 12, -20]);
  const halls = new Part('industrial-halls');
  building(halls, [40, 0, -60], [60, 11, 36], 'whitePanel');
  building(halls, [45, 0, 20], [50, 9, 30], 'steelGrey');
  building(halls, [-90, 0, 35], [40, 8, 24], 'whitePanel');
  const chp = new Part('chp-plant');
  building(chp, [130, 0, 25], [42, 34, 30], 'whitePanel', 'roofDark');
  building(chp, [165, 0, 25], [26, 18, 40], 'steelGrey');
  chimney(chp, [118, 0, 48], 3, 90);
  const grid = new Part('power-line');
  powerLine(grid, [230, 0, -190], [60, 0, -110], 5, 32);
  building(grid, [40, 0, -110], [24, 4, 16], 'steelGrey', 'grating');
  const forest = trees('forest', scatter(90, 150, 235, 1, (x, z) => Math.abs(z - 70) < 14 || (x > 40 && z < -80 && z > -200 && x < 240 && Math.abs(z + 110 - (x - 60) * -0.47) < 18)));
  return {
    id: 'umea',
    groups: [
      { name: 'site', parts: [ground(250), roads, forest] },
      { name: 'klockarbacken', parts: [factory, halls] },
      { name: 'umea-energi', parts: [chp, grid] },
    ],
    camera: { position: [210, 170, 260], target: [10, 0, -10], fov: 45 },
  };
}

/** Skellefteå centre: a 20-storey timber tower on a four-storey culture centre, among town blocks. */
export function saraSite(): Site {
  const base = new Part('sara-culture-centre');
  // four storeys (about 20 m): glass ground floor, timber frame above
  aabb(base, 'glass', [-38, 0, -22], [38, 5, 22]);
  aabb(base, 'timber', [-38, 5, -22], [38, 20, 22]);
  for (let x = -36; x <= 36; x += 6) aabb(base, 'glass', [x - 1.8, 7, 22], [x + 1.8, 18, 22.2]);
  for (let x = -36; x <= 36; x += 6) aabb(base, 'glass', [x - 1.8, 7, -22.2], [x + 1.8, 18, -22]);
  const tower = new Part('sara-hotel-tower');
  // sixteen hotel storeys of stacked timber modules: glass bands between timber floor edges, to about 80 m
  for (let i = 0; i < 16; i++) {
    const y = 20 + i * 3.7;
    aabb(tower, 'timber', [8, y, -14], [36, y + 1.2, 10]);
    aabb(tower, 'glass', [8.3, y + 1.2, -13.7], [35.7, y + 3.7, 9.7]);
  }
  aabb(tower, 'timber', [8, 79.2, -14], [36, 80, 10]);
  const town = new Part('town-blocks');
  const blocks: [number, number, number][] = [
    [-90, -60, 14], [-90, 10, 18], [-90, 70, 12], [70, -70, 16], [75, 0, 22], [70, 70, 12], [0, 80, 15], [-20, -80, 20],
  ];
  for (const [x, z, h] of blocks) building(town, [x, 0, z], [40, h, 36], x < 0 ? 'brick' : 'whitePanel');
  const streets = new Part('streets');
  road(streets, [-140, 42], [140, 42], 10);
  road(streets, [-55, -140], [-55, 140], 10);
  road(streets, [45, -140], [45, 140], 10);
  const river = new Part('skellefte-river');
  aabb(river, 'water', [-150, 0, 115], [150, 0.05, 140]);
  return {
    id: 'sara-kulturhus',
    groups: [
      { name: 'site', parts: [ground(150), streets, town, river, trees('trees', scatter(30, 95, 140, 2, (_x, z) => z > 100 || Math.abs(z - 42) < 8))] },
      { name: 'sara-kulturhus', parts: [base, tower] },
    ],
    camera: { position: [-110, 95, 150], target: [5, 35, 0], fov: 45 },
  };
}

/** A battery cell factory: long production halls in the forest, with a substation. */
export function northvoltSite(): Site {
  const halls = new Part('production-halls');
  for (let i = 0; i < 4; i++) building(halls, [-30, 0, -120 + i * 62], [320, i === 0 ? 26 : 20, 48], 'wallPanel', 'roofDark');
  const process = new Part('process-buildings');
  building(process, [170, 0, -80], [50, 34, 50], 'whitePanel');
  building(process, [170, 0, 0], [40, 18, 60], 'steelGrey');
  for (let i = 0; i < 4; i++) cylinder(process, 'stainless', frameAt([210, 0, -110 + i * 14]), 5, 0, 16, 24);
  const grid = new Part('substation');
  building(grid, [170, 0, 90], [40, 4, 30], 'steelGrey', 'grating');
  powerLine(grid, [290, 0, 200], [190, 0, 100], 3, 30);
  const roads = new Part('roads');
  road(roads, [-220, 120], [260, 120], 12);
  return {
    id: 'northvolt-ett',
    groups: [
      { name: 'site', parts: [ground(300), roads, trees('forest', scatter(140, 220, 295, 3, (x, z) => Math.abs(z - 120) < 12 || (x > 170 && z > 90)), 16)] },
      { name: 'northvolt-ett', parts: [halls, process, grid] },
    ],
    camera: { position: [-300, 200, 300], target: [0, 0, -20], fov: 45 },
  };
}

/** A copper smelter on a peninsula: smelter halls, a tall stack, the leaching plant, a quay, and the ramp to a deep repository. */
export function ronnskarSite(): Site {
  const smelter = new Part('smelter');
  building(smelter, [-40, 0, -10], [90, 30, 40], 'steelGrey', 'roofDark');
  building(smelter, [30, 0, -30], [50, 40, 30], 'wallPanel', 'roofDark');
  chimney(smelter, [0, 0, -60], 5, 120);
  const recycling = new Part('electronics-recycling');
  building(recycling, [-40, 0, 50], [70, 22, 36], 'paintBlue', 'roofDark');
  const leaching = new Part('leaching-plant');
  building(leaching, [70, 0, 45], [40, 16, 30], 'whitePanel');
  for (let i = 0; i < 5; i++) cylinder(leaching, 'paintGreen', frameAt([100 + (i % 2) * 12, 0, 25 + i * 9]), 4.5, 0, 12, 24);
  const quay = new Part('quay');
  aabb(quay, 'concrete', [-130, 0, -125], [40, 2, -105]);
  aabb(quay, 'paintRed', [-110, 0.5, -150], [-40, 8, -133]);
  aabb(quay, 'whitePanel', [-55, 8, -148], [-42, 16, -135]);
  const repository = new Part('repository-ramp');
  // a rock mound with the portal of the ramp that leads some 330 m down
  lathe(repository, 'concrete', frameAt([-130, 0, 120]), [[40, 0], [26, 14], [0, 18]], 32, true);
  aabb(repository, 'darkSteel', [-96, 0, 116], [-90, 7, 124]);
  road(repository, [-90, 120], [-40, 70], 7);
  return {
    id: 'ronnskar',
    groups: [
      { name: 'site', parts: [ground(200, { z0: -105 }), quay] },
      { name: 'ronnskar', parts: [smelter, recycling, leaching, repository] },
    ],
    camera: { position: [270, 200, 250], target: [-10, 20, 0], fov: 45 },
  };
}

/** Örnsköldsvik: a town on a bay below forested hills, and the pilot hall of the biorefinery cluster. */
export function ornskoldsvikSite(): Site {
  const town = new Part('town');
  const houses: [number, number, number][] = [];
  for (let i = 0; i < 5; i++) for (let j = 0; j < 3; j++) houses.push([-90 + i * 32, -20 + j * 30, 10 + ((i * 3 + j * 5) % 4) * 5]);
  for (const [x, z, h] of houses) building(town, [x, 0, z], [22, h, 20], (x + z) % 3 === 0 ? 'brick' : 'whitePanel');
  const hall = new Part('pilot-hall');
  building(hall, [110, 0, 40], [40, 12, 24], 'wallPanel', 'roofDark');
  aabb(hall, 'glass', [90, 7, 52], [130, 10, 52.2]);
  const hills = new Part('hills');
  lathe(hills, 'grass', frameAt([-148, 0, 40]), [[32, 0], [20, 22], [0, 32]], 32, true);
  const roads = new Part('roads');
  road(roads, [-160, 60], [160, 60], 10);
  road(roads, [80, 60], [110, 28], 6);
  return {
    id: 'ornskoldsvik',
    groups: [
      { name: 'site', parts: [ground(180, { z0: -70 }), roads, hills, trees('forest', scatter(80, 60, 175, 4, (x, z) => z < -60 || Math.abs(z - 60) < 10 || (x > 80 && z > 20 && z < 60) || (x > -110 && x < 60 && z > -35 && z < 55)))] },
      { name: 'ornskoldsvik', parts: [town, hall] },
    ],
    camera: { position: [190, 140, 200], target: [0, 5, 0], fov: 45 },
  };
}

export const SITES = [umeaSite, saraSite, northvoltSite, ronnskarSite, ornskoldsvikSite];
