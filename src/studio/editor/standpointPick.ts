/**
 * Picking where a panorama was taken: the studio shows the model it was taken in, the user clicks
 * the floor where the camera stood (or, from the keyboard, turns the view there and presses Enter
 * for the middle of the view), and the standpoint goes the model's eye height above that point.
 * Then the panorama is shown again with the model's edges over it, to turn the heading.
 */
import type { Studio } from '../StudioContext';
import { sceneOf } from '../draft/edits';
import { setStandpoint, standpointAbove } from '../draft/standpointEdit';

const viewElement = () => document.getElementById('studio-view');

/** Shows the model `modelId` and waits for the click that sets `panoramaId`'s standpoint. */
export function startStandpointPick(studio: Studio, panoramaId: string, modelId: string): void {
  const { store } = studio;
  store.getState().select({ sceneId: modelId, hotspotId: null });
  store.getState().pickStandpoint(panoramaId);
  // The button goes with the panorama's panel: the view takes the keyboard (arrow keys turn it, Enter picks).
  viewElement()?.focus();
}

/** Back to the panorama, nothing changed. */
export function cancelStandpointPick(studio: Studio): void {
  const panoramaId = studio.store.getState().standpointFor;
  if (!panoramaId) return;
  studio.store.getState().pickStandpoint(null);
  studio.store.getState().select({ sceneId: panoramaId, hotspotId: null });
}

/** Sets the standpoint from the model point under the page point (x, y), or the middle of the view. False when nothing was there. */
export function pickStandpointAt(studio: Studio, at?: { x: number; y: number }): boolean {
  const { store, t } = studio;
  const { standpointFor, draft, selection } = store.getState();
  const model = sceneOf(draft, selection.sceneId);
  if (!standpointFor || model?.type !== 'model') return false;
  const box = at ? null : viewElement()?.getBoundingClientRect();
  const point = at ?? (box ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null);
  const picked = point ? studio.picker.current?.(point.x, point.y) : null;
  if (picked?.kind !== 'model') {
    studio.tourStore.getState().notify(t.standpointNothing, 'warning');
    return false;
  }
  store.getState().pickStandpoint(null);
  const position = standpointAbove(picked.position, model.eyeHeight);
  store.getState().edit((d) => setStandpoint(d, standpointFor, { scene: model.id, position }), { sceneId: standpointFor, hotspotId: null });
  focusHeading();
  return true;
}

/** The heading slider, once the panorama's panel is back: the next thing to do is to turn it. */
function focusHeading(tries = 30): void {
  const slider = document.querySelector<HTMLElement>('[data-field="standpoint"] input[type="range"]');
  if (slider) slider.focus();
  else if (tries > 0) requestAnimationFrame(() => focusHeading(tries - 1));
}
