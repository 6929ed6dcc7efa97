/** Opens the share panel (loaded on first use); not offered for a quick view, which has no address to share. */
import { lazy, Suspense, useCallback, useState } from 'react';
import { useTour } from '../state/hooks';
import { useStrings } from './useStrings';
import { isQuickView } from '../tour/quickView';

const SharePanel = lazy(() => import('./SharePanel'));

export function ShareButton() {
  const t = useStrings();
  const [open, setOpen] = useState(false);
  const isTour = useTour((s) => s.tour !== null && !isQuickView(s.tour));
  const close = useCallback(() => setOpen(false), []);
  if (!isTour) return null;
  return (
    <>
      <button type="button" className="topbar__share" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen((v) => !v)}>
        {t.share}
      </button>
      {open && (
        <Suspense fallback={null}>
          <SharePanel onClose={close} />
        </Suspense>
      )}
    </>
  );
}
