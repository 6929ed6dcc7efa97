/**
 * Attract mode (a lazy chunk, only with `?kiosk=1`): after `idleSeconds`
 * without input the tour plays its first guide, or, without guides, slowly
 * turns the view (not for visitors who asked for reduced motion); the first
 * touch, click, key or wheel gives control back and stops what it started.
 * Every listener and timer it starts is stopped by its cleanup.
 */
import { useEffect } from 'react';
import { useTourStore } from '../state/hooks';
import { requestPlay } from '../guides/playRequests';
import type { TourStore } from '../state/store';

const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
/** Degrees per tick of the slow turn: 3° a second. */
const TURN_STEP = 0.15;
const TICK_MS = 50;

/** One step of the slow turn: the panorama's yaw, or the model camera around its target. */
function turn(store: TourStore) {
  const { view, setView } = store.getState();
  if (view?.kind === 'panorama') setView({ ...view, yaw: ((view.yaw + TURN_STEP + 540) % 360) - 180 }, 'app');
  else if (view?.kind === 'model') {
    const [x, y, z] = view.position;
    const [tx, , tz] = view.target;
    const a = (TURN_STEP * Math.PI) / 180;
    const dx = x - tx;
    const dz = z - tz;
    setView({ ...view, position: [tx + dx * Math.cos(a) - dz * Math.sin(a), y, tz + dx * Math.sin(a) + dz * Math.cos(a)] }, 'app');
  }
}

export default function Attract({ idleSeconds }: { idleSeconds: number }) {
  const store = useTourStore();
  useEffect(() => {
    let idle: ReturnType<typeof setTimeout> | undefined;
    let turning: ReturnType<typeof setInterval> | undefined;
    let playing = false;
    const start = () => {
      // Still loading: ask again shortly.
      if (!store.getState().tour) return void (idle = setTimeout(start, 1000));
      const guide = store.getState().tour?.guides?.[0];
      if (guide) {
        playing = true;
        requestPlay(guide.id);
      } else if (!matchMedia('(prefers-reduced-motion: reduce)').matches) turning = setInterval(() => turn(store), TICK_MS);
    };
    const giveBack = () => {
      clearInterval(turning);
      turning = undefined;
      if (playing) store.getState().setGuide(null, 'user');
      playing = false;
      clearTimeout(idle);
      idle = setTimeout(start, idleSeconds * 1000);
    };
    for (const type of INPUT_EVENTS) window.addEventListener(type, giveBack, { capture: true, passive: true });
    giveBack();
    return () => {
      for (const type of INPUT_EVENTS) window.removeEventListener(type, giveBack, { capture: true });
      clearTimeout(idle);
      clearInterval(turning);
    };
  }, [idleSeconds, store]);
  return null;
}
