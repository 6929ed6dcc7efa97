/**
 * Loads the minimap (its own chunk, src/guides/minimap/) only for a tour that
 * has a floor plan or a map (a tour without them downloads none of its code), and only once the
 * first scene is on screen.
 */
import { lazy, Suspense } from 'react';
import { useTour } from '../state/hooks';
import { useFirstSceneSettled } from './useFirstSceneSettled';
import type { LinkHotspot, Tour } from '../tour/schema';

const Minimap = lazy(() => import('../guides/minimap/Minimap'));

const hasMap = (tour: Tour | null) =>
  tour !== null && (tour.map !== undefined || (tour.plans?.length ?? 0) > 0 || tour.scenes.some((s) => s.type === 'model' && s.plan !== undefined));

export function MinimapCorner({ onFollowLink }: { onFollowLink: (hotspot: LinkHotspot) => void }) {
  const wanted = useTour((s) => hasMap(s.tour));
  const settled = useFirstSceneSettled();
  if (!wanted || !settled) return null;
  return (
    <Suspense fallback={null}>
      <Minimap onFollowLink={onFollowLink} />
    </Suspense>
  );
}
