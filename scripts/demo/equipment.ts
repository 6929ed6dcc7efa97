/** Process equipment: hopper, screw feeder, pretreatment reactor, steam explosion unit, fermenters, tanks, heat exchanger, pumps, distillation column. */
import { DEG, UP, type V3, add, frameAlong, frameAt, madd, mul, sub } from './vec';
import { Part, aabb, beam, box, cylinder, handwheel, headProfile, ladder, lathe, nozzle, pipeRun, ring, torus, tube } from './mesh';
import { POS, SEG } from './building';

export function buildHopper(): Part {
  const p = new Part('biomass-hopper', POS.hopper);
  const f = frameAt([0, 0, 0]);
  cylinder(p, 'paintGreen', f, 1.1, 4.0, 5.2, SEG.vessel, 'top');
  lathe(p, 'paintGreen', f, [[0.25, 2.2], [1.1, 4.0]], SEG.vessel, false);
  cylinder(p, 'paintGreen', f, 0.25, 1.8, 2.2, 24, 'bottom');
  ring(p, 'paintGreen', f, 1.1, 1.16, 5.1, 5.2, SEG.vessel);
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const x = Math.cos(a) * 1.0;
    const z = Math.sin(a) * 1.0;
    aabb(p, 'steelGrey', [x - 0.08, 0, z - 0.08], [x + 0.08, 4.6, z + 0.08]);
  }
  for (const y of [1.2, 3.8]) {
    beam(p, 'steelGrey', [-0.71, y, -0.71], [0.71, y, -0.71], 0.08);
    beam(p, 'steelGrey', [-0.71, y, 0.71], [0.71, y, 0.71], 0.08);
    beam(p, 'steelGrey', [-0.71, y, -0.71], [-0.71, y, 0.71], 0.08);
    beam(p, 'steelGrey', [0.71, y, -0.71], [0.71, y, 0.71], 0.08);
  }
  return p;
}

/** Screw feeder from the hopper outlet up to the top of the pretreatment reactor. */
export function buildScrewFeeder(): Part {
  const p = new Part('screw-feeder');
  const a: V3 = [POS.hopper[0], 1.55, POS.hopper[2]];
  const b: V3 = [-16.2, 1.55, POS.hopper[2]];
  const c: V3 = [-14.35, 7.3, -7.6];
  tube(p, 'paintBlue', add(a, [-0.3, 0, 0]), b, 0.2, 24);
  tube(p, 'paintBlue', add(b, [0.05, -0.2, 0]), c, 0.22, 24);
  cylinder(p, 'paintBlue', frameAt(add(c, [0, -0.9, 0])), 0.16, 0.0, 0.8, 24, 'both');
  aabb(p, 'paintBlue', add(c, [-0.25, 0.05, -0.25]), add(c, [0.35, 0.5, 0.25]));
  cylinder(p, 'paintBlue', frameAlong(add(c, [0.35, 0.27, 0]), [1, 0, 0]), 0.16, 0, 0.45, 24);
  cylinder(p, 'paintBlue', frameAlong(add(a, [-0.3, 0, 0]), [-1, 0, 0]), 0.15, 0, 0.5, 24);
  // support legs
  for (const t of [0.35, 0.7]) {
    const q = madd(b, sub(c, b), t);
    aabb(p, 'steelGrey', [q[0] - 0.06, 0, q[2] - 0.25], [q[0] + 0.06, q[1] - 0.2, q[2] - 0.13]);
    aabb(p, 'steelGrey', [q[0] - 0.06, 0, q[2] + 0.13], [q[0] + 0.06, q[1] - 0.2, q[2] + 0.25]);
  }
  return p;
}

