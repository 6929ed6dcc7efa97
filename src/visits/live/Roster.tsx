/** For speakers: how many guests are registered (not here), in the lobby, present and looking around, who they are, and raised hands. */
import type { RosterStatus } from '../../protocol/visitLive';
import { fill } from '../strings';
import { useVisitLive, useVisitLiveContext } from './useVisitLive';
import { useVisitLiveText, type VisitLiveStrings } from './visitLiveText';

const LABEL: Record<RosterStatus, keyof VisitLiveStrings> = {
  registered: 'rosterRegistered',
  lobby: 'rosterLobby',
  present: 'rosterPresent',
  'looking-around': 'rosterLooking',
};

export function Roster() {
  const t = useVisitLiveText();
  const roster = useVisitLive((s) => s.roster);
  if (!roster) return null;
  const counts: [RosterStatus, number][] = [
    ['registered', roster.registered],
    ['lobby', roster.lobby],
    ['present', roster.present],
    ['looking-around', roster.lookingAround],
  ];
  return (
    <section aria-labelledby="visit-live-roster" data-roster>
      <h3 id="visit-live-roster">{t.roster}</h3>
      <dl className="visit-live__counts">
        {counts.map(([status, n]) => (
          <div key={status}>
            <dt>{t[LABEL[status]]}</dt>
            <dd data-roster-count={status}>{n}</dd>
          </div>
        ))}
      </dl>
      <ul className="visit-live__people">
        {roster.guests.map((g) => (
          <li key={g.participant} data-roster-guest={g.status}>
            {g.name}
            {g.organisation ? `, ${g.organisation}` : ''} — {t[LABEL[g.status]]}
            {g.hand && <> · ✋ {t.handUp}</>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Hands() {
  const t = useVisitLiveText();
  const { actions } = useVisitLiveContext();
  const hands = useVisitLive((s) => s.hands);
  return (
    <section aria-labelledby="visit-live-hands" data-hands>
      <h3 id="visit-live-hands">
        {t.hands} ({hands.length})
      </h3>
      {hands.length === 0 ? (
        <p className="visit-live__empty">{t.noHands}</p>
      ) : (
        <ul className="visit-live__people">
          {hands.map((h) => (
            <li key={h.participant} data-hand={h.participant}>
              ✋ {h.name}{' '}
              <button type="button" onClick={() => void actions.lowerHand(h.participant)} aria-label={fill(t.lowerHandOf, { name: h.name })}>
                {t.lowerHand}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
