/**
 * Placing a new hotspot: where the user clicked (the viewer's picker: the model's surface or the
 * panorama's direction), or — from the keyboard — the middle of the view, falling back to the
 * point the camera looks at. The new hotspot is selected, ready to be named and nudged.
 */
import type { Studio } from '../StudioContext';
import { addHotspot, defaultLanguageOf } from '../draft/edits';
import type { Anchor } from '../draft/types';
import { studioStrings } from '../strings';

function lookedAt(studio: Studio): Anchor | null {
  const view = studio.tourStore.getState().view;
  if (view?.kind === 'panorama') return { kind: 'panorama', yaw: Math.round(view.yaw * 10) / 10, pitch: Math.round(view.pitch * 10) / 10 };
  if (view?.kind === 'model') return { kind: 'model', position: view.target.map((v) => Math.round(v * 100) / 100) as [number, number, number] };
  return null;
}

/** Adds a hotspot of `type` at the page point (x, y), or at the middle of the view when none is given. Returns its id, or null. */
export function placeHotspot(studio: Studio, type: 'info' | 'link', at?: { x: number; y: number }, view?: HTMLElement | null): string | null {
  const { store } = studio;
  const centre = view?.getBoundingClientRect();
  const point = at ?? (centre ? { x: centre.left + centre.width / 2, y: centre.top + centre.height / 2 } : null);
  const picked = point ? studio.picker.current?.(point.x, point.y) : null;
  const anchor = picked ?? (at ? null : lookedAt(studio));
  store.getState().setPlacing(null);
  if (!anchor) {
    studio.tourStore.getState().notify(studio.t.nothingThere, 'warning');
    return null;
  }
  const { draft, selection } = store.getState();
  const words = studioStrings(defaultLanguageOf(draft));
  const added = addHotspot(draft, selection.sceneId, type, anchor, type === 'info' ? words.newInfo : words.newLink);
  if (!added.id) return null;
  store.getState().edit(() => added.draft, { hotspotId: added.id });
  return added.id;
}

/** Focuses a hotspot's marker once the view has drawn it (keyboard users go on with the arrow keys). */
export function focusMarker(view: HTMLElement | null, id: string, tries = 30): void {
  const marker = view?.querySelector<HTMLElement>(`[data-hotspot="${CSS.escape(id)}"]`);
  if (marker) marker.focus();
  else if (tries > 0) requestAnimationFrame(() => focusMarker(view, id, tries - 1));
}