export function buildPretreatmentReactor(): Part {
  const p = new Part('pretreatment-reactor', POS.reactor);
  const f = frameAt([0, 0, 0]);
  const R = 1.0;
  lathe(p, 'stainless', f, [[0.15, 1.0], [R, 2.0]], SEG.vessel, false); // conical bottom
  cylinder(p, 'cladding', f, R, 2.0, 6.0, SEG.vessel, 'none');
  lathe(p, 'stainless', f, headProfile(R, 6.0, true), SEG.vessel);
  for (const y of [2.0, 3.35, 4.7, 5.95]) ring(p, 'stainless', f, R, R + 0.035, y, y + 0.05, SEG.vessel);
  cylinder(p, 'stainless', f, 0.15, 0.55, 1.0, 24, 'bottom');
  ring(p, 'stainless', f, 0.15, 0.26, 0.55, 0.61, 24);
  // legs on lugs
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const q: V3 = [Math.cos(a) * (R + 0.12), 0, Math.sin(a) * (R + 0.12)];
    aabb(p, 'steelGrey', add(q, [-0.09, 0, -0.09]), add(q, [0.09, 3.2, 0.09]));
    aabb(p, 'steelGrey', add(q, [-0.16, 0, -0.16]), add(q, [0.16, 0.02, 0.16]));
    box(p, 'steelGrey', frameAt(add(mul(q, 0.93), [0, 3.05, 0]), -a / DEG), 0.3, 0.3, 0.22);
  }
  // nozzles: manway, feed, steam inlets, vent, instruments
  nozzle(p, 'stainless', [0.45, 6.35, 0.2], UP, 0.26, 0.45, 32);
  nozzle(p, 'stainless', [-0.35, 6.4, -0.1], UP, 0.16, 0.55);
  nozzle(p, 'stainless', [0, 4.0, R - 0.05], [0, 0, 1], 0.08, 0.3);
  nozzle(p, 'stainless', [R - 0.05, 2.6, 0], [1, 0, 0], 0.06, 0.3);
  nozzle(p, 'stainless', [-(R - 0.05), 5.2, 0], [-1, 0, 0], 0.05, 0.25);
  nozzle(p, 'stainless', [0.0, 3.0, R - 0.05], [0, 0, 1], 0.04, 0.22);
  nozzle(p, 'stainless', [0.0, 5.3, R - 0.05], [0, 0, 1], 0.04, 0.22);
  handwheel(p, [0, 0.42, 0], UP, 0.14);
  // discharge line from the bottom towards the steam explosion unit
  pipeRun(p, 'stainless', [[0, 0.55, 0], [0, 0.35, 0], [2.2, 0.35, 0], [2.2, 3.6, 0], [3.2, 3.6, 0]], 0.08, SEG.pipe, 0.25);
  return p;
}

