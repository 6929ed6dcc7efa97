/**
 * For speakers of a multi-site visit: the sites in visiting order with who
 * presents each, which one is on, and — for the speaker in control —
 * "Hand over to <next speaker>" (or, when nobody is named for the next site,
 * going on to it). Moving on switches the tour for everyone (moveToSite.ts).
 */
import { useRef, useState } from 'react';
import { isDriving } from '../../live/status';
import { useTour } from '../../state/hooks';
import { useLive } from '../../ui/live/useLive';
import { fill } from '../strings';
import { moveToSite } from './moveToSite';
import { siteName, type SitePlaces } from './sitePlaces';
import { nextSite } from './visitLiveState';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function Sites({ places }: { places: SitePlaces }) {
  const t = useVisitLiveText();
  const { session } = useVisitLiveContext();
  const tours = useVisitLive((s) => s.tours);
  const speakers = useVisitLive((s) => s.speakers);
  const current = useTour((s) => s.tour?.id ?? null);
  const language = useTour((s) => s.language);
  const driving = useLive(session.status, isDriving);
  const you = useLive(session.status, (s) => s.you);
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const heading = useRef<HTMLHeadingElement>(null);
  if (tours.length < 2) return null;
  const next = nextSite({ tours, speakers }, current);
  // The next site's speaker, unless it is this one (one speaker may present two sites).
  const handTo = next?.speaker && next.speaker.id !== you ? next.speaker : null;
  const moveOn = async () => {
    if (!next) return;
    setState('busy');
    const moved = await moveToSite(session, next);
    setState(moved ? 'idle' : 'failed');
    // The button goes with the control it offered: keep the keyboard in the panel, on the sites' list.
    if (moved) heading.current?.focus();
  };
  return (
    <section aria-labelledby="visit-live-sites" data-sites>
      <h3 id="visit-live-sites" ref={heading} tabIndex={-1}>
        {t.sites}
      </h3>
      <ol className="visit-live__list">
        {tours.map((tour) => {
          const names = speakers.filter((p) => p.tour === tour).map((p) => p.name);
          const on = tour === current;
          return (
            <li key={tour} data-site={tour} data-site-current={on || undefined} aria-current={on ? 'step' : undefined}>
              <strong>{siteName(places, tour, language)}</strong>
              {on && <> · {t.siteNow}</>}
              {names.length > 0 && <> — {fill(t.siteBy, { names: names.join(', ') })}</>}
            </li>
          );
        })}
      </ol>
      {next && driving && (
        <p className="visit-live__actions">
          <button type="button" className="visit-live__primary" disabled={state === 'busy'} onClick={() => void moveOn()} data-next-site={next.tour}>
            {state === 'busy'
              ? t.handingOver
              : handTo
                ? fill(t.handOverToSite, { name: handTo.name, site: siteName(places, next.tour, language) })
                : fill(t.goToSite, { site: siteName(places, next.tour, language) })}
          </button>
          {state === 'failed' && <span role="alert">{t.siteNotOpened}</span>}
        </p>
      )}
      {next && !driving && <p className="visit-live__empty">{t.takeControlForSite}</p>}
    </section>
  );
}
