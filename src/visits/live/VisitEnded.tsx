/**
 * What everyone of a visit sees once a speaker has ended it: a finished page
 * over the tour (which it makes inert, as the live tour's own ended page
 * does), thanking them, with the follow-up page (the answered questions) and
 * the tour to explore on one's own. The page closes its live connection: the
 * visit is over, and nobody is counted present any longer.
 */
import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { useTour } from '../../state/hooks';
import { useCoverPage } from '../../ui/live/useCoverPage';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText } from './visitLiveText';

export function VisitEnded() {
  const t = useVisitLiveText();
  const { session } = useVisitLiveContext();
  const code = useVisitLive((s) => s.code);
  const title = useVisitLive((s) => s.title);
  const tour = useTour((s) => s.tour?.id ?? null);
  const language = useTour((s) => s.language);
  const heading = useRef<HTMLHeadingElement>(null);

  useCoverPage(heading);
  useEffect(() => {
    session.socket.disconnect();
  }, [session]);

  const base = import.meta.env.BASE_URL;
  return createPortal(
    <main className="live-ended" lang={language} data-visit-ended aria-labelledby="visit-ended-title">
      <h1 id="visit-ended-title" ref={heading} tabIndex={-1}>
        {t.visitEndedTitle}
      </h1>
      {/* The title is unknown to a page the visit ended for before it was let in. */}
      <p>{title ? `${title} — ${t.visitEndedThanks}` : t.visitEndedThanks.charAt(0).toLocaleUpperCase(language) + t.visitEndedThanks.slice(1)}</p>
      <nav className="live-ended__links">
        {code && (
          <a href={`${base}v/${encodeURIComponent(code)}/follow-up`} data-visit-follow-up>
            {t.visitFollowUp}
          </a>
        )}
        {tour && (
          <a href={`${base}t/${encodeURIComponent(tour)}`} data-visit-self-guided>
            {t.exploreOnYourOwn}
          </a>
        )}
      </nav>
    </main>,
    document.body,
  );
}