/** Tubular steam reactor with plug screw feeder, blow valve and flash cyclone. */
export function buildSteamExplosion(): Part {
  const p = new Part('steam-explosion-unit', POS.steamExplosion);
  // support frame
  const legs: V3[] = [
    [-2.9, 0, -0.6],
    [-2.9, 0, 0.6],
    [0.6, 0, -0.6],
    [0.6, 0, 0.6],
  ];
  for (const q of legs) {
    aabb(p, 'paintBlue', add(q, [-0.08, 0, -0.08]), add(q, [0.08, 4.0, 0.08]));
    aabb(p, 'paintBlue', add(q, [-0.15, 0, -0.15]), add(q, [0.15, 0.02, 0.15]));
  }
  for (const y of [1.4, 3.95]) {
    beam(p, 'paintBlue', [-2.9, y, -0.6], [0.6, y, -0.6], 0.12, 0.16);
    beam(p, 'paintBlue', [-2.9, y, 0.6], [0.6, y, 0.6], 0.12, 0.16);
    beam(p, 'paintBlue', [-2.9, y, -0.6], [-2.9, y, 0.6], 0.12, 0.16);
    beam(p, 'paintBlue', [0.6, y, -0.6], [0.6, y, 0.6], 0.12, 0.16);
  }
  beam(p, 'paintBlue', [-2.9, 1.4, -0.6], [0.6, 3.95, -0.6], 0.08);
  beam(p, 'paintBlue', [-2.9, 1.4, 0.6], [0.6, 3.95, 0.6], 0.08);
  aabb(p, 'grating', [-2.95, 4.03, -0.65], [0.65, 4.07, 0.65]);
  // tubular reactor (axis x) with flanged ends, on saddles
  const axis = frameAlong([-2.7, 4.55, 0], [1, 0, 0]);
  cylinder(p, 'stainless', axis, 0.32, 0, 3.1, SEG.vessel, 'none');
  for (const y of [0, 1.0, 2.05, 3.04]) ring(p, 'stainless', axis, 0.32, 0.42, y, y + 0.06, SEG.vessel);
  lathe(p, 'stainless', axis, [[0, -0.12], [0.42, -0.12]], SEG.vessel, false);
  lathe(p, 'stainless', axis, [[0.42, 3.22], [0, 3.22]], SEG.vessel, false);
  cylinder(p, 'stainless', axis, 0.42, -0.12, 0, SEG.vessel, 'none');
  cylinder(p, 'stainless', axis, 0.42, 3.1, 3.22, SEG.vessel, 'none');
  for (const x of [-2.0, -0.3]) aabb(p, 'paintBlue', [x - 0.1, 4.07, -0.3], [x + 0.1, 4.3, 0.3]);
  // plug screw feeder with inlet chute and drive
  lathe(p, 'stainless', frameAt([-2.45, 0, 0]), [[0.18, 4.85], [0.5, 5.6], [0.5, 5.9], [0, 5.9]], 32, false);
  const drive = frameAlong([-2.82, 4.55, 0], [-1, 0, 0]);
  cylinder(p, 'paintBlue', drive, 0.25, 0, 0.45, 32);
  cylinder(p, 'paintBlue', drive, 0.2, 0.45, 1.05, 32);
  aabb(p, 'paintBlue', [-3.7, 4.07, -0.25], [-2.9, 4.15, 0.25]);
  aabb(p, 'paintBlue', [-3.75, 0, -0.2], [-3.65, 4.07, 0.2]);
  // steam inlets on top
  for (const x of [-1.6, -0.6]) nozzle(p, 'stainless', [x, 4.8, 0], UP, 0.06, 0.3);
  // blow line with blow valve into the cyclone
  pipeRun(p, 'stainless', [[0.52, 4.55, 0], [1.2, 4.55, 0], [1.2, 5.6, 0], [2.5, 5.6, 0], [2.5, 4.95, 0]], 0.1, SEG.pipe, 0.3);
  aabb(p, 'darkSteel', [1.05, 4.9, -0.18], [1.35, 5.15, 0.18]);
  cylinder(p, 'paintBlue', frameAt([1.2, 0, 0]), 0.12, 5.15, 5.45, 24);
  // flash cyclone
  const cf = frameAt([2.5, 0, 0]);
  const R = 0.9;
  lathe(p, 'stainless', cf, [[0.2, 0.95], [R, 2.2]], SEG.vessel, false);
  cylinder(p, 'stainless', cf, R, 2.2, 4.6, SEG.vessel, 'none');
  lathe(p, 'stainless', cf, headProfile(R, 4.6, true, 0.3), SEG.vessel);
  cylinder(p, 'stainless', cf, 0.2, 0.55, 0.95, 24, 'bottom');
  ring(p, 'stainless', cf, R, R + 0.16, 2.75, 2.9, SEG.vessel); // support ring on the legs
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const q: V3 = [2.5 + Math.cos(a) * (R + 0.08), 0, Math.sin(a) * (R + 0.08)];
    aabb(p, 'paintBlue', add(q, [-0.07, 0, -0.07]), add(q, [0.07, 2.9, 0.07]));
  }
  // vapour line up and to the north wall (to the condenser outside)
  pipeRun(p, 'stainless', [[2.8, 4.85, 0], [2.8, 7.6, 0], [2.8, 7.6, -4.1]], 0.14, SEG.pipe, 0.4);
  return p;
}

