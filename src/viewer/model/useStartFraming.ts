/**
 * The model scene's start view (its camera, or the framing of a model without
 * one), refitted to this screen's shape; any other view is shown as it is.
 * Views travel between screens (links, live tours), so only the view the
 * scene starts with is adapted: what a visitor or presenter chose stays exact.
 */
import { useMemo } from 'react';
import { useViewAspect } from '../useViewAspect';
import { useTour } from '../../state/hooks';
import { selectScene } from '../../state/selectors';
import { startView } from '../../state/view';
import type { ModelView, View } from '../../state/types';
import { framingView, type ModelFrame } from './modelBounds';
import { distanceStretch, frameForAspect } from './aspectFraming';

const close = (a: readonly number[], b: readonly number[]) => a.every((v, i) => Math.abs(v - (b[i] as number)) < 1e-3);
const sameView = (a: ModelView, b: View) => b.kind === 'model' && close(a.position, b.position) && close(a.target, b.target) && Math.abs(a.fov - b.fov) < 1e-3;

export interface StartFraming {
  /** The view to show for `view`. */
  fit(view: ModelView): ModelView;
  /** How much farther back than on a landscape screen the camera may stand (for its distance limit). */
  stretch: number;
}

export function useStartFraming(frame: ModelFrame): StartFraming {
  const aspect = useViewAspect();
  const scene = useTour(selectScene);
  return useMemo(() => {
    const start = scene?.type !== 'model' ? null : scene.camera ? startView(scene) : framingView(frame);
    return {
      fit: (view) => (start && sameView(view, start) ? frameForAspect(view, aspect, frame) : view),
      stretch: distanceStretch(aspect),
    };
  }, [scene, frame, aspect]);
}
