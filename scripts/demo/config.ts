/** Where the generator writes and the budgets it checks. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = {
  model: join(ROOT, 'public/models/pilot-hall.glb'),
  panoramas: join(ROOT, 'public/panoramas'),
  tourDir: join(ROOT, 'public/tours/processum'),
  /** The hall's floor plan (`sitevisit plan`): plan.json and one WebP per level. */
  plan: join(ROOT, 'public/plans/pilot-hall'),
};
export const LIMITS = { modelBytes: 4 * 1024 * 1024, panoramaBytes: 1.5 * 1024 * 1024, planImageBytes: 150 * 1024 };
export const PANO_W = 4096;
export const PANO_H = 2048;
