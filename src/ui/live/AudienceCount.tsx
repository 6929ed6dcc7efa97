/** For attendees: how many people are on the tour ("12 people on this tour"); presenters see it in their bar. */
import type { LiveSession } from '../../live/start';
import { useLive } from './useLive';
import { usePeopleOnTour } from './liveStrings';

export function AudienceCount({ session }: { session: LiveSession }) {
  const people = usePeopleOnTour();
  const attendees = useLive(session.status, (s) => s.attendees);
  if (attendees === 0) return null;
  return (
    <span className="live__people" data-live-people={attendees}>
      {people(attendees)}
    </span>
  );
}
