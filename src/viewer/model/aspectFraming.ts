/**
 * Start views are composed on a landscape screen. On a narrower one (a phone
 * held upright, a tablet) the same vertical field of view shows far less
 * across, cutting off what the author framed at the sides. This refits the
 * view so the part of the model the landscape framing showed still fits
 * across: first by widening the field of view (up to a limit that does not
 * distort), then by backing away along the same line of sight. The target stays.
 */
import type { ModelView } from '../../state/types';

type Vec = readonly [number, number, number];

/** The screen shape start views are composed for (16:9). */
export const REFERENCE_ASPECT = 16 / 9;
/** The widest vertical field of view a start view is widened to, degrees, before the camera backs away instead. */
export const WIDEST_START_FOV = 65;
/** Room left at the sides, as a share of the half-width. */
const MARGIN = 0.96;

const tanHalf = (deg: number) => Math.tan((deg * Math.PI) / 360);
const fromTanHalf = (t: number) => (Math.atan(t) * 360) / Math.PI;
const sub = (a: Vec, b: Vec): Vec => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a: Vec, b: Vec) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const unit = (a: Vec): Vec => {
  const l = Math.hypot(...a) || 1;
  return [a[0] / l, a[1] / l, a[2] / l];
};
const round = (v: number) => Math.round(v * 1000) / 1000;

/** How much farther back than on a landscape screen the camera may stand on this one: camera limits scale with it. */
export const distanceStretch = (aspect: number) => Math.max(1, REFERENCE_ASPECT / aspect);

/** The model's bounding box corners, seen from the camera: sideways offset and depth of what the landscape view showed. */
function contentAcross(view: ModelView, box: { min: Vec; max: Vec }): { x: number; depth: number }[] {
  const forward = unit(sub(view.target, view.position));
  // Right = forward × up (0, 1, 0).
  const right = unit([-forward[2], 0, forward[0]]);
  const seen = tanHalf(view.fov) * REFERENCE_ASPECT;
  const corners: { x: number; depth: number }[] = [];
  for (const x of [box.min[0], box.max[0]])
    for (const y of [box.min[1], box.max[1]])
      for (const z of [box.min[2], box.max[2]]) {
        const rel = sub([x, y, z], view.position);
        const depth = dot(rel, forward);
        // Behind the camera, nothing to keep; beyond the landscape frame's edge, only up to the edge.
        if (depth > 0) corners.push({ x: Math.min(Math.abs(dot(rel, right)), seen * depth), depth });
      }
  return corners;
}

/**
 * The view to show on a screen of `aspect` (width / height) for a start view
 * composed at 16:9. Without `box` (the model's bounds), the whole landscape
 * width at the target's distance is kept.
 */
export function frameForAspect(view: ModelView, aspect: number, box?: { min: Vec; max: Vec }): ModelView {
  if (!(aspect > 0) || aspect >= REFERENCE_ASPECT) return view;
  const distance = Math.hypot(...sub(view.position, view.target));
  const corners = box ? contentAcross(view, box) : [];
  const across = corners.length > 0 ? corners : [{ x: tanHalf(view.fov) * REFERENCE_ASPECT * distance, depth: distance }];
  // tan(half the vertical field) that would show all of it from here.
  const needed = Math.max(...across.map((c) => c.x / c.depth)) / aspect / MARGIN;
  if (needed <= tanHalf(view.fov)) return view;
  const fov = Math.max(view.fov, Math.min(WIDEST_START_FOV, fromTanHalf(needed)));
  const half = tanHalf(fov) * aspect * MARGIN;
  const back = Math.max(0, ...across.map((c) => c.x / half - c.depth));
  const forward = unit(sub(view.target, view.position));
  const position = view.position.map((p, i) => round(p - (forward[i] as number) * back)) as [number, number, number];
  return { ...view, fov: round(fov), position };
}
