/** "Start live tour" in the top bar; its panel is a separate chunk, loaded on first open. */
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTour } from '../../state/hooks';
import { useLiveStrings } from './liveStrings';

const LiveStartPanel = lazy(() => import('./LiveStartPanel'));

export function LiveStartButton() {
  const t = useLiveStrings();
  const [open, setOpen] = useState(false);
  const isTour = useTour((s) => s.tour !== null && s.tour.id !== 'quick-view');
  const close = useCallback(() => setOpen(false), []);
  // Live pages already are a session.
  if (!isTour || location.pathname.startsWith('/live/')) return null;
  return (
    <>
      <button type="button" className="topbar__live" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {t.startLive}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LiveStartPanel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
