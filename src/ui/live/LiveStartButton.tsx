/** "Start live tour" in the top bar; its panel is a separate chunk, loaded on first open. */
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTour } from '../../state/hooks';
import { isQuickView } from '../../tour/quickView';

const LiveStartPanel = lazy(() => import('./LiveStartPanel'));

/** The button's own label (the panel's words come with the panel's chunk). */
const label: Record<string, string> = { en: 'Start live tour', sv: 'Starta livevisning', fi: 'Aloita live-kierros' };

export function LiveStartButton() {
  const language = useTour((s) => s.language);
  const [open, setOpen] = useState(false);
  const isTour = useTour((s) => s.tour !== null && !isQuickView(s.tour));
  const close = useCallback(() => setOpen(false), []);
  // Live pages already are a session.
  if (!isTour || location.pathname.startsWith('/live/')) return null;
  return (
    <>
      <button type="button" className="topbar__live" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {label[language] ?? label.en}
      </button>
      {open && (
        <Suspense fallback={null}>
          <LiveStartPanel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
