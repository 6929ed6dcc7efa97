/**
 * Loads the guide player (its own chunk, src/guides/player/) only for a tour
 * that has guides, and only once the first scene is on screen (or failed), so
 * that its code never competes with the first scene's download.
 */
import { lazy, Suspense, useRef } from 'react';
import { useTour } from '../state/hooks';

const GuideLauncher = lazy(() => import('../guides/player/GuideLauncher'));

export function GuideCorner() {
  const hasGuides = useTour((s) => (s.tour?.guides?.length ?? 0) > 0);
  const settled = useTour((s) => s.sceneStatus !== 'loading');
  const shown = useRef(false);
  shown.current ||= hasGuides && settled;
  if (!shown.current || !hasGuides) return null;
  return (
    <Suspense fallback={null}>
      <GuideLauncher />
    </Suspense>
  );
}
