/** Opens the share panel (loaded on first use); not offered for a quick view, which has no address to share. */
import { lazy } from 'react';
import { useTour } from '../state/hooks';
import { useStrings } from './useStrings';
import { isQuickView } from '../tour/quickView';
import { LazyPanelButton } from './LazyPanelButton';

const SharePanel = lazy(() => import('./SharePanel'));

export function ShareButton() {
  const t = useStrings();
  const isTour = useTour((s) => s.tour !== null && !isQuickView(s.tour));
  if (!isTour) return null;
  return <LazyPanelButton className="topbar__share" label={t.share} Panel={SharePanel} />;
}
