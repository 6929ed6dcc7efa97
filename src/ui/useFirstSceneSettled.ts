/**
 * True once the first scene is drawn (or has failed) and the browser has had an idle moment since:
 * corner tools such as the minimap and the guide player load their chunks only then, so they never
 * compete with the first scene's code, files and first frames. Latched, so a later scene change
 * does not unmount them.
 */
import { useEffect, useState } from 'react';
import { useTour } from '../state/hooks';

/** Safari has no requestIdleCallback; a short timer stands in. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 200);
  return () => clearTimeout(id);
};

export function useFirstSceneSettled(): boolean {
  const settledNow = useTour((s) => s.sceneStatus !== 'loading');
  const [settled, setSettled] = useState(false);
  useEffect(() => (settledNow && !settled ? whenIdle(() => setSettled(true)) : undefined), [settledNow, settled]);
  return settled;
}
