/** Loads the ambient sound switch (its own chunk, src/media/) only for a tour with ambient sound. */
import { lazy, Suspense } from 'react';
import { useTour } from '../state/hooks';

const AmbientSound = lazy(() => import('../media/AmbientSound'));

export function SoundCorner() {
  const wanted = useTour((s) => s.tour?.scenes.some((scene) => scene.ambient !== undefined) ?? false);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <AmbientSound />
    </Suspense>
  );
}