/** Stirred, jacketed stainless tank used for hydrolysis and fermentation. */
export function buildFermenter(name: string, at: V3): Part {
  const p = new Part(name, at);
  const f = frameAt([0, 0, 0]);
  const R = 1.3;
  lathe(p, 'stainless', f, [[0.12, 1.0], [R, 1.6]], SEG.vessel, false);
  cylinder(p, 'stainless', f, R, 1.6, 5.5, SEG.vessel, 'none');
  lathe(p, 'stainless', f, headProfile(R, 5.5, true, 0.6), SEG.vessel);
  // cooling jacket
  lathe(p, 'stainless', f, [[R, 2.0], [R + 0.04, 2.05], [R + 0.04, 4.55], [R, 4.6]], SEG.vessel, false);
  cylinder(p, 'stainless', f, 0.12, 0.7, 1.0, 24, 'bottom');
  handwheel(p, [0, 0.82, 0.25], [0, 0, 1], 0.12);
  // legs and braces
  for (let k = 0; k < 4; k++) {
    const a = (k + 0.5) * (Math.PI / 2);
    const q: V3 = [Math.cos(a) * 1.15, 0, Math.sin(a) * 1.15];
    tube(p, 'stainless', q, add(q, [0, 2.1, 0]), 0.07, 16, 'both');
    cylinder(p, 'stainless', frameAt(q), 0.14, 0, 0.02, 16);
    const qn: V3 = [Math.cos(a + Math.PI / 2) * 1.15, 0, Math.sin(a + Math.PI / 2) * 1.15];
    tube(p, 'stainless', add(q, [0, 0.45, 0]), add(qn, [0, 0.45, 0]), 0.03, 8, 'none');
  }
  // agitator drive on top
  cylinder(p, 'stainless', f, 0.3, 6.05, 6.15, 32);
  cylinder(p, 'paintBlue', f, 0.22, 6.15, 6.55, 32);
  cylinder(p, 'paintBlue', f, 0.19, 6.55, 7.15, 32);
  lathe(p, 'paintBlue', f, [[0.19, 7.15], [0.12, 7.25], [0, 7.25]], 32, false);
  aabb(p, 'paintBlue', [0.18, 6.7, -0.1], [0.34, 6.95, 0.1]);
  // manway, nozzles, sight glass, instruments
  nozzle(p, 'stainless', [0.65, 5.85, -0.25], UP, 0.25, 0.35, 32);
  nozzle(p, 'stainless', [-0.6, 5.9, 0.1], UP, 0.08, 0.35);
  nozzle(p, 'stainless', [-0.3, 5.95, 0.6], UP, 0.06, 0.3);
  nozzle(p, 'stainless', [0.0, 6.0, -0.65], UP, 0.05, 0.3);
  for (const y of [2.4, 3.3, 4.2]) nozzle(p, 'stainless', [0, y, R + 0.02], [0, 0, 1], 0.035, 0.2, 12);
  nozzle(p, 'stainless', [R * 0.7, 2.8, R * 0.7], [0.7, 0, 0.7], 0.05, 0.22);
  return p;
}

