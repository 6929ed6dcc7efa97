/**
 * A presenter whose messages the live channel refuses (`rejected`) keeps talking while their audience may not
 * follow. This keeps the reason in the live status (`refusal`) for as long as it lasts, so the page can tell
 * them: once per cause, however often the server repeats it (a moving speaker sends up to 20 updates a second).
 *
 * When a refusal is over:
 * - control (`not-in-control`, `not-presenter`): once this speaker is in control again;
 * - `not-a-visit-tour`: once the page shows another tour (refused there too, it is told again), or in control again;
 * - `too-many-refused` (the server closed the connection): once connected again;
 * - anything else (a rate limit, a message too large or unreadable, a code this page does not know) concerns
 *   single messages: once none has been refused for `quietMs`.
 * A refusal of another kind takes the place of the one before. Attendees are not told (nothing they send moves
 * anyone), nor is a speaker who handed control over themselves (their last moves, still on their way, are
 * refused as expected); `expired` has the ended page.
 */
import { LIVE_EVENT, ServerMessage } from '../protocol/live';
import type { TourStore } from '../state/store';
import type { LiveSocket } from './binding';
import { isDriving, type LiveStatusStore } from './status';

/** A refusal of single messages is forgotten after this long without another. */
export const REFUSAL_QUIET_MS = 10_000;

/** Refusals that last until this speaker is in control again. */
const UNTIL_IN_CONTROL = new Set(['not-in-control', 'not-presenter']);

export interface RefusalWatch {
  /** This speaker is handing control over: `not-in-control` is expected until they have it again. */
  handingOver(): void;
  dispose(): void;
}

export function watchRefusals(socket: Pick<LiveSocket, 'on' | 'off'>, store: TourStore, status: LiveStatusStore, quietMs = REFUSAL_QUIET_MS): RefusalWatch {
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The tour shown when a state in it was refused as not one of the visit's. */
  let refusedTour: string | null = null;
  let handedOver = false;

  const show = (refusal: string | null) => {
    clearTimeout(timer);
    if (status.getState().refusal !== refusal) status.setState({ refusal });
  };
  const refused = (reason: string) => {
    if (status.getState().role !== 'presenter' || reason === 'expired') return;
    if (reason === 'not-in-control' && handedOver) return;
    show(reason);
    if (reason === 'not-a-visit-tour') refusedTour = store.getState().tour?.id ?? null;
    else if (!UNTIL_IN_CONTROL.has(reason) && reason !== 'too-many-refused') timer = setTimeout(() => show(null), quietMs);
  };

  const listener = (raw: never) => {
    // Every message passes here (20 a second to a follower): only refusals are read.
    if ((raw as { type?: unknown } | null)?.type !== 'rejected') return;
    const parsed = ServerMessage.safeParse(raw);
    if (parsed.success && parsed.data.type === 'rejected') refused(parsed.data.reason);
  };
  socket.on(LIVE_EVENT, listener);
  // Cleared just after the change that ends it: a change made inside a listener would reach the listeners after
  // this one with the state before it as "previous" (zustand), and they would see the refusal end twice.
  const offStatus = status.subscribe((s, prev) => {
    if (isDriving(s) && !isDriving(prev)) {
      handedOver = false;
      queueMicrotask(() => show(null));
    } else if (s.refusal === 'too-many-refused' && s.connection === 'connected' && prev.connection !== 'connected') queueMicrotask(() => show(null));
  });
  const offStore = store.subscribe((s, prev) => {
    const tour = s.tour?.id ?? null;
    if (status.getState().refusal === 'not-a-visit-tour' && tour !== (prev.tour?.id ?? null) && tour !== refusedTour) show(null);
  });

  return {
    handingOver() {
      handedOver = true;
    },
    dispose() {
      clearTimeout(timer);
      socket.off(LIVE_EVENT, listener);
      offStatus();
      offStore();
    },
  };
}
