/**
 * What a live page shows once its session has ended, or for a code that
 * names none: a finished page, not a stuck loader. It covers the viewer and
 * makes it inert, so the heading and its two links are all a keyboard or a
 * screen reader meets. The tour link opens the session's tour when it was
 * known, else the default tour (the site's root).
 */
import { useRef } from 'react';
import { createPortal } from 'react-dom';
import type { LiveSession } from '../../live/start';
import { useLive } from './useLive';
import { useLiveStrings } from './liveStrings';
import { useCoverPage } from './useCoverPage';

export function LiveEndedPage({ session }: { session: LiveSession }) {
  const t = useLiveStrings();
  const tour = useLive(session.status, (s) => s.tour);
  const heading = useRef<HTMLHeadingElement>(null);

  useCoverPage(heading);

  const base = import.meta.env.BASE_URL;
  return createPortal(
    <main className="live-ended" data-live-ended aria-labelledby="live-ended-title">
      <h1 id="live-ended-title" ref={heading} tabIndex={-1}>
        {t.endedTitle}
      </h1>
      <p>{t.endedHelp}</p>
      <nav className="live-ended__links">
        <a href={tour ? `${base}t/${encodeURIComponent(tour)}` : base} data-live-ended-tour={tour ?? ''}>
          {t.openTour}
        </a>
        <a href={`${base}tours`}>{t.allTours}</a>
      </nav>
    </main>,
    document.body,
  );
}
