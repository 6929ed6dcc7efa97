/**
 * The decanter centrifuge (separation): a horizontal bowl spinning in a
 * casing on a steel skid, driven by a motor through
 * belts and a gearbox; the solids (lignin-rich cake) drop through a chute into
 * a container, the liquid (centrate) leaves at the other end.
 */
import { UP, frameAlong } from './vec';
import { Part, aabb, beam, box, cylinder, nozzle, pipeRun } from './mesh';
import { POS, SEG } from './building';

export function buildDecanter(): Part {
  const p = new Part('decanter-centrifuge', POS.decanter);
  const y = 1.15;
  // plinth, skid and vibration isolators
  aabb(p, 'concrete', [-2.2, 0, -0.75], [2.4, 0.15, 0.75]);
  for (const z of [-0.55, 0.55]) beam(p, 'steelGrey', [-2.1, 0.25, z], [2.3, 0.25, z], 0.16, 0.2);
  for (const x of [-1.9, -0.2, 1.5]) beam(p, 'steelGrey', [x, 0.25, -0.6], [x, 0.25, 0.6], 0.14, 0.18);
  for (const x of [-1.4, 1.2]) for (const z of [-0.5, 0.5]) aabb(p, 'darkSteel', [x - 0.12, 0.35, z - 0.12], [x + 0.12, 0.5, z + 0.12]);
  // the bowl spins inside a casing: a box with a rounded (half-cylinder) hood, on two pedestals
  for (const x of [-1.15, 1.15]) aabb(p, 'steelGrey', [x - 0.18, 0.35, -0.4], [x + 0.18, 0.6, 0.4]);
  aabb(p, 'paintGreen', [-1.3, 0.6, -0.5], [1.3, y, 0.5]);
  cylinder(p, 'paintGreen', frameAlong([-1.3, y, 0], [1, 0, 0]), 0.5, 0, 2.6, SEG.vessel);
  for (const x of [-0.45, 0.45]) box(p, 'darkSteel', frameAlong([x, y + 0.5, 0], [1, 0, 0]), 0.06, 0.08, 0.3);
  // main motor with belt guard and the gearbox at the conical end
  const motor = frameAlong([-2.0, 0.75, 0.0], [1, 0, 0]);
  cylinder(p, 'paintBlue', motor, 0.24, 0, 0.7, 32);
  aabb(p, 'paintYellow', [-1.45, 0.55, -0.32], [-1.3, y + 0.35, 0.32]);
  cylinder(p, 'darkSteel', frameAlong([1.3, y, 0], [1, 0, 0]), 0.3, 0, 0.4, 32);
  cylinder(p, 'paintBlue', frameAlong([1.7, y, 0], [1, 0, 0]), 0.2, 0, 0.5, 32);
  // feed pipe into the hollow shaft, from the pipe rack
  nozzle(p, 'stainless', [2.2, y, 0], [1, 0, 0], 0.05, 0.25, SEG.nozzle);
  pipeRun(p, 'stainless', [[2.45, y, 0], [2.6, y, 0], [2.6, 3.8, 0], [2.6, 3.8, -8.0], [2.6, 4.4, -8.0]], 0.05, SEG.pipe, 0.2);
  // solids chute into a container; centrate outlet down to a floor drain
  aabb(p, 'stainless', [0.55, 0.75, -0.3], [1.05, y - 0.35, 0.3]);
  aabb(p, 'paintRed', [0.2, 0, 0.85], [1.4, 0.7, 1.75]);
  box(p, 'stainless', frameAlong([0.8, 0.72, 1.05], UP), 0.5, 0.04, 0.6);
  nozzle(p, 'stainless', [-0.9, y - 0.45, 0], [0, -1, 0], 0.07, 0.2, SEG.nozzle);
  pipeRun(p, 'stainless', [[-0.9, y - 0.65, 0], [-0.9, 0.3, 0], [-0.9, 0.3, -1.0], [-0.9, 0.02, -1.0]], 0.07, SEG.pipe, 0.15, false);
  return p;
}
