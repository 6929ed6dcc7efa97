/**
 * Go there: the speaker takes everyone to the view a question was asked from.
 * Not a visit message — the speaker in control moves, and the live channel
 * takes every follower along (docs/visits-live.md). A speaker not in control
 * takes it first and moves once the server says they have it. A question
 * asked in another tour of a multi-site visit switches everyone to that tour.
 */
import type { LiveSession } from '../../live/start';
import { isDriving } from '../../live/status';
import type { QuestionWhere } from '../../protocol/visitLive';
import type { TourStore } from '../../state/store';

/** How long to wait for control before giving up. */
const CONTROL_TIMEOUT_MS = 10_000;

/** `no-tour`: the question's tour could not be loaded. */
export type GoThereResult = 'moved' | 'no-tour' | 'no-control';

export function goThere(store: TourStore, session: LiveSession, where: QuestionWhere): Promise<GoThereResult> {
  const place = { scene: where.scene, view: where.view, card: where.card };
  const move = async (): Promise<GoThereResult> => {
    if (store.getState().tour?.id === where.tour) {
      store.getState().applyViewState(place, 'user');
      return 'moved';
    }
    return (await session.controls.showTour(where.tour, place)) ? 'moved' : 'no-tour';
  };
  if (isDriving(session.status.getState())) return move();
  return new Promise((resolve) => {
    const stop = session.status.subscribe((s) => {
      if (!isDriving(s)) return;
      finish();
      resolve(move());
    });
    const timer = setTimeout(() => {
      finish();
      resolve('no-control');
    }, CONTROL_TIMEOUT_MS);
    const finish = () => {
      stop();
      clearTimeout(timer);
    };
    session.controls.takeControl();
  });
}
