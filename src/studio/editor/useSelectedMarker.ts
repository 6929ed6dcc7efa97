/** Marks the selected hotspot's marker (`data-selected`, styled in studio.css) whenever the markers or the selection change. */
import { useEffect, type RefObject } from 'react';
import { useStudio } from '../StudioContext';

export function useSelectedMarker(wrapper: RefObject<HTMLDivElement | null>): void {
  const { store, tourStore } = useStudio();
  useEffect(() => {
    let frame = 0;
    const mark = () => {
      frame = 0;
      const selected = store.getState().selection.hotspotId;
      for (const marker of wrapper.current?.querySelectorAll<HTMLElement>('[data-hotspot]') ?? []) {
        marker.toggleAttribute('data-selected', marker.dataset.hotspot === selected);
      }
    };
    // After the view has drawn the change: markers are rendered by the viewer, a frame later.
    const later = () => {
      if (!frame) frame = requestAnimationFrame(() => requestAnimationFrame(mark));
    };
    later();
    const unsubscribeDraft = store.subscribe(later);
    const unsubscribeViewer = tourStore.subscribe(later);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribeDraft();
      unsubscribeViewer();
    };
  }, [store, tourStore, wrapper]);
}
