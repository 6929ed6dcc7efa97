/** Tour title, scene menu, navigation mode and language switch. */
import { lazy, Suspense, useCallback, useId, useRef, useState } from 'react';
import { useActions, useTour } from '../state/hooks';
import { selectScene } from '../state/selectors';
import { localize, tourLanguages } from '../tour/text';
import { languageNames } from './strings';
import { useStrings } from './useStrings';
import { useText } from './useText';
import { ToursMenu } from './ToursMenu';
import { LiveStartButton } from './live/LiveStartButton';
import { useTopBarHeight } from './useTopBarHeight';

export function TopBar() {
  const tour = useTour((s) => s.tour);
  if (!tour) return null;
  return <TourTopBar />;
}

function TourTopBar() {
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

const SharePanel = lazy(() => import('./SharePanel'));

function ShareButton() {
  const t = useStrings();
  const [open, setOpen] = useState(false);
  const isTour = useTour((s) => s.tour !== null && s.tour.id !== 'quick-view');
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

function SceneMenu() {
  const t = useStrings();
  const tour = useTour((s) => s.tour);
  const current = useTour((s) => s.sceneId);
  const language = useTour((s) => s.language);
  const { goToScene } = useActions();
  if (!tour || tour.scenes.length < 2) return null;
  return (
    <nav className="scenes" aria-label={t.scenes}>
      <ul>
        {tour.scenes.map((scene) => (
          <li key={scene.id}>
            <button
              type="button"
              data-scene-link={scene.id}
              aria-current={scene.id === current ? 'page' : undefined}
              onClick={() => goToScene(scene.id, 'user')}
            >
              <span aria-hidden="true" className="scenes__kind">
                {scene.type === 'model' ? '◆' : '◎'}
              </span>
              {localize(scene.title, language, tour.defaultLanguage)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function ModeSwitch() {
  const t = useStrings();
  const isModel = useTour((s) => selectScene(s)?.type === 'model');
  const mode = useTour((s) => s.mode);
  const { setMode } = useActions();
  if (!isModel) return null;
  return (
    <>
      <div className="segmented" role="group" aria-label={t.navigation}>
        {(['orbit', 'walk'] as const).map((m) => (
          <button key={m} type="button" aria-pressed={mode === m} data-mode={m} onClick={() => setMode(m, 'user')}>
            {t[m]}
          </button>
        ))}
      </div>
      {mode === 'walk' && (
        <p className="walk-hint" role="status">
          {t.walkHint}
        </p>
      )}
    </>
  );
}

function LanguageSwitch() {
  const t = useStrings();
  const id = useId();
  const tour = useTour((s) => s.tour);
  const language = useTour((s) => s.language);
  const { setLanguage } = useActions();
  const languages = tour ? tourLanguages(tour) : [];
  if (languages.length < 2) return null;
  return (
    <div className="language">
      <label htmlFor={id} className="visually-hidden">
        {t.language}
      </label>
      <select id={id} value={language} onChange={(e) => setLanguage(e.target.value, 'user')}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l] ?? l}
          </option>
        ))}
      </select>
    </div>
  );
}
