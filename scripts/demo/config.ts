/** Where the generator writes and the budgets it checks. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = {
  model: join(ROOT, 'public/models/pilot-hall.glb'),
  panoramas: join(ROOT, 'public/panoramas'),
  tourDir: join(ROOT, 'public/tours/processum'),
};
export const LIMITS = { modelBytes: 4 * 1024 * 1024, panoramaBytes: 1.5 * 1024 * 1024 };
export const PANO_W = 4096;
export const PANO_H = 2048;
