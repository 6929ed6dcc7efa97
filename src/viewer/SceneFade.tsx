/**
 * Cross-fade between scenes: when the scene changes, the last frame of the old
 * scene is copied to a 2D canvas over the view (in the same task as a fresh
 * render, so no preserveDrawingBuffer is needed) and faded out once the new
 * scene has drawn its first frame. Under prefers-reduced-motion it is a cut.
 */
import { useEffect, type RefObject } from 'react';
import { useThree } from '@react-three/fiber';
import { useTourStore } from '../state/hooks';
import { prefersReducedMotion } from '../lib/motion';

export function SceneFade({ overlay }: { overlay: RefObject<HTMLCanvasElement | null> }) {
  const store = useTourStore();
  const gl = useThree((s) => s.gl);
  const get = useThree((s) => s.get);

  useEffect(() => {
    const hide = () => overlay.current?.removeAttribute('data-visible');
    return store.subscribe((state, prev) => {
      const target = overlay.current;
      if (!target) return;
      if (state.sceneId !== prev.sceneId && prev.sceneId !== null && prev.sceneStatus === 'ready') {
        const { scene, camera } = get();
        gl.render(scene, camera);
        target.width = gl.domElement.width;
        target.height = gl.domElement.height;
        target.getContext('2d')?.drawImage(gl.domElement, 0, 0);
        target.dataset.instant = String(prefersReducedMotion());
        target.setAttribute('data-visible', '');
      } else if (state.sceneStatus !== 'loading' && prev.sceneStatus === 'loading') {
        hide();
      }
    });
  }, [store, gl, get, overlay]);
  return null;
}
