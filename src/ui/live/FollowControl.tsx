/** "Following presenter" while following; a "Return to presenter" button once the visitor looks around. */
import type { LiveSession } from '../../live/start';
import { useLive } from './useLive';
import { useLiveStrings } from './liveStrings';

export function FollowControl({ session }: { session: LiveSession }) {
  const t = useLiveStrings();
  const following = useLive(session.status, (s) => s.following);
  return (
    <div className="live__follow" data-live-follow={following ? 'following' : 'detached'}>
      {following ? (
        <span className="live__following">{t.following}</span>
      ) : (
        <button type="button" className="live__return" onClick={() => session.controls.returnToPresenter()}>
          {t.returnToPresenter}
        </button>
      )}
    </div>
  );
}
