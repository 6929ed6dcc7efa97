/**
 * Walk mode is orbit mode with the camera circling a point just in front of
 * the eye: turning in place. Shared by everything that places the camera.
 */
import type { Vector3 } from 'three';
import { round } from '../cameraMath';

/** In walk mode the camera orbits this close to the eye. */
export const WALK_ORBIT_RADIUS = 1e-3;

/** Moves `target` onto the walk orbit around `eye`, keeping its direction from the eye. */
export function walkTarget(target: Vector3, eye: Vector3): Vector3 {
  return target.sub(eye).normalize().multiplyScalar(WALK_ORBIT_RADIUS).add(eye);
}

/** A vector as the store keeps it: a tuple rounded to `digits`. */
export const v3 = (v: Vector3, digits: number) => [round(v.x, digits), round(v.y, digits), round(v.z, digits)] as [number, number, number];
