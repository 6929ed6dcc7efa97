/** Loads the guide player (its own chunk, src/guides/player/) only for a tour that has guides, once the first scene is on screen. */
import { lazy, Suspense } from 'react';
import { useTour } from '../state/hooks';
import { useFirstSceneSettled } from './useFirstSceneSettled';

const GuideLauncher = lazy(() => import('../guides/player/GuideLauncher'));

export function GuideCorner() {
  const wanted = useTour((s) => (s.tour?.guides?.length ?? 0) > 0);
  const settled = useFirstSceneSettled();
  if (!wanted || !settled) return null;
  return (
    <Suspense fallback={null}>
      <GuideLauncher />
    </Suspense>
  );
}
