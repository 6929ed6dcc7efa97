/**
 * Walk mode's moves: a click walks to the floor clicked (or to the floor in
 * front of the wall or equipment clicked), an arrow key takes a step; both
 * stop a clearance radius short of any surface and never end inside one.
 * Where there is no room to stand, the camera stays and a notice says why.
 */
import { useCallback, useMemo } from 'react';
import type { CameraControlsImpl } from '@react-three/drei';
import { Vector3, type PerspectiveCamera } from 'three';
import { useActions, useTourStore } from '../../state/hooks';
import { strings } from '../../ui/strings';
import { spotInFront, stanceFor, standingSpot, type SurfaceQueries } from './clearance';
import { walkOnto } from './pointerMoves';
import { FLOOR_NORMAL_Y } from './surfaces';

export interface Walking {
  /** A click at `point` on a face with world normal `normal`. */
  walkTo(point: Vector3, normal: Vector3): void;
  /** One step ahead (1) or back (−1), along the floor. */
  step(sign: 1 | -1): void;
}

interface Options {
  controls: CameraControlsImpl | null;
  camera: PerspectiveCamera;
  surfaces: SurfaceQueries | null;
  eyeHeight: number;
  radius: number;
  /** Marks the move as the user's (useViewSync). */
  userInput: () => void;
}

const eye = new Vector3();
const ahead = new Vector3();

export function useWalking({ controls, camera, surfaces, eyeHeight, radius, userInput }: Options): Walking {
  const { notify } = useActions();
  const store = useTourStore();
  const stance = useMemo(() => stanceFor(eyeHeight), [eyeHeight]);
  // A metre for a 1.6 m eye; on a model of a whole town, a fiftieth of its size.
  const stride = Math.max(eyeHeight * 0.625, radius / 50);

  const walkTo = useCallback(
    (point: Vector3, normal: Vector3) => {
      if (!controls || !surfaces) return;
      const spot = normal.y > FLOOR_NORMAL_Y ? standingSpot(point, stance, surfaces) : spotInFront(point, normal, stance, surfaces);
      if (!spot) {
        notify(strings(store.getState().language).noRoomToStand, 'info');
        return;
      }
      userInput();
      walkOnto(controls, camera, spot);
    },
    [controls, camera, surfaces, stance, store, notify, userInput],
  );

  const step = useCallback(
    (sign: 1 | -1) => {
      if (!controls || !surfaces) return;
      controls.getPosition(eye);
      camera.getWorldDirection(ahead).setY(0);
      if (ahead.lengthSq() < 1e-9) return;
      ahead.normalize().multiplyScalar(stride * sign);
      // Up against a wall the step is refused quietly: a notice per key press would be noise.
      const spot = standingSpot(eye.clone().add(ahead).setY(eye.y - eyeHeight), stance, surfaces);
      if (spot) walkOnto(controls, camera, spot);
    },
    [controls, camera, surfaces, stance, stride, eyeHeight],
  );

  return useMemo(() => ({ walkTo, step }), [walkTo, step]);
}
