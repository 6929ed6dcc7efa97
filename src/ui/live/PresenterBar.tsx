/** For presenters: audience counts, control (take / hand over), and the pointer tool. */
import type { LiveSession } from '../../live/start';
import { isDriving } from '../../live/status';
import { useShallow } from 'zustand/react/shallow';
import { RecordControl } from './RecordControl';
import { useLive } from './useLive';
import { useLiveStrings, usePluralOne } from './liveStrings';

export function PresenterBar({ session }: { session: LiveSession }) {
  const t = useLiveStrings();
  const one = usePluralOne();
  const { status, controls } = session;
  const attendees = useLive(status, (s) => s.attendees);
  const detached = useLive(status, (s) => s.detached);
  const detachedNames = useLive(status, (s) => s.detachedNames);
  const driving = useLive(status, isDriving);
  const pointing = useLive(status, (s) => s.pointer !== null);
  const offered = useLive(status, (s) => s.controlOffered);
  // A new array per call: compared shallowly, or every status change would re-render forever.
  const others = useLive(status, useShallow((s) => s.presenters.filter((p) => p.id !== s.you)));
  return (
    <section className="live__bar" aria-label={t.youPresent} data-live-presenter-bar>
      <p className="live__audience">
        <strong data-live-attendees={attendees}>{attendees}</strong> {one(attendees) ? t.attendeeOne : t.attendees},{' '}
        <strong data-live-detached={detached}>{detached}</strong> {t.lookingAround}
        {detachedNames.length > 0 && <span data-live-detached-names>: {detachedNames.join(', ')}{detached > detachedNames.length ? ', …' : ''}</span>}
      </p>
      {driving ? (
        <>
          {others.map((p) => (
            <button key={p.id} type="button" data-live-hand-over={p.id} onClick={() => controls.handOver(p.id)}>
              {t.handOverTo} {p.name}
            </button>
          ))}
          <PointButton session={session} pointing={pointing} />
        </>
      ) : offered ? (
        <>
          <span className="live__offer">{t.controlOffered}</span>
          <button type="button" className="live__take-back" data-live-take-control data-live-take-control-back onClick={() => controls.takeControl()}>
            {t.takeControlBack}
          </button>
        </>
      ) : (
        <button type="button" data-live-take-control onClick={() => controls.takeControl()}>
          {t.takeControl}
        </button>
      )}
      <RecordControl session={session} />
    </section>
  );
}

function PointButton({ session, pointing }: { session: LiveSession; pointing: boolean }) {
  const t = useLiveStrings();
  const armed = useLive(session.status, (s) => s.pointing);
  if (pointing) {
    return (
      <button type="button" data-live-hide-pointer onClick={() => session.controls.point(null)}>
        {t.hidePointer}
      </button>
    );
  }
  return (
    <button type="button" aria-pressed={armed} title={t.pointHint} data-live-point onClick={() => session.status.setState({ pointing: !armed })}>
      {t.point}
    </button>
  );
}
