/**
 * Model space as a panorama taken inside it sees it: moved so the standpoint is the origin (where
 * the panorama's camera turns), then turned about y by the heading, so the model direction
 * `standpoint.heading` lands on yaw 0 (−Z), as src/tour/standpoints.ts defines it.
 */
import { MathUtils, Matrix4, type Object3D } from 'three';

const turn = new Matrix4();
const move = new Matrix4();

/** Places `object` (drawn in model coordinates) in the panorama's space; it keeps that matrix until placed again. */
export function placeInPanorama(object: Object3D, standpoint: { position: readonly [number, number, number]; heading?: number | undefined }): void {
  const [x, y, z] = standpoint.position;
  turn.makeRotationY(MathUtils.degToRad(standpoint.heading ?? 0));
  move.makeTranslation(-x, -y, -z);
  object.matrixAutoUpdate = false;
  object.matrix.multiplyMatrices(turn, move);
  object.matrixWorldNeedsUpdate = true;
}
