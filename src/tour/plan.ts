/**
 * The plan descriptor (`plan.json`) written by `sitevisit plan` next to its
 * level images and read by the minimap: which image shows which level, and
 * how a model's ground coordinates (x, z in metres) map to the images'
 * pixels. `zod/mini`, no DOM: the CLI, the validator and the viewer share it.
 *
 *   pixel x = (world x − origin[0]) / metresPerPixel
 *   pixel y = (world z − origin[1]) / metresPerPixel      (north, −Z, is up)
 */
import * as z from 'zod/mini';
import { AssetUrl } from './primitives';

const positiveInt = () => z.number().check(z.int(), z.positive());
const finite = () => z.number().check(z.refine((n) => Number.isFinite(n), 'expected a finite number'));

/** One storey: the floor's height and the image drawn for it. */
export const PlanLevel = z.strictObject({
  /** Height of the level's floor, metres (model y). */
  height: finite(),
  /** Geometry above this height is cut away in this level's image, metres. */
  cut: finite(),
  /** The image, relative to plan.json (WebP or PNG), `width` × `height` px. */
  image: AssetUrl,
});
export type PlanLevel = z.infer<typeof PlanLevel>;

export const PlanDescriptor = z
  .strictObject({
    format: z.literal('sitevisit-plan'),
    version: z.literal(1),
    /** Size of every level image, px. */
    width: positiveInt(),
    height: positiveInt(),
    /** World x and z (metres) of the images' top-left corner. */
    origin: z.tuple([finite(), finite()]),
    /** Ground distance one pixel spans, metres. */
    metresPerPixel: z.number().check(z.positive()),
    /** Lowest first. */
    levels: z.array(PlanLevel).check(z.minLength(1)),
  })
  .check(z.refine((d) => d.levels.every((l, i) => i === 0 || l.height > d.levels[i - 1]!.height), 'levels must be listed lowest first'));
export type PlanDescriptor = z.infer<typeof PlanDescriptor>;

/** Pixel position of a model point on the plan (fractional; pixel centres at .5). */
export function planPixel(plan: PlanDescriptor, x: number, z: number): [number, number] {
  return [(x - plan.origin[0]) / plan.metresPerPixel, (z - plan.origin[1]) / plan.metresPerPixel];
}

/** Heights above a floor at which a person (or camera) still counts as standing on it, metres. */
const STANDING = 3.5;

/** Index of the level a point at height `y` is on: the highest floor at most a storey below it; else the lowest. */
export function levelAt(plan: PlanDescriptor, y: number): number {
  for (let i = plan.levels.length - 1; i >= 0; i--) {
    const floor = plan.levels[i]!.height;
    if (y >= floor - 0.3 && y - floor <= STANDING) return i;
  }
  return 0;
}
