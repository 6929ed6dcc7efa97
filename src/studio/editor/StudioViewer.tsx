/**
 * The scene on the same viewer visitors see, fed with the draft. Pointer and keyboard authoring
 * (placing, dragging, nudging) is layered on top of it by the studio; the viewer only answers
 * "what is under this point" (its picker) and reports followed links, which here select.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { PickAt } from '../../viewer/pick/PickerBridge';
import type { EdgesState } from '../../viewer/standpoint/StandpointEdges';
import type { LinkHotspot } from '../../tour/schema';
import { TourStoreContext } from '../../state/hooks';
import { bindRootAttributes } from '../../app/rootAttributes';
import { tourUrlFor } from '../../app/boot';
import { useDraft, useStudio } from '../StudioContext';
import { useVisitorParts } from '../visitorParts';
import { bindViewer } from './viewerBinding';
import { usePointerAuthoring } from './usePointerAuthoring';
import { useSelectedMarker } from './useSelectedMarker';
import { sceneOf } from '../draft/edits';
import { titleIn } from './titles';
import { cancelStandpointPick } from './standpointPick';

export function StudioViewer() {
  const studio = useStudio();
  const { store, tourStore, picker, t } = studio;
  const { Viewer } = useVisitorParts();
  const wrapper = useRef<HTMLDivElement>(null);
  const placing = useDraft((s) => s.placing);
  const standpointFor = useDraft((s) => s.standpointFor);
  const picking = useDraft((s) => (s.standpointFor ? titleIn(s.draft, sceneOf(s.draft, s.standpointFor)?.title, s.standpointFor) : null));
  // The model's edges over a panorama while its standpoint is edited (its panel shows: no hotspot selected).
  const edgesWanted = useDraft((s) => {
    const scene = sceneOf(s.draft, s.selection.sceneId);
    return s.edgesShown && !s.standpointFor && s.selection.hotspotId === null && scene?.type === 'panorama' && scene.standpoint !== undefined;
  });
  const [edges, setEdges] = useState<EdgesState | null>(null);
  useEffect(() => void (edgesWanted || setEdges(null)), [edgesWanted]);

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
    <div
      ref={wrapper}
      className="studio__view"
      data-placing={placing ?? (standpointFor ? 'standpoint' : undefined)}
      data-standpoint-edges={(edgesWanted && edges) || undefined}
    >
      <TourStoreContext.Provider value={tourStore}>
        <Viewer id="studio-view" label={t.viewer} onFollowLink={onFollowLink} onPicker={onPicker} onStandpointEdges={edgesWanted ? setEdges : undefined} />
      </TourStoreContext.Provider>
      {(placing || picking !== null) && (
        <p className="studio__hint" role="status">
          {placing ? t.placeHint : t.standpointPickHint.replace('{panorama}', picking ?? '')}
        </p>
      )}
      {picking !== null && (
        // Esc cancels from a keyboard; a phone has none.
        <button type="button" className="studio__cancel" onClick={() => cancelStandpointPick(studio)}>
          {t.cancel}
        </button>
      )}
      {edgesWanted && edges === 'failed' && (
        <p className="studio__hint" role="alert">
          {t.edgesFailed}
        </p>
      )}
    </div>
  );
}
