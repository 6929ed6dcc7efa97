/** The keyboard on a model: arrows turn (orbit) or turn and step (walk: `walkStep`, which keeps clear of walls); + and − dolly. */
import { useCallback } from 'react';
import type { CameraControlsImpl } from '@react-three/drei';
import { prefersReducedMotion } from '../../lib/motion';
import { useViewerKeys, type KeyMove } from '../useViewerKeys';

export function useModelKeys(controls: CameraControlsImpl | null, walking: boolean, radius: number, walkStep: (sign: 1 | -1) => void, userInput: () => void): void {
  useViewerKeys(
    useCallback(
      (key, shift): KeyMove => {
        if (!controls) return null;
        const animate = !prefersReducedMotion();
        const turn = (Math.PI / 180) * (shift ? 30 : 10);
        const step = walking ? 1 : radius * 0.1;
        switch (key) {
          case 'ArrowLeft':
            return () => void controls.rotate(walking ? turn : -turn, 0, animate);
          case 'ArrowRight':
            return () => void controls.rotate(walking ? -turn : turn, 0, animate);
          case 'ArrowUp':
            return () => void (walking ? walkStep(1) : controls.rotate(0, -turn, animate));
          case 'ArrowDown':
            return () => void (walking ? walkStep(-1) : controls.rotate(0, turn, animate));
          case '+':
          case '=':
            return () => void controls.dolly(step, animate);
          case '-':
          case '_':
            return () => void controls.dolly(-step, animate);
          default:
            return null;
        }
      },
      [controls, walking, radius, walkStep],
    ),
    userInput,
  );
}
