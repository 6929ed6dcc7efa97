/**
 * Composition root: the one place that creates the store and wires it to the
 * page (root attributes, boot from the URL or a live session, dropped files) and to React.
 */
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { ViewerDiagnostics } from './viewer/Viewer';
import { createTourStore } from './state/store';
import { TourStoreContext } from './state/hooks';
import { App } from './app/App';
import { boot, loadTour, openDroppedFiles, tourUrlFor } from './app/boot';
import { bindRootAttributes } from './app/rootAttributes';
import { bindHistory } from './deeplink/history';
import { isToursPath, renderToursPage } from './app/toursRoute';
import { isStudioPath, startStudio } from './app/studioRoute';
import { isEmbedMode, startEmbedBridge } from './embed/start';
import { kioskSettings } from './kiosk/settings';
import { liveCodeFromPath } from './protocol/live-code';
import { visitRouteOf } from './visits/paths';
import { removeStartPosterWhenShown } from './app/startPoster';
import { PresentHereContext } from './ui/live/presentHere';
import './app/app.css';
import './app/layout.css';

const rootElement = document.getElementById('root') as HTMLElement;

// `/tours` lists the site's tours; `/studio…` is the tour studio; visit pages (`/v/…`, `/visits…`) are chunks of their own;
// every other path is the viewer.
const visitRoute = visitRouteOf(location.pathname);
if (isToursPath(location.pathname)) renderToursPage(rootElement);
else if (isStudioPath(location.pathname)) void startStudio(rootElement);
else if (visitRoute) {
  void import('./visits/render').then(({ renderVisitPage }) => {
    const page = renderVisitPage(rootElement, visitRoute, {
      createRoot,
      // A guest enters the live tour from the lobby (a speaker from their page): the page becomes the live page of that
      // session, at the same address, with the visit's questions, polls and hands.
      enterLive(code, guest, language) {
        // Called from the page's own effect: the root is unmounted after React has finished with it.
        setTimeout(() => {
          page.unmount();
          startViewer({ code, ...(guest ? { guest } : {}), ...(language ? { language } : {}), ...('code' in visitRoute ? { visit: visitRoute.code } : {}) });
        });
      },
    });
  });
} else startViewer();

/** A booked visit's live session to join instead of the one the address names: a guest leaving the lobby, or a speaker (key kept for the tab). */
interface JoinFromLobby {
  code: string;
  guest?: { name: string; secret: string };
  /** The live tour's language: the guest's registered one, the speaker's visit page's. */
  language?: string;
  /** The visit's code (`/v/<code>`): its ended page links to the follow-up even when the visit ended before the page was let in. */
  visit?: string;
}

function startViewer(fromLobby?: JoinFromLobby) {
  removeStartPosterWhenShown(rootElement);
  const store = createTourStore(fromLobby?.language ? { language: fromLobby.language } : {});
  bindRootAttributes(store, rootElement);
  startEmbedBridge(store);
  const embedded = isEmbedMode(location.href);
  const kiosk = kioskSettings(location.href);

  let diagnostics: ViewerDiagnostics | null = null;
  // The store and GPU counts for the browser tests and the benchmark: only in their build
  // (scripts/buildTarget.ts); not an API (the embed API is), and never in a production build.
  if (__SITEVISIT_TEST_HOOK__) {
    Object.assign(window, {
      __sitevisit: {
        store,
        memory: () => diagnostics?.memory() ?? null,
        clearance: () => diagnostics?.clearance() ?? null,
      },
    });
  }

  // A live page (`/live/<code>`) follows its session, loaded as separate chunks
  // (Socket.IO client, live UI); its address stays `/live/<code>`, so the
  // history binding is not used there.
  const joinLive = (code: string) => {
    // A visit's live page (entered from a visit page) adds its questions, polls and hands: chunks of their own, bound to
    // the connection as it is made.
    const session = Promise.all([import('./live/start'), fromLobby ? import('./visits/live/startVisitLive') : null]).then(([m, v]) => {
      const live = m.startLive(store, code, { loadTour: (tour, target) => loadTour(store, tourUrlFor(tour), target, 'live'), ...(fromLobby?.guest ? { guest: fromLobby.guest } : {}) });
      return { live, visit: v?.startVisitLive(live, fromLobby?.visit) ?? null };
    });
    const Overlay = lazy(async () => {
      const [ui, joined, layer] = await Promise.all([import('./ui/live/LiveOverlay'), session, fromLobby ? import('./visits/live/VisitLiveLayer') : null]);
      const visit = layer && joined.visit ? <layer.default session={joined.live} visit={joined.visit} /> : null;
      // A visit's own ended page replaces the live tour's: in the page's language, with the visit's follow-up.
      return {
        default: () => (
          <ui.default session={joined.live} ended={visit}>
            {visit}
          </ui.default>
        ),
      };
    });
    return (
      <Suspense fallback={null}>
        <Overlay />
      </Suspense>
    );
  };
  const liveCode = fromLobby?.code ?? liveCodeFromPath(location.pathname);
  let liveOverlay: ReactNode = liveCode ? joinLive(liveCode) : null;

  let unbindHistory: (() => void) | null = null;
  if (!liveCode) {
    void boot(store, location.href).then((isTour) => {
      // Quick views have no tour links to keep in the address bar; an embed's
      // history entries would pile up in the partner page's back button.
      if (isTour && !embedded && !kiosk) unbindHistory = bindHistory(store);
    });
  }

  /** The tab that created a session presents it in place: key kept for this tab, address `/live/<code>`, the view unchanged. */
  const presentHere = async (code: string, presenterUrl: string) => {
    const [{ readSecret }, { rememberPresenterKey }] = await Promise.all([import('./protocol/secretLink'), import('./live/key')]);
    const { secret } = readSecret(presenterUrl);
    if (!secret) return location.assign(presenterUrl);
    rememberPresenterKey(code, secret, sessionStorage);
    unbindHistory?.();
    unbindHistory = null;
    history.replaceState(null, '', new URL(presenterUrl).pathname);
    liveOverlay = joinLive(code);
    render();
  };

  const root = createRoot(rootElement);
  const render = () =>
    root.render(
      <StrictMode>
        <TourStoreContext.Provider value={store}>
          <PresentHereContext.Provider value={presentHere}>
            <App embedded={embedded} kiosk={kiosk} live={liveOverlay !== null} onFiles={(files) => openDroppedFiles(store, files)} onDiagnostics={(d) => (diagnostics = d)}>
              {liveOverlay}
            </App>
          </PresentHereContext.Provider>
        </TourStoreContext.Provider>
      </StrictMode>,
    );
  render();
}
