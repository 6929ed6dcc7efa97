/**
 * Where a walking visitor may stand: on a floor, with the eye and the body a
 * clearance radius away from walls and equipment, never inside a solid. Pure
 * maths over injected surface queries (BVH-backed in the viewer, boxes in tests).
 */
import { Vector3 } from 'three';

export interface SurfaceQueries {
  /** The nearest surface point within `maxDistance` of `point`, or null when there is none that close. */
  nearest(point: Vector3, maxDistance: number): Vector3 | null;
  /** True when `point` lies inside a closed solid (a tank, a wall's thickness). */
  inside(point: Vector3): boolean;
  /** Height of the first floor (upward-facing surface) at or below (x, y, z), or null where there is none. */
  floorAt(x: number, y: number, z: number): number | null;
}

export interface Stance {
  eyeHeight: number;
  /** How far the eye and body keep from any surface, in model units. */
  clearance: number;
}

/** The clearance radius as a share of the eye height: 0.35 m for a 1.6 m eye. */
export const stanceFor = (eyeHeight: number): Stance => ({ eyeHeight, clearance: eyeHeight * 0.22 });

/** How high a step up (a kerb, a stair) the visitor takes without noticing. */
export const STEP_UP = 0.5;
/** The body is checked at these fractions of the eye height above the floor, besides the eye itself. */
const BODY_PROBES = [1, 0.55];
const MAX_PUSHES = 6;
/** A push that leaves the eye this much beyond the clearance, so rounding never lands it on the edge. */
const MARGIN = 1.02;

const push = new Vector3();
const away = new Vector3();
const probe = new Vector3();

/**
 * The eye position for standing near `floorPoint` (a point on or just above a floor), pushed
 * sideways out of reach of nearby surfaces; null when there is no room to stand there (under a
 * low overhang, inside equipment, or every push leads into something else).
 */
export function standingSpot(floorPoint: Vector3, stance: Stance, surfaces: SurfaceQueries): Vector3 | null {
  const { eyeHeight } = stance;
  let floor = surfaces.floorAt(floorPoint.x, floorPoint.y + STEP_UP, floorPoint.z);
  if (floor === null) return null;
  const eye = new Vector3(floorPoint.x, floor + eyeHeight, floorPoint.z);
  for (let i = 0; i < MAX_PUSHES; i++) {
    if (!sidewaysPush(eye, floor, stance, surfaces, push)) return null;
    if (push.lengthSq() === 0) return surfaces.inside(eye) ? null : eye;
    eye.add(push);
    floor = surfaces.floorAt(eye.x, floor + STEP_UP, eye.z);
    if (floor === null) return null;
    eye.y = floor + eyeHeight;
  }
  return null;
}

/**
 * The sideways move that takes every body probe out of reach (into `out`, zero when none is
 * needed); false when a surface is straight above or below a probe, which no sideways move helps.
 */
function sidewaysPush(eye: Vector3, floor: number, { eyeHeight, clearance }: Stance, surfaces: SurfaceQueries, out: Vector3): boolean {
  out.set(0, 0, 0);
  for (const fraction of BODY_PROBES) {
    probe.set(eye.x, floor + eyeHeight * fraction, eye.z);
    const near = surfaces.nearest(probe, clearance);
    if (!near) continue;
    away.subVectors(probe, near).setY(0);
    const sideways = away.length();
    if (sideways < clearance * 0.1) return false;
    const needed = Math.sqrt(Math.max(clearance ** 2 - (probe.y - near.y) ** 2, 0)) * MARGIN - sideways;
    if (needed > 0) out.addScaledVector(away.divideScalar(sideways), needed);
  }
  return true;
}

/**
 * Where a click on a wall or a piece of equipment takes a walking visitor: onto the floor in
 * front of it, out of reach. `normal` is the clicked face's world normal; null for faces that
 * point down (undersides) or when there is no room in front.
 */
export function spotInFront(hit: Vector3, normal: Vector3, stance: Stance, surfaces: SurfaceQueries): Vector3 | null {
  const outward = new Vector3(normal.x, 0, normal.z);
  if (outward.lengthSq() < 0.04) return null;
  outward.normalize().multiplyScalar(stance.clearance * 1.5);
  const before = hit.clone().add(outward);
  const floor = surfaces.floorAt(before.x, hit.y, before.z);
  if (floor === null) return null;
  return standingSpot(before.setY(floor), stance, surfaces);
}
