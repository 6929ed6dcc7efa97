/**
 * The viewer shows the draft: each edit replaces the viewer store's tour in place (same scene,
 * same camera), and the scene the studio selects is the scene the viewer shows — both ways, so
 * following a standpoint in the view selects that scene in the studio.
 */
import type { TourStore } from '../../state/store';
import type { DraftStore } from '../draft/draftStore';
import { showableTour } from '../draft/problems';

export function bindViewer(store: DraftStore, tourStore: TourStore, tourUrl: string): () => void {
  const show = () => {
    const { draft, selection } = store.getState();
    const tour = showableTour(draft);
    if (!tour) return;
    const viewer = tourStore.getState();
    if (!viewer.tour) viewer.openTour(tour, tourUrl, { target: tour.scenes.some((s) => s.id === selection.sceneId) ? { scene: selection.sceneId } : {} });
    else if (viewer.tour !== tour) viewer.replaceTour(tour, 'app');
    if (tourStore.getState().sceneId !== selection.sceneId && tour.scenes.some((s) => s.id === selection.sceneId)) tourStore.getState().goToScene(selection.sceneId, 'app');
  };
  show();
  const unsubscribeDraft = store.subscribe((state, previous) => {
    if (state.draft !== previous.draft || state.selection.sceneId !== previous.selection.sceneId) show();
  });
  const unsubscribeViewer = tourStore.subscribe((state, previous) => {
    const sceneId = state.sceneId;
    if (sceneId && sceneId !== previous.sceneId && sceneId !== store.getState().selection.sceneId) store.getState().select({ sceneId, hotspotId: null });
  });
  return () => {
    unsubscribeDraft();
    unsubscribeViewer();
  };
}
