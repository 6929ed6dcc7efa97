/**
 * Tour title, scene menu, navigation mode, tours, language, sharing and live
 * tour; its height is published for the layout. On phones (app.css) the bar
 * is one row: the scene menu and a "Menu" button that folds the tools away.
 */
import { useCallback, useId, useRef, useState } from 'react';
import { useTour } from '../state/hooks';
import { useText } from './useText';
import { useStrings } from './useStrings';
import { useDismiss } from './useDismiss';
import { ToursMenu } from './ToursMenu';
import { LiveStartButton } from './live/LiveStartButton';
import { useTopBarHeight } from './useTopBarHeight';
import { useCoversView } from './useCoversView';
import { SceneMenu } from './SceneMenu';
import { ModeSwitch } from './ModeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareButton } from './ShareButton';

export function TourTopBar() {
  const t = useStrings();
  const toolsId = useId();
  const tour = useTour((s) => s.tour);
  const title = useText(tour?.title);
  const header = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, header, toggle);
  useTopBarHeight(header);
  useCoversView(header);
  return (
    <header className="topbar topbar--tour" ref={header}>
      <div className="topbar__heading">
        <h1 className="topbar__title">{title}</h1>
        <SceneMenu />
      </div>
      <button ref={toggle} type="button" className="topbar__menu" aria-expanded={open} aria-controls={toolsId} onClick={() => setOpen((v) => !v)}>
        <svg className="topbar__menu-icon" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M2 3.5h12M2 8h12M2 12.5h12" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        {t.menu}
      </button>
      <div id={toolsId} className="topbar__tools" data-open={open || undefined}>
        <ModeSwitch />
        <ToursMenu />
        <LanguageSwitch />
        <ShareButton />
        <LiveStartButton />
      </div>
    </header>
  );
}
