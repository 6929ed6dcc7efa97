import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';

/**
 * Keyboard navigation for the focused 3D view. The handler receives the key
 * and returns true when it used it (then the page does not scroll).
 */
export function useViewerKeys(handler: (key: string, shift: boolean) => boolean): void {
  const canvas = useThree((s) => s.gl.domElement);
  const invalidate = useThree((s) => s.invalidate);
  useEffect(() => {
    const host = canvas.closest<HTMLElement>('[data-viewer]');
    if (!host) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.target !== host || event.altKey || event.ctrlKey || event.metaKey) return;
      if (!handler(event.key, event.shiftKey)) return;
      event.preventDefault();
      // On-demand rendering: the controls only animate while frames are drawn.
      invalidate();
    };
    host.addEventListener('keydown', onKeyDown);
    return () => host.removeEventListener('keydown', onKeyDown);
  }, [canvas, handler, invalidate]);
}
