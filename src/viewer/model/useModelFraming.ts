/** Fits the camera to the model: clip planes from its size, and a boundary a quarter of its radius beyond it. */
import { useEffect, useLayoutEffect } from 'react';
import type { CameraControlsImpl } from '@react-three/drei';
import { Box3, Vector3, type PerspectiveCamera } from 'three';
import type { ModelFrame } from './modelBounds';

export function useModelFraming(camera: PerspectiveCamera, controls: CameraControlsImpl | null, frame: ModelFrame): void {
  const { radius } = frame;

  useLayoutEffect(() => {
    camera.near = Math.max(radius / 2000, 0.01);
    camera.far = radius * 40;
    camera.zoom = 1;
    camera.updateProjectionMatrix();
  }, [camera, radius]);

  useEffect(() => {
    if (!controls) return;
    const pad = radius * 0.25;
    const box = new Box3(new Vector3(...frame.min).subScalar(pad), new Vector3(...frame.max).addScalar(pad));
    controls.setBoundary(box);
  }, [controls, frame, radius]);
}
