/**
 * The "look here" pointer. The presenter arms it and clicks the view; the
 * spot is sent relative to the screen centre in screen heights (see
 * `LivePointer`), so it lands on the same thing for attendees who follow the
 * same view on another screen. Detached attendees do not see it: they look elsewhere.
 */
import type { MouseEvent } from 'react';
import type { LiveSession } from '../../live/start';
import { isDriving } from '../../live/status';
import { useLive } from './useLive';
import { useLiveStrings } from './liveStrings';

export function LivePointerLayer({ session }: { session: LiveSession }) {
  const t = useLiveStrings();
  const { status, controls } = session;
  const pointer = useLive(status, (s) => s.pointer);
  const visible = useLive(status, (s) => s.following || isDriving(s));
  const armed = useLive(status, (s) => s.pointing && isDriving(s));

  const place = (event: MouseEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - box.width / 2) / box.height;
    const y = (event.clientY - box.top - box.height / 2) / box.height;
    controls.point({ x: Math.max(-2, Math.min(2, x)), y: Math.max(-0.5, Math.min(0.5, y)) });
    status.setState({ pointing: false });
  };

  return (
    <>
      {armed && <div className="live__point-target" data-live-point-target onClick={place} aria-hidden="true" />}
      {pointer && visible && (
        <div
          className="live__pointer"
          role="img"
          aria-label={t.lookHere}
          data-live-pointer={`${pointer.x.toFixed(3)},${pointer.y.toFixed(3)}`}
          style={{ left: `calc(50% + ${pointer.x * 100}vh)`, top: `calc(50% + ${pointer.y * 100}vh)` }}
        />
      )}
    </>
  );
}
