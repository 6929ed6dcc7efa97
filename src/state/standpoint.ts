/**
 * Moving between a model and the panoramas taken inside it (Matterport-style):
 * the model camera that sees what a panorama view sees, and the way back out
 * to the model's overview ("dollhouse"). Pure store logic: the fly-in itself is
 * animated by the viewer, which then calls `goToScene` with `panoramaViewFor`.
 */
import type { TourStore } from './store';
import type { ModelView, PanoramaView, Source } from './types';
import { findScene } from './selectors';
import { startView } from './view';
import { directionInModel, hasStandpoint, type StandpointPanorama } from '../tour/standpoints';

/** How far ahead of the eye the orbit target sits in a standpoint view (metres): beyond the orbit controls' minimum distance. */
const LOOK_AHEAD = 2;

/** The model camera at the standpoint that shows the same as the panorama view (same direction, same vertical field of view). */
export function modelViewAt(panorama: StandpointPanorama, view: Pick<PanoramaView, 'yaw' | 'pitch' | 'fov'>): ModelView {
  const eye = panorama.standpoint.position;
  const d = directionInModel(panorama.standpoint, view.yaw, view.pitch);
  const r = (x: number) => Math.round(x * 1000) / 1000 + 0;
  return {
    kind: 'model',
    position: [eye[0], eye[1], eye[2]],
    target: [r(eye[0] + d[0] * LOOK_AHEAD), r(eye[1] + d[1] * LOOK_AHEAD), r(eye[2] + d[2] * LOOK_AHEAD)],
    fov: view.fov,
  };
}

/** The start view of a panorama, which a fly-in arrives at. */
export const panoramaArrival = (panorama: StandpointPanorama): PanoramaView => ({ kind: 'panorama', ...panorama.view });

/**
 * "View in 3D": from a panorama with a standpoint, shows its model scene from
 * the standpoint, looking where the visitor looked (so the cross-fade lines
 * up), then, once the model is on screen, flies out to the model's start view.
 * Returns false when the current scene has no standpoint. A newer scene change
 * cancels the fly-out.
 */
export function viewIn3D(store: TourStore, source: Source): boolean {
  const state = store.getState();
  const scene = findScene(state.tour, state.sceneId);
  if (!scene || !hasStandpoint(scene) || state.view?.kind !== 'panorama') return false;
  const model = findScene(state.tour, scene.standpoint.scene);
  if (model?.type !== 'model') return false;
  if (!state.goToScene(model.id, source, modelViewAt(scene, state.view))) return false;
  const unsubscribe = store.subscribe((now) => {
    if (now.sceneId !== model.id) return unsubscribe();
    if (now.sceneStatus === 'loading') return;
    unsubscribe();
    // A model without a start camera was framed by the viewer on arrival: that is its overview already.
    if (now.sceneStatus === 'ready' && model.camera) now.setView(startView(model), 'app');
  });
  return true;
}