export function buildStorageTank(name: string, at: V3, R: number, H: number): Part {
  const p = new Part(name, at);
  const f = frameAt([0, 0, 0]);
  cylinder(p, 'concrete', f, R + 0.15, 0, 0.2, SEG.vessel, 'top');
  cylinder(p, 'paintGreen', f, R, 0.2, H, SEG.vessel, 'none');
  lathe(p, 'paintGreen', f, [[R, H], [R + 0.03, H], [0.25, H + 0.45], [0, H + 0.45]], SEG.vessel, false);
  for (const y of [1.6, 3.1, 4.6]) if (y < H - 0.5) ring(p, 'paintGreen', f, R, R + 0.03, y, y + 0.05, SEG.vessel);
  cylinder(p, 'paintGreen', frameAt([0.6, 0, 0.2]), 0.12, H + 0.2, H + 0.75, 24);
  lathe(p, 'paintGreen', frameAt([0.6, 0, 0.2]), [[0.2, H + 0.75], [0.2, H + 0.82], [0, H + 0.88]], 24, false);
  // roof railing ring and posts
  torus(p, 'paintYellow', f, R - 0.1, 0.025, H + 1.05, SEG.vessel, 6);
  for (let k = 0; k < 10; k++) {
    const a = (k / 10) * 2 * Math.PI;
    const q: V3 = [Math.cos(a) * (R - 0.1), H + 0.03, Math.sin(a) * (R - 0.1)];
    tube(p, 'paintYellow', q, add(q, [0, 1.02, 0]), 0.02, 6, 'none');
  }
  // caged ladder on the west side (towards the walkway)
  ladder(p, [-(R + 0.25), 0, 0], [-1, 0, 0], 0.2, H);
  // bottom nozzles with valves, level gauge
  for (const a of [150, 210]) {
    const d: V3 = [Math.cos(a * DEG), 0, Math.sin(a * DEG)];
    nozzle(p, 'paintGreen', madd([0, 0.55, 0], d, R - 0.05), d, 0.1, 0.35);
    handwheel(p, madd([0, 0.55, 0], d, R + 0.33), d, 0.14);
  }
  tube(p, 'stainless', [R * 0.71 + 0.12, 0.6, -R * 0.71 - 0.12], [R * 0.71 + 0.12, H - 0.4, -R * 0.71 - 0.12], 0.03, 12);
  return p;
}

export function buildHeatExchanger(): Part {
  const p = new Part('heat-exchanger', POS.heatExchanger);
  const y = 1.1;
  const axis = frameAlong([-2.0, y, 0], [1, 0, 0]);
  cylinder(p, 'stainless', axis, 0.35, 0, 4.0, SEG.vessel, 'none');
  cylinder(p, 'stainless', axis, 0.38, -0.45, 0, SEG.vessel, 'none');
  for (const s of [-0.5, -0.05, 3.95]) ring(p, 'stainless', axis, 0.35, 0.47, s, s + 0.1, SEG.vessel);
  // ellipsoidal heads at both ends (profile along the shell axis)
  const left = frameAlong([-2.5, y, 0], [-1, 0, 0]);
  lathe(p, 'stainless', left, headProfile(0.38, 0, true, 0.2), SEG.vessel);
  const right = frameAlong([2.05, y, 0], [1, 0, 0]);
  lathe(p, 'stainless', right, headProfile(0.35, 0, true, 0.18), SEG.vessel);
  // saddles
  for (const x of [-1.3, 1.3]) {
    aabb(p, 'steelGrey', [x - 0.12, 0, -0.32], [x + 0.12, 0.85, 0.32]);
    aabb(p, 'steelGrey', [x - 0.2, 0, -0.38], [x + 0.2, 0.04, 0.38]);
  }
  // shell-side nozzles (top) and tube-side nozzles on the channel
  nozzle(p, 'stainless', [1.5, y + 0.3, 0], UP, 0.09, 0.35);
  nozzle(p, 'stainless', [-1.5, y - 0.3, 0], [0, -1, 0], 0.09, 0.3);
  nozzle(p, 'stainless', [-2.25, y + 0.33, 0], UP, 0.08, 0.3);
  nozzle(p, 'stainless', [-2.25, y, 0.33], [0, 0, 1], 0.08, 0.3);
  // up to the cooling water line on the pipe rack (its underside is at y 4.5, z 2.05)
  pipeRun(p, 'stainless', [[1.5, y + 0.65, 0], [1.5, 3.4, 0], [1.5, 3.4, -2.95], [1.5, 4.5, -2.95]], 0.08, SEG.pipe, 0.25);
  pipeRun(p, 'paintBlue', [[-2.25, y + 0.63, 0], [-2.25, 3.0, 0], [-2.25, 3.0, -2.95], [-2.25, 4.5, -2.95]], 0.08, SEG.pipe, 0.25);
  return p;
}

