/**
 * Loads the minimap (its own chunk, src/guides/minimap/) only for a tour that
 * has a floor plan or a map: a tour without them downloads none of its code.
 */
import { lazy, Suspense } from 'react';
import { useTour } from '../state/hooks';
import type { LinkHotspot, Tour } from '../tour/schema';

const Minimap = lazy(() => import('../guides/minimap/Minimap'));

const hasMap = (tour: Tour | null) => tour !== null && (tour.map !== undefined || tour.scenes.some((s) => s.type === 'model' && s.plan !== undefined));

export function MinimapCorner({ onFollowLink }: { onFollowLink: (hotspot: LinkHotspot) => void }) {
  const wanted = useTour((s) => hasMap(s.tour));
  if (!wanted) return null;
  return (
    <Suspense fallback={null}>
      <Minimap onFollowLink={onFollowLink} />
    </Suspense>
  );
}
