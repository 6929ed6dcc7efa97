/**
 * Loads "look around by moving your phone" (its own chunk, src/orientation/)
 * only where it can work: a touch screen with orientation events.
 */
import { lazy, Suspense } from 'react';

const LookAround = lazy(() => import('../orientation/LookAround'));

const canTurn = () => typeof window !== 'undefined' && 'DeviceOrientationEvent' in window && matchMedia('(pointer: coarse)').matches;

export function LookAroundCorner() {
  if (!canTurn()) return null;
  return (
    <Suspense fallback={null}>
      <LookAround />
    </Suspense>
  );
}