export function buildPump(name: string, at: V3): Part {
  const p = new Part(name, at);
  aabb(p, 'concrete', [-0.8, 0, -0.33], [0.85, 0.1, 0.33]);
  aabb(p, 'steelGrey', [-0.75, 0.1, -0.28], [0.8, 0.2, 0.28]);
  const cy = 0.45;
  // motor with fan cowl and feet
  const m = frameAlong([-0.7, cy, 0], [1, 0, 0]);
  cylinder(p, 'paintBlue', m, 0.16, 0, 0.14, 32);
  cylinder(p, 'paintBlue', m, 0.19, 0.14, 0.68, 32);
  for (let k = 0; k < 8; k++) {
    const a = (k / 8) * Math.PI * 2;
    box(p, 'paintBlue', frameAlong([-0.29, cy + Math.cos(a) * 0.19, Math.sin(a) * 0.19], [1, 0, 0]), 0.02, 0.5, 0.03);
  }
  aabb(p, 'paintBlue', [-0.6, 0.2, -0.17], [-0.1, 0.3, 0.17]);
  aabb(p, 'paintBlue', [-0.42, cy + 0.17, -0.1], [-0.22, cy + 0.3, 0.1]);
  // coupling guard
  aabb(p, 'paintYellow', [-0.02, cy - 0.12, -0.11], [0.22, cy + 0.12, 0.11]);
  // bearing frame, volute casing, suction and discharge nozzles
  const s = frameAlong([0.22, cy, 0], [1, 0, 0]);
  cylinder(p, 'stainless', s, 0.08, 0, 0.18, 24);
  cylinder(p, 'stainless', s, 0.23, 0.18, 0.36, 48);
  lathe(p, 'stainless', s, [[0.23, 0.36], [0.12, 0.42], [0.075, 0.42]], 48, false);
  aabb(p, 'steelGrey', [0.3, 0.2, -0.14], [0.5, cy - 0.15, 0.14]);
  nozzle(p, 'stainless', [0.62, cy, 0], [1, 0, 0], 0.075, 0.2, 24);
  nozzle(p, 'stainless', [0.49, cy + 0.2, 0], UP, 0.06, 0.2, 24);
  // discharge line up to the pipe rack (ends under the process line)
  pipeRun(p, 'stainless', [[0.49, cy + 0.4, 0], [0.49, 3.6, 0], [0.49, 3.6, -2.8], [0.49, 4.4, -2.8]], 0.06, SEG.pipe, 0.2);
  handwheel(p, [0.49, 1.2, 0.12], [0, 0, 1], 0.12);
  // suction from a floor header
  pipeRun(p, 'stainless', [[0.82, cy, 0], [1.0, cy, 0], [1.0, cy, 0.55], [1.0, -0.05, 0.55]], 0.075, SEG.pipe, 0.18, false);
  return p;
}

