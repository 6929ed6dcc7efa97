/**
 * The live page's overlays: who is presenting and the connection, the
 * follow control and audience count for attendees, the presenter bar, and
 * the pointer; a presenter whose moves the server refuses is told in a notice;
 * once the session has ended, the finished page instead.
 * A separate chunk, loaded only on `/live/<code>` pages.
 */
import type { ReactNode } from 'react';
import type { LiveSession } from '../../live/start';
import { isDriving, presenterAway } from '../../live/status';
import { AudienceCount } from './AudienceCount';
import { FollowControl } from './FollowControl';
import { LiveEndedPage } from './LiveEndedPage';
import { LivePointerLayer } from './LivePointerLayer';
import { PresenterBar } from './PresenterBar';
import { useLive } from './useLive';
import { useRefusalNotice } from './useRefusalNotice';
import { useLiveStrings } from './liveStrings';
import './live.css';

/** `children`: what the page adds to the dock (a booked visit's controls); `ended`: what replaces the finished page (a booked visit's own). */
export default function LiveOverlay({ session, children, ended }: { session: LiveSession; children?: ReactNode; ended?: ReactNode }) {
  const t = useLiveStrings();
  const { status } = session;
  const connection = useLive(status, (s) => s.connection);
  const role = useLive(status, (s) => s.role);
  const driving = useLive(status, isDriving);
  const away = useLive(status, presenterAway);
  const presenterName = useLive(status, (s) => s.presenters.find((p) => p.id === s.driver)?.name ?? null);
  useRefusalNotice(session);
  if (connection === 'ended') return ended ?? <LiveEndedPage session={session} />;
  const message = connection === 'connected' ? null : t[connection];
  const presenting = driving ? t.youPresent : away ? t.presenterAway : presenterName ? `${t.presenting}: ${presenterName}` : t.nobodyPresenting;
  return (
    <>
      <div className="live" data-live-role={role ?? ''} data-live-connection={connection}>
        <p className="live__status" role="status" aria-live="polite">
          <span className="live__badge">{t.live}</span>{' '}
          <span data-live-presenting={away ? '' : (presenterName ?? '')} data-live-presenter-away={away || undefined}>
            {presenting}
          </span>
          {message && <span className="live__connection"> — {message}</span>}
        </p>
        <div className="live__row">
          {!driving && connection !== 'failed' && <FollowControl session={session} />}
          {role === 'attendee' && <AudienceCount session={session} />}
        </div>
        {role === 'presenter' && <PresenterBar session={session} />}
        {children}
      </div>
      <LivePointerLayer session={session} />
    </>
  );
}
