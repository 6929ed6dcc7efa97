/**
 * Binds the tour store to a live socket. The presenter in control publishes
 * its scene, camera and card (coalesced to 20 camera updates a second);
 * everyone else applies what arrives with source `live`, so the viewer
 * animates to it and nothing is echoed back. A visitor who moves on their own
 * detaches until they return to the latest state. A state in another tour
 * loads that tour first (tourLoads.ts), publishing nothing meanwhile. The
 * minimap's `liveMap` gets the presenter's place (visitor looking around) and
 * people-per-spot counts (speakers); an attendee looking around reports their
 * scene. The socket is injected (Socket.IO in the app, anything alike in tests).
 */
import {
  LIVE_EVENT,
  LIVE_PROTOCOL_VERSION,
  MAX_VIEW_UPDATES_PER_SECOND,
  ServerMessage,
  type ClientMessage,
  type LivePointer,
  type LiveState,
} from '../protocol/live';
import { startSceneId } from '../state/selectors';
import type { TourStore } from '../state/store';
import type { TourState } from '../state/types';
import { createHereReporter } from './hereReporter';
import { createTourLoads } from './tourLoads';
import { isDriving, type LiveStatusStore } from './status';

/** The part of a Socket.IO client socket the binding uses. */
export interface LiveSocket {
  on(event: string, listener: (...args: never[]) => void): unknown;
  off(event: string, listener: (...args: never[]) => void): unknown;
  emit(event: string, message: ClientMessage): unknown;
  readonly connected: boolean;
}

export interface LiveBindingOptions {
  /**
   * Loads the session's tour and shows `state` (or the start) in one store
   * change with source `live`, which the binding does not publish — called
   * when the store has another tour.
   */
  loadTour(tour: string, state: LiveState | null): Promise<void>;
  /** Minimum time between camera messages. Default 1000 / 20 ms. */
  minIntervalMs?: number;
}

export interface LiveControls {
  /** Attendees: follow the presenter again, at once. */
  returnToPresenter(): void;
  takeControl(): void;
  handOver(presenterId: string): void;
  /**
   * Presenter in control: load `tour` here and take everyone there — at `place`, else at the tour's start.
   * Resolves whether this page shows that tour now (false: not in control, or the tour could not be loaded).
   */
  showTour(tour: string, place?: Omit<LiveState, 'tour'> | null): Promise<boolean>;
  /** Presenter in control: show a pointer (see `LivePointer`) or hide it (null). */
  point(pointer: LivePointer): void;
  dispose(): void;
}

const stateOf = (s: TourState): LiveState | null =>
  s.tour && s.sceneId && s.view ? { tour: s.tour.id, scene: s.sceneId, view: s.view, card: s.cardId } : null;

