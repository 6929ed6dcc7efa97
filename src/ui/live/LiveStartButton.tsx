/** "Start live tour" in the top bar; its panel is a separate chunk, loaded on first open. */
import { lazy } from 'react';
import { useTour } from '../../state/hooks';
import { isQuickView } from '../../tour/quickView';
import { LazyPanelButton } from '../LazyPanelButton';

const LiveStartPanel = lazy(() => import('./LiveStartPanel'));

/** The button's own label (the panel's words come with the panel's chunk). */
const label: Record<string, string> = { en: 'Start live tour', sv: 'Starta livevisning', fi: 'Aloita live-kierros' };

export function LiveStartButton() {
  const language = useTour((s) => s.language);
  const isTour = useTour((s) => s.tour !== null && !isQuickView(s.tour));
  // Live pages already are a session.
  if (!isTour || location.pathname.startsWith('/live/')) return null;
  return <LazyPanelButton className="topbar__live" label={label[language] ?? label.en!} Panel={LiveStartPanel} />;
}
