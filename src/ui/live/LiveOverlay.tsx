/**
 * The live page's overlays: who is presenting and the connection, the
 * follow control for attendees, the presenter bar, and the pointer.
 * A separate chunk, loaded only on `/live/<code>` pages.
 */
import type { LiveSession } from '../../live/start';
import { isDriving } from '../../live/status';
import { FollowControl } from './FollowControl';
import { LivePointerLayer } from './LivePointerLayer';
import { PresenterBar } from './PresenterBar';
import { useLive } from './useLive';
import { useLiveStrings } from './liveStrings';
import './live.css';

export default function LiveOverlay({ session }: { session: LiveSession }) {
  const t = useLiveStrings();
  const { status } = session;
  const connection = useLive(status, (s) => s.connection);
  const role = useLive(status, (s) => s.role);
  const driving = useLive(status, isDriving);
  const presenterName = useLive(status, (s) => s.presenters.find((p) => p.id === s.driver)?.name ?? null);
  const message = connection === 'connected' ? null : t[connection];
  return (
    <>
    <div className="live" data-live-role={role ?? ''} data-live-connection={connection}>
      <p className="live__status" role="status" aria-live="polite">
        <span className="live__badge">{t.live}</span>{' '}
        <span data-live-presenting={presenterName ?? ''}>
          {driving ? t.youPresent : presenterName ? `${t.presenting}: ${presenterName}` : t.nobodyPresenting}
        </span>
        {message && <span className="live__connection"> — {message}</span>}
      </p>
      {!driving && connection !== 'ended' && connection !== 'failed' && <FollowControl session={session} />}
      {role === 'presenter' && <PresenterBar session={session} />}
    </div>
    <LivePointerLayer session={session} />
    </>
  );
}