export function bindLive(store: TourStore, socket: LiveSocket, status: LiveStatusStore, options: LiveBindingOptions): LiveControls {
  const minInterval = options.minIntervalMs ?? 1000 / MAX_VIEW_UPDATES_PER_SECOND;
  /** The presenter's latest state: what a detached visitor returns to. */
  let latest: LiveState | null = null;
  let welcomed = false;
  let lastSent = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let publishAfterLoad = false; // asked for while a tour loads: done once it is there
  const shownTour = () => store.getState().tour?.id ?? null;

  const send = (m: ClientMessage) => {
    if (socket.connected) socket.emit(LIVE_EVENT, m);
  };
  const publishNow = () => {
    clearTimeout(timer);
    timer = undefined;
    const state = stateOf(store.getState());
    if (tours.loading() !== null) {
      publishAfterLoad = true;
      return;
    }
    if (!state || !isDriving(status.getState())) return;
    lastSent = Date.now();
    latest = state;
    send({ v: LIVE_PROTOCOL_VERSION, type: 'state', state, sentAt: Date.now() });
  };
  const schedulePublish = () => {
    if (timer) return;
    timer = setTimeout(publishNow, Math.max(0, lastSent + minInterval - Date.now()));
  };
  const follows = () => status.getState().following && !isDriving(status.getState());
  const tours = createTourLoads(store, {
    loadTour: options.loadTour,
    failed: () => {
      publishAfterLoad = false;
    },
    loaded: (tour, state) => {
      status.setState({ tour });
      if (publishAfterLoad) {
        publishAfterLoad = false;
        publishNow();
      } else if (latest && follows() && latest !== state) tours.apply(latest);
    },
  });
  const here = createHereReporter((scene) => send({ v: LIVE_PROTOCOL_VERSION, type: 'here', scene }));
  /** An attendee looking around: which scene of the session's tour they are in. */
  const reportHere = () => {
    if (status.getState().role !== 'attendee' || status.getState().following) return;
    const s = store.getState();
    here.report(s.tour?.id === status.getState().tour ? s.sceneId : null);
  };
  /** The minimap's view of the session: with the presenter (following or driving), or where the presenter is. */
  const mapDetached = () => {
    const detached = !status.getState().following && !isDriving(status.getState());
    store.getState().setLiveMap(detached ? { detached, presenter: latest && { scene: latest.scene, view: latest.view } } : { detached }, 'live');
  };
  const setFollowing = (following: boolean) => {
    if (status.getState().following === following) return;
    status.setState({ following });
    mapDetached();
    if (status.getState().role === 'attendee') send({ v: LIVE_PROTOCOL_VERSION, type: 'detached', detached: !following });
    reportHere();
  };

  const onMessage = async (raw: unknown) => {
    const parsed = ServerMessage.safeParse(raw);
    if (!parsed.success) return;
    const m = parsed.data;
    switch (m.type) {
      case 'welcome': {
        // The tour being shown: the state's (a multi-site visit moves on), else the session's.
        const tour = m.state?.tour ?? m.tour;
        const reconnect = welcomed;
        welcomed = true;
        status.setState({
          connection: 'connected',
          role: m.role,
          you: m.you,
          presenters: m.presenters,
          driver: m.driver,
          pointer: m.pointer,
          tour,
          away: m.away ?? null,
          controlOffered: m.offerControl ?? false,
        });
        latest = m.state ?? latest;
        here.reset();
        store.getState().setLiveMap({ role: m.role }, 'live');
        const drivingBack = isDriving(status.getState()) && reconnect && shownTour() !== null;
        if (!drivingBack && shownTour() !== tour) await tours.load(tour, m.state);
        if (isDriving(status.getState()) && (reconnect || !m.state)) {
          // Back after a drop or a server restart: the presenter's own state is the truth.
          publishNow();
          send({ v: LIVE_PROTOCOL_VERSION, type: 'pointer', pointer: status.getState().pointer });
        } else if (latest && follows()) tours.apply(latest);
        if (!status.getState().following) send({ v: LIVE_PROTOCOL_VERSION, type: 'detached', detached: true });
        mapDetached();
        reportHere();
        return;
      }
      case 'state':
        latest = m.state;
        if (follows()) tours.apply(m.state);
        else store.getState().setLiveMap({ presenter: { scene: m.state.scene, view: m.state.view } }, 'live');
        return;
      case 'pointer':
        status.setState({ pointer: m.pointer });
        return;
      case 'control': {
        const was = isDriving(status.getState());
        status.setState({ driver: m.driver, away: m.away ?? null });
        if (isDriving(status.getState())) status.setState({ controlOffered: false });
        if (!was && isDriving(status.getState())) {
          status.setState({ following: true });
          publishNow();
        } else if (was && latest && follows()) tours.apply(latest);
        mapDetached();
        return;
      }
      case 'spots':
        store.getState().setLiveMap({ spots: { following: m.following, at: m.at } }, 'live');
        return;
      case 'presence':
        status.setState({ attendees: m.attendees, detached: m.detached, detachedNames: m.detachedNames });
        return;
      case 'audience':
        status.setState({ attendees: m.attendees });
        return;
      case 'rejected':
        status.setState({ lastRejected: m.reason, ...(m.reason === 'expired' ? { connection: 'ended' as const } : {}) });
        return;
    }
  };
  const listener = (raw: never) => void onMessage(raw);
  socket.on(LIVE_EVENT, listener);

  const unsubscribe = store.subscribe((s, prev) => {
    if (!s.tour || s.lastChange.source === 'live') return;
    if (s.sceneId === prev.sceneId && s.view === prev.view && s.cardId === prev.cardId) return;
    if (isDriving(status.getState())) {
      // Scene and card changes go out at once; camera moves are coalesced.
      if (s.sceneId !== prev.sceneId || s.cardId !== prev.cardId) publishNow();
      else schedulePublish();
    } else if (s.lastChange.source === 'user' && welcomed) setFollowing(false);
    if (s.sceneId !== prev.sceneId) reportHere();
  });

  return {
    returnToPresenter() {
      setFollowing(true);
      tours.forgetFailure();
      if (latest) tours.apply(latest);
    },
    takeControl() {
      send({ v: LIVE_PROTOCOL_VERSION, type: 'take-control' });
    },
    handOver(to) {
      send({ v: LIVE_PROTOCOL_VERSION, type: 'hand-over', to });
    },
    async showTour(tour, place) {
      if (!isDriving(status.getState())) return false;
      const shown = store.getState().tour;
      if (shown?.id === tour && tours.loading() === null) {
        store.getState().applyViewState(place ?? { scene: startSceneId(shown) }, 'user');
        return true;
      }
      await tours.load(tour, place ? { tour, ...place } : null);
      if (shownTour() !== tour) return false;
      // Loaded with source `live`, which the store binding never publishes.
      publishNow();
      return true;
    },
    point(pointer) {
      if (!isDriving(status.getState())) return;
      status.setState({ pointer });
      send({ v: LIVE_PROTOCOL_VERSION, type: 'pointer', pointer });
    },
    dispose() {
      clearTimeout(timer);
      here.dispose();
      unsubscribe();
      socket.off(LIVE_EVENT, listener);
    },
  };
}
