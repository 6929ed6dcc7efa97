/** Tour title, scene menu, navigation mode, tours, language, sharing and live tour; its height is published for the layout. */
import { useRef } from 'react';
import { useTour } from '../state/hooks';
import { useText } from './useText';
import { ToursMenu } from './ToursMenu';
import { LiveStartButton } from './live/LiveStartButton';
import { useTopBarHeight } from './useTopBarHeight';
import { SceneMenu } from './SceneMenu';
import { ModeSwitch } from './ModeSwitch';
import { LanguageSwitch } from './LanguageSwitch';
import { ShareButton } from './ShareButton';

export function TourTopBar() {
  const tour = useTour((s) => s.tour);
  const title = useText(tour?.title);
  const header = useRef<HTMLElement>(null);
  useTopBarHeight(header);
  return (
    <header className="topbar" ref={header}>
      <h1 className="topbar__title">{title}</h1>
      <SceneMenu />
      <div className="topbar__tools">
        <ModeSwitch />
        <ToursMenu />
        <LanguageSwitch />
        <ShareButton />
        <LiveStartButton />
      </div>
    </header>
  );
}