export function buildDistillationColumn(): Part {
  const p = new Part('distillation-column', POS.column);
  const f = frameAt([0, 0, 0]);
  const R = 0.45;
  cylinder(p, 'steelGrey', f, R + 0.02, 0, 1.2, SEG.vessel, 'none');
  ring(p, 'steelGrey', f, R + 0.02, R + 0.2, 0, 0.04, SEG.vessel);
  cylinder(p, 'stainless', f, R, 1.2, 9.6, SEG.vessel, 'none');
  lathe(p, 'stainless', f, headProfile(R, 9.6, true), SEG.vessel);
  for (const y of [3.2, 5.3, 7.4]) ring(p, 'stainless', f, R, R + 0.09, y - 0.04, y + 0.04, SEG.vessel);
  // nozzles: feed, reflux, draw-offs, instruments
  for (const [y, a, r] of [
    [4.2, 0, 0.06],
    [8.8, 60, 0.06],
    [6.3, 200, 0.045],
    [2.2, 120, 0.05],
    [7.9, 300, 0.035],
    [5.8, 300, 0.035],
    [3.7, 300, 0.035],
  ] as const) {
    const d: V3 = [Math.cos(a * DEG), 0, Math.sin(a * DEG)];
    nozzle(p, 'stainless', madd([0, y, 0], d, R - 0.02), d, r, 0.25, 16);
  }
  // top platform with railing
  lathe(p, 'grating', f, [[R + 0.02, 8.95], [1.2, 8.95], [1.2, 9.0], [R + 0.02, 9.0], [R + 0.02, 8.95]], SEG.vessel, false);
  torus(p, 'paintYellow', f, 1.17, 0.024, 10.1, SEG.vessel, 6);
  torus(p, 'paintYellow', f, 1.17, 0.02, 9.55, SEG.vessel, 6);
  for (let k = 0; k < 8; k++) {
    const a = (k / 8) * Math.PI * 2 + 0.2;
    const q: V3 = [Math.cos(a) * 1.17, 9.0, Math.sin(a) * 1.17];
    tube(p, 'paintYellow', q, add(q, [0, 1.1, 0]), 0.024, 8, 'none');
    beam(p, 'steelGrey', [Math.cos(a) * R, 8.75, Math.sin(a) * R], [Math.cos(a) * 1.15, 8.93, Math.sin(a) * 1.15], 0.06, 0.08);
  }
  ladder(p, [0, 0, R + 0.25], [0, 0, 1], 0.3, 8.95);
  // vapour line to the condenser hung on brackets, reflux back
  pipeRun(p, 'stainless', [[0, 9.78, 0], [0, 10.3, 0], [-1.2, 10.3, 0], [-1.2, 8.9, 0]], 0.1, SEG.pipe, 0.3);
  const c = frameAt([-1.2, 0, 0]);
  cylinder(p, 'stainless', c, 0.26, 6.6, 8.6, 48, 'none');
  lathe(p, 'stainless', c, headProfile(0.26, 8.6, true, 0.13), 48);
  lathe(p, 'stainless', c, headProfile(0.26, 6.6, false, 0.13), 48);
  for (const y of [7.0, 8.2]) beam(p, 'steelGrey', [-0.94, y, 0], [-0.44, y, 0], 0.1, 0.12);
  nozzle(p, 'stainless', [-1.2, 8.2, -0.24], [0, 0, -1], 0.05, 0.2);
  nozzle(p, 'stainless', [-1.2, 7.0, -0.24], [0, 0, -1], 0.05, 0.2);
  pipeRun(p, 'stainless', [[-1.2, 6.47, 0], [-1.2, 6.0, 0], [-0.6, 6.0, 0.6], [-0.35, 6.0, 0.85], [-0.35, 8.8, 0.85], [-0.2, 8.8, 0.6]], 0.04, 12, 0.15, false);
  // reboiler (thermosiphon) beside the base
  const rb = frameAt([1.15, 0, 0]);
  cylinder(p, 'stainless', rb, 0.28, 0.9, 2.6, 48, 'none');
  lathe(p, 'stainless', rb, headProfile(0.28, 2.6, true, 0.14), 48);
  lathe(p, 'stainless', rb, headProfile(0.28, 0.9, false, 0.14), 48);
  for (let k = 0; k < 3; k++) {
    const a = (k / 3) * Math.PI * 2;
    aabb(p, 'steelGrey', [1.15 + Math.cos(a) * 0.3 - 0.04, 0, Math.sin(a) * 0.3 - 0.04], [1.15 + Math.cos(a) * 0.3 + 0.04, 1.2, Math.sin(a) * 0.3 + 0.04]);
  }
  pipeRun(p, 'stainless', [[1.15, 0.76, 0], [1.15, 0.5, 0], [0.2, 0.5, 0], [0.2, 1.0, 0]], 0.07, SEG.pipe, 0.18, false);
  pipeRun(p, 'stainless', [[1.15, 2.74, 0], [1.15, 2.95, 0], [0.42, 2.95, 0]], 0.09, SEG.pipe, 0.2, false);
  return p;
}
