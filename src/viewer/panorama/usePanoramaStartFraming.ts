/**
 * The panorama scene's start view, refitted to an upright screen (portraitFraming.ts); any other
 * view (a link's, a presenter's, the visitor's own) is shown as it is, since views travel between
 * screens and what someone chose must stay exact. A fly-in from the model ends on the same refit
 * (ModelSceneView), so the cross-fade lines up on phones too.
 */
import { useCallback } from 'react';
import { useTour } from '../../state/hooks';
import { selectScene } from '../../state/selectors';
import { startView } from '../../state/view';
import type { PanoramaView } from '../../state/types';
import { panoramaForAspect } from './portraitFraming';
import { useViewAspect } from '../useViewAspect';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-3;

export function usePanoramaStartFraming(): (view: PanoramaView) => PanoramaView {
  const aspect = useViewAspect();
  const scene = useTour(selectScene);
  return useCallback(
    (view) => {
      const start = scene?.type === 'panorama' ? startView(scene) : null;
      const isStart = start?.kind === 'panorama' && close(start.yaw, view.yaw) && close(start.pitch, view.pitch) && close(start.fov, view.fov);
      return isStart ? panoramaForAspect(view, aspect) : view;
    },
    [scene, aspect],
  );
}
