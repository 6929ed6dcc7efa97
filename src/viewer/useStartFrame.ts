/**
 * Whether the viewer may take the WebGL context: not while the page's start script is still to paint
 * the panorama's first frame with it (src/start/earlyStart.ts). The viewer's own first frame needs
 * the same decoded picture, so waiting for it costs the viewer nothing but the renderer's set-up.
 */
import { useEffect, useState } from 'react';
import { pendingStartFrame } from '../start/earlyStart';

export function useStartFrameSettled(): boolean {
  const [settled, setSettled] = useState(() => pendingStartFrame() === null);
  useEffect(() => {
    const pending = pendingStartFrame();
    if (settled || !pending) return setSettled(true);
    let mounted = true;
    void pending.then(() => mounted && setSettled(true));
    return () => {
      mounted = false;
    };
  }, [settled]);
  return settled;
}
