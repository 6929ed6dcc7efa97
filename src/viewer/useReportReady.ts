import { useEffect, useRef } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { useActions } from '../state/hooks';

/**
 * Reports the scene `ready` once a frame that contains its content has been
 * rendered — not when loading finished — so that tests and the fade wait for
 * real pixels. useFrame runs before a render, so the second call after the
 * content mounted proves one frame with it was drawn.
 */
export function useReportReady(sceneId: string, contentMounted: boolean): void {
  const { reportReady } = useActions();
  const invalidate = useThree((s) => s.invalidate);
  const frames = useRef(-1);

  useEffect(() => {
    frames.current = contentMounted ? 0 : -1;
    if (contentMounted) invalidate();
  }, [contentMounted, invalidate, sceneId]);

  useFrame(() => {
    if (frames.current < 0) return;
    frames.current += 1;
    if (frames.current === 1) {
      invalidate();
      return;
    }
    frames.current = -1;
    performance.mark(`sitevisit:ready:${sceneId}`);
    // The page's first 3D frame, unless the start script painted it before the app ran (src/start/earlyPaint.ts).
    if (performance.getEntriesByName('sitevisit:first-frame').length === 0) performance.mark('sitevisit:first-frame');
    reportReady(sceneId);
  });
}
