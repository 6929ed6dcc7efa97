/**
 * The flight into a view (from a standpoint marker into its panorama): the
 * camera flies to the view, the field of view easing along with the distance
 * flown so the arrival frame matches the panorama's; a cut under reduced motion.
 */
import type { CameraControlsImpl } from '@react-three/drei';
import { Vector3, type PerspectiveCamera } from 'three';
import type { ModelView } from '../../state/types';
import { prefersReducedMotion } from '../../lib/motion';
import { walkTarget } from './walkOrbit';

const flightEnd = new Vector3();
const flightNow = new Vector3();
const target = new Vector3();

/** Resolves on arrival, with the camera placed. */
export async function flyInto(controls: CameraControlsImpl, camera: PerspectiveCamera, view: ModelView, walking: boolean): Promise<void> {
  const animate = !prefersReducedMotion();
  const fromFov = camera.fov;
  const setFov = (fov: number) => {
    camera.fov = fov;
    camera.updateProjectionMatrix();
  };
  flightEnd.set(...view.position);
  target.set(...view.target);
  if (walking) walkTarget(target, flightEnd);
  const total = controls.getPosition(flightNow).distanceTo(flightEnd) || 1;
  const onUpdate = () => setFov(fromFov + (view.fov - fromFov) * (1 - Math.min(1, controls.getPosition(flightNow).distanceTo(flightEnd) / total)));
  if (animate) controls.addEventListener('update', onUpdate);
  try {
    await controls.setLookAt(flightEnd.x, flightEnd.y, flightEnd.z, target.x, target.y, target.z, animate);
  } finally {
    controls.removeEventListener('update', onUpdate);
  }
  setFov(view.fov);
  controls.update(0);
  camera.updateMatrixWorld();
}
