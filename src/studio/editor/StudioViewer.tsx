/**
 * The scene on the same viewer visitors see, fed with the draft. Pointer and keyboard authoring
 * (placing, dragging, nudging) is layered on top of it by the studio; the viewer only answers
 * "what is under this point" (its picker) and reports followed links, which here select.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { PickAt } from '../../viewer/pick/PickerBridge';
import type { LinkHotspot } from '../../tour/schema';
import { TourStoreContext } from '../../state/hooks';
import { bindRootAttributes } from '../../app/rootAttributes';
import { tourUrlFor } from '../../app/boot';
import { useDraft, useStudio } from '../StudioContext';
import { useVisitorParts } from '../visitorParts';
import { bindViewer } from './viewerBinding';
import { usePointerAuthoring } from './usePointerAuthoring';
import { useSelectedMarker } from './useSelectedMarker';

export function StudioViewer() {
  const { store, tourStore, picker, t } = useStudio();
  const { Viewer } = useVisitorParts();
  const wrapper = useRef<HTMLDivElement>(null);
  const placing = useDraft((s) => s.placing);

  useEffect(() => bindViewer(store, tourStore, tourUrlFor(store.getState().tourId)), [store, tourStore]);
  useEffect(() => {
    const root = document.getElementById('root');
    return root ? bindRootAttributes(tourStore, root) : undefined;
  }, [tourStore]);
  usePointerAuthoring(wrapper);
  useSelectedMarker(wrapper);

  const onPicker = useCallback((pickAt: PickAt | null) => void (picker.current = pickAt), [picker]);
  const onFollowLink = useCallback((hotspot: LinkHotspot) => store.getState().select({ hotspotId: hotspot.id }), [store]);

  return (
    <div ref={wrapper} className="studio__view" data-placing={placing ?? undefined}>
      <TourStoreContext.Provider value={tourStore}>
        <Viewer id="studio-view" label={t.viewer} onFollowLink={onFollowLink} onPicker={onPicker} />
      </TourStoreContext.Provider>
      {placing && (
        <p className="studio__hint" role="status">
          {t.placeHint}
        </p>
      )}
    </div>
  );
}
