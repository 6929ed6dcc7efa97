/** Loads the guide player (its own chunk, src/guides/player/) only for a tour that has guides. */
import { lazy, Suspense } from 'react';
import { useTour } from '../state/hooks';

const GuideLauncher = lazy(() => import('../guides/player/GuideLauncher'));

export function GuideCorner() {
  const wanted = useTour((s) => (s.tour?.guides?.length ?? 0) > 0);
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <GuideLauncher />
    </Suspense>
  );
}
