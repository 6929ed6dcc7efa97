/** Flat quads on the faces of a cube around the camera: a cube-face tile maps onto one exactly, with no distortion. */
import { BufferGeometry, Float32BufferAttribute } from 'three';
import { FACE_FRAMES } from '../../../tiles/cube';
import type { Face } from '../../../tiles/descriptor';

/** Half the cube's edge: its corners (×√3) stay inside the camera's far plane of 1000. */
export const CUBE_HALF_SIZE = 200;

/**
 * The part [u0,u1]×[v0,v1] of a face (u right, v down, seen from inside), with
 * texture coordinates [s0,s1]×[t0,t1] (t = 0 at the top of the image).
 * Neighbouring tiles compute their shared corners from the same numbers, so no crack opens between them.
 */
export function faceQuad(face: Face, u0: number, v0: number, u1: number, v1: number, s0 = 0, t0 = 0, s1 = 1, t1 = 1): BufferGeometry {
  const { centre: c, right: r, up: t } = FACE_FRAMES[face];
  const point = (u: number, v: number) => {
    const a = 2 * u - 1;
    const b = 1 - 2 * v;
    return [0, 1, 2].map((i) => (c[i]! + a * r[i]! + b * t[i]!) * CUBE_HALF_SIZE);
  };
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new Float32BufferAttribute([...point(u0, v0), ...point(u1, v0), ...point(u0, v1), ...point(u1, v1)], 3));
  geometry.setAttribute('uv', new Float32BufferAttribute([s0, t0, s1, t0, s0, t1, s1, t1], 2));
  geometry.setIndex([0, 2, 1, 2, 3, 1]);
  geometry.computeBoundingSphere();
  return geometry;
}
