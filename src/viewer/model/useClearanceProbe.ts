/**
 * Lets tests ask how far the camera is from the model's surfaces (through the
 * viewer's read-only diagnostics), so "walking never ends inside equipment"
 * is checked against the real geometry, not a copy of the maths.
 */
import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { Vector3 } from 'three';
import type { SurfaceQueries } from './clearance';
import { clearanceProbe } from '../clearanceProbe';

/** Distances beyond this are reported as this: far enough from anything. */
const FAR = 100;

export function useClearanceProbe(surfaces: SurfaceQueries | null): void {
  const camera = useThree((s) => s.camera);
  useEffect(() => {
    if (!surfaces) return;
    const probe = () => {
      const eye = camera.getWorldPosition(new Vector3());
      const near = surfaces.nearest(eye, FAR);
      return { distance: near ? near.distanceTo(eye) : FAR, inside: surfaces.inside(eye) };
    };
    clearanceProbe.current = probe;
    return () => {
      if (clearanceProbe.current === probe) clearanceProbe.current = null;
    };
  }, [surfaces, camera]);
}
