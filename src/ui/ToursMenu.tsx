/** "Tours" in the top bar: a disclosure listing every tour of the site, and a link to the `/tours` page. */
import { useCallback, useId, useRef, useState } from 'react';
import { useTour } from '../state/hooks';
import { useStrings } from './useStrings';
import { useTourIndex } from './useTourIndex';
import { TourList } from './TourList';
import { useDismiss } from './useDismiss';

export function ToursMenu() {
  const t = useStrings();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const language = useTour((s) => s.language);
  const current = useTour((s) => s.tour?.id);
  const { index, url } = useTourIndex(wanted);
  const root = useRef<HTMLDivElement>(null);

  const toggle = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  // Escape and a press outside close the list (focus returns to the button on Escape).
  useDismiss(open, close, root, toggle);

  return (
    <div className="tours-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="tours-menu__button"
        aria-expanded={open}
        aria-controls={id}
        onPointerEnter={() => setWanted(true)}
        onFocus={() => setWanted(true)}
        onClick={() => {
          setWanted(true);
          setOpen((v) => !v);
        }}
      >
        {t.tours}
      </button>
      <div id={id} className="tours-menu__panel" hidden={!open}>
        {index === undefined && open && <p>{t.loading}…</p>}
        {index && <TourList index={index} indexUrl={url} language={language} current={current} />}
        <a className="tours-menu__all" href={`${import.meta.env.BASE_URL}tours?lang=${encodeURIComponent(language)}`}>
          {t.allTours}
        </a>
      </div>
    </div>
  );
}
