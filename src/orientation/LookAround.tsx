/**
 * "Look around by moving your phone" (a lazy chunk, only on touch devices
 * with orientation sensors), in panoramas and in walk mode: the view turns as
 * the phone turns. Switching on keeps the current view and follows changes
 * from there (the heading is relative, the elevation absolute). iOS asks for
 * permission on the press; a refusal leaves an error line. Every listener it
 * adds is removed when it is switched off or the scene no longer fits.
 */
import { useEffect, useRef, useState } from 'react';
import { useTour, useTourStore } from '../state/hooks';
import { selectScene } from '../state/selectors';
import type { View } from '../protocol/common';
import { deviceDirection, headingDelta, type Direction } from './deviceDirection';
import { orientationStrings } from './strings';

type PermissionAsking = { requestPermission?: () => Promise<'granted' | 'denied'> };
const DEG = Math.PI / 180;

/** The view turned to `to`, given the view and the phone's direction when following began. */
function turned(start: View, from: Direction, to: Direction): View {
  const turn = headingDelta(to.heading, from.heading);
  const pitch = Math.max(-85, Math.min(85, to.elevation));
  if (start.kind === 'panorama') return { ...start, yaw: headingDelta(start.yaw + turn, 0), pitch };
  const [x, y, z] = start.position;
  const d = [start.target[0] - x, start.target[1] - y, start.target[2] - z] as const;
  const reach = Math.hypot(...d) || 1;
  const h = (Math.atan2(d[0], -d[2]) / DEG + turn) * DEG;
  const p = pitch * DEG;
  return { ...start, target: [x + Math.sin(h) * Math.cos(p) * reach, y + Math.sin(p) * reach, z - Math.cos(h) * Math.cos(p) * reach] };
}

export default function LookAround() {
  const store = useTourStore();
  const language = useTour((s) => s.language);
  const fits = useTour((s) => selectScene(s)?.type === 'panorama' || (selectScene(s)?.type === 'model' && s.mode === 'walk'));
  const sceneId = useTour((s) => s.sceneId);
  const [on, setOn] = useState(false);
  const [refused, setRefused] = useState(false);
  const t = orientationStrings(language);
  const start = useRef<{ view: View; from: Direction } | null>(null);

  useEffect(() => {
    if (!on || !fits) return;
    start.current = null;
    const onTurn = (event: DeviceOrientationEvent) => {
      if (event.alpha === null || event.beta === null || event.gamma === null) return;
      const to = deviceDirection(event.alpha, event.beta, event.gamma);
      const { view, setView } = store.getState();
      if (!view) return;
      if (!start.current || start.current.view.kind !== view.kind) start.current = { view, from: to };
      setView(turned(start.current.view, start.current.from, to), 'user');
    };
    window.addEventListener('deviceorientation', onTurn);
    return () => window.removeEventListener('deviceorientation', onTurn);
  }, [on, fits, sceneId, store]);

  const toggle = async () => {
    if (on) return setOn(false);
    const ask = (globalThis.DeviceOrientationEvent as PermissionAsking | undefined)?.requestPermission;
    // iOS: permission must be asked in the press itself.
    const answer = ask ? await ask().catch(() => 'denied' as const) : 'granted';
    setRefused(answer !== 'granted');
    setOn(answer === 'granted');
  };

  if (!fits) return null;
  return (
    <div className="look-around">
      {refused && <p className="look-around__error">{t.refused}</p>}
      <button type="button" className="look-around__toggle" aria-pressed={on} onClick={() => void toggle()}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <rect x="4.5" y="1.5" width="7" height="13" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path d="M1 6.5a8 8 0 0 0 0 3M15 6.5a8 8 0 0 1 0 3" stroke="currentColor" strokeWidth="1.4" fill="none" />
        </svg>
        {t.lookAround}
      </button>
    </div>
  );
}
