import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

/** A camera move a key asks for, or null when the key means nothing to the view. */
export type KeyMove = (() => void) | null;

/**
 * Keyboard navigation for the focused 3D view. `moveFor` maps a key to a
 * camera move; only keys it uses are taken from the page (no scrolling) and
 * marked as the user's input (`userInput`, from useViewSync), which also
 * requests the frames that carry the move out.
 */
export function useViewerKeys(moveFor: (key: string, shift: boolean) => KeyMove, userInput: () => void): void {
  const canvas = useThree((s) => s.gl.domElement);
  useEffect(() => {
    const host = canvas.closest<HTMLElement>('[data-viewer]');
    if (!host) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== host || event.altKey || event.ctrlKey || event.metaKey) return;
      const move = moveFor(event.key, event.shiftKey);
      if (!move) return;
      event.preventDefault();
      userInput();
      move();
    };
    // A click or tap on the view itself gives it the keyboard, so the arrows move on from where the
    // visitor just walked (a browser that keeps focus on the last button pressed would swallow them).
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof HTMLCanvasElement && document.activeElement !== host) host.focus({ preventScroll: true });
    };
    host.addEventListener('keydown', onKeyDown);
    host.addEventListener('pointerdown', onPointerDown);
    return () => {
      host.removeEventListener('keydown', onKeyDown);
      host.removeEventListener('pointerdown', onPointerDown);
    };
  }, [canvas, moveFor, userInput]);
}
