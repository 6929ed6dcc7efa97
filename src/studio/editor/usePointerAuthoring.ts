/**
 * Pointer authoring on the view: while placing, a click (not a drag that turned the camera) puts
 * the hotspot there; a marker pressed and moved follows the pointer across the model or the
 * panorama (one undo step per drag); a marker clicked is selected — in the studio it neither
 * opens its card nor follows its link. While a standpoint is being picked, a click on the model sets it.
 */
import { useEffect, type RefObject } from 'react';
import { useStudio } from '../StudioContext';
import { moveHotspot } from '../draft/edits';
import { placeHotspot } from './placement';
import { pickStandpointAt } from './standpointPick';

/** Movement beyond this many pixels makes a press a drag, not a click. */
const DRAG_SLOP = 5;

export function usePointerAuthoring(wrapper: RefObject<HTMLDivElement | null>): void {
  const studio = useStudio();
  useEffect(() => {
    const view = wrapper.current;
    if (!view) return;
    const { store, picker } = studio;
    let press: { x: number; y: number; hotspot: string | null; dragging: boolean } | null = null;
    let swallowClick = false;
    let frame = 0;
    let latest: { x: number; y: number } | null = null;

    const markerOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-hotspot]') : null);

    const onPointerDown = (event: PointerEvent) => {
      const marker = markerOf(event.target);
      press = { x: event.clientX, y: event.clientY, hotspot: marker?.dataset.hotspot ?? null, dragging: false };
      swallowClick = false;
      if (!marker) return;
      // The press is the marker's: the camera controls underneath must not turn the view with it.
      event.stopPropagation();
      store.getState().select({ hotspotId: press.hotspot });
    };
    const moveTo = () => {
      frame = 0;
      const id = press?.hotspot;
      const anchor = latest && id ? picker.current?.(latest.x, latest.y) : null;
      if (id && anchor) store.getState().edit((d) => moveHotspot(d, id, anchor));
    };
    const onPointerMove = (event: PointerEvent) => {
      if (!press?.hotspot) return;
      if (!press.dragging && Math.hypot(event.clientX - press.x, event.clientY - press.y) < DRAG_SLOP) return;
      if (!press.dragging) {
        press.dragging = true;
        store.getState().beginGesture();
      }
      event.preventDefault();
      latest = { x: event.clientX, y: event.clientY };
      // At most one move per frame: the marker follows at the view's frame rate.
      if (!frame) frame = requestAnimationFrame(moveTo);
    };
    const onPointerUp = (event: PointerEvent) => {
      if (press?.dragging) {
        if (frame) cancelAnimationFrame(frame);
        moveTo();
        store.getState().endGesture();
        swallowClick = true;
      }
      if (press && Math.hypot(event.clientX - press.x, event.clientY - press.y) >= DRAG_SLOP) swallowClick = true;
      press = null;
    };
    const onClick = (event: MouseEvent) => {
      const marker = markerOf(event.target);
      if (swallowClick) {
        swallowClick = false;
        if (marker || store.getState().placing) {
          event.preventDefault();
          event.stopPropagation();
        }
        return;
      }
      if (marker) {
        // Select, never open the card or follow the link (the visitor's meaning of a click).
        event.preventDefault();
        event.stopPropagation();
        store.getState().select({ hotspotId: marker.dataset.hotspot ?? null });
        return;
      }
      if (store.getState().standpointFor && event.target instanceof HTMLCanvasElement) return void pickStandpointAt(studio, { x: event.clientX, y: event.clientY });
      const placing = store.getState().placing;
      if (placing && event.target instanceof HTMLCanvasElement) placeHotspot(studio, placing, { x: event.clientX, y: event.clientY });
    };

    view.addEventListener('pointerdown', onPointerDown, true);
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerUp);
    view.addEventListener('click', onClick, true);
    return () => {
      if (frame) cancelAnimationFrame(frame);
      view.removeEventListener('pointerdown', onPointerDown, true);
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerUp);
      view.removeEventListener('click', onClick, true);
    };
  }, [wrapper, studio]);
}
