/**
 * What a visit is, as its guests see it before and after registering: the
 * time in the guest's own zone and in the organiser's, the tour's poster,
 * the speakers, the languages and the seats.
 */
import type { PublicVisit } from './api';
import { fill } from './strings';
import { browserTimeZone, formatVisitTime, sameLocalTime } from './time';
import { useVisitText } from './useVisitText';
import { useTourIndex } from '../ui/useTourIndex';

export const visitEnd = (visit: Pick<PublicVisit, 'startsAt' | 'endsAt' | 'durationMinutes'>): Date =>
  visit.endsAt ? new Date(visit.endsAt) : new Date(new Date(visit.startsAt).getTime() + visit.durationMinutes * 60_000);

/** "Svenska, English": language codes named in the page's language. */
export function languageList(codes: readonly string[], language: string): string {
  const names = new Intl.DisplayNames([language], { type: 'language' });
  return codes.map((c) => names.of(c) ?? c).join(', ');
}

/** The visit's poster: the server's, else the first tour's thumbnail from the site's tour list. */
function usePoster(visit: PublicVisit): string | null {
  const { index, url } = useTourIndex(!visit.posterUrl && (visit.tours?.length ?? 0) > 0);
  if (visit.posterUrl) return visit.posterUrl;
  const thumbnail = index?.tours.find((entry) => entry.id === visit.tours?.[0])?.thumbnail;
  return thumbnail ? new URL(thumbnail, url).href : null;
}

export function VisitDetails({ visit, showSeats = true }: { visit: PublicVisit; showSeats?: boolean }) {
  const { t, language } = useVisitText();
  const poster = usePoster(visit);
  const start = new Date(visit.startsAt);
  const end = visitEnd(visit);
  const guestZone = browserTimeZone();
  const oneZone = sameLocalTime(start, guestZone, visit.timeZone, language);
  return (
    <section className="visits__details" data-visit-details>
      {poster && <img className="visits__poster" src={poster} alt="" width={1280} height={720} data-poster />}
      <dl>
        <dt>{fill(t.yourTime, { zone: guestZone })}</dt>
        <dd data-time="guest">{formatVisitTime(start, end, guestZone, language)}</dd>
        {!oneZone && (
          <>
            <dt>{fill(t.organiserTime, { zone: visit.timeZone })}</dt>
            <dd data-time="organiser">{formatVisitTime(start, end, visit.timeZone, language)}</dd>
          </>
        )}
        {visit.speakers.length > 0 && (
          <>
            <dt>{t.speakers}</dt>
            <dd>
              <ul className="visits__speakers">
                {visit.speakers.map((s, i) => (
                  <li key={i}>
                    {s.name}
                    {s.organisation ? `, ${s.organisation}` : ''}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{t.languages}</dt>
        <dd>{languageList(visit.languages, language)}</dd>
        {showSeats && visit.registrationOpen && (
          <>
            <dt className="visually-hidden">{t.capacity}</dt>
            <dd data-seats-left={visit.seatsLeft}>{visit.seatsLeft > 0 ? fill(t.seatsLeft, { n: visit.seatsLeft }) : t.full}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
