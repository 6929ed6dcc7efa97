/**
 * Composition root: the one place that creates the store and wires it to the
 * page (root attributes, boot from the URL or a live session, dropped files) and to React.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import type { ViewerDiagnostics } from './viewer/Viewer';
import { createTourStore } from './state/store';
import { TourStoreContext } from './state/hooks';
import { App } from './app/App';
import { boot, loadTour, openDroppedFiles, tourUrlFor } from './app/boot';
import { bindRootAttributes } from './app/rootAttributes';
import { bindHistory } from './deeplink/history';
import { isToursPath, renderToursPage } from './app/toursRoute';
import { isEmbedMode, startEmbedBridge } from './embed/start';
import { liveCodeFromPath } from './protocol/live-code';
import './app/app.css';
import './app/layout.css';

const rootElement = document.getElementById('root') as HTMLElement;

// `/tours` lists the site's tours; every other path is the viewer.
if (isToursPath(location.pathname)) renderToursPage(rootElement);
else startViewer();

function startViewer() {
  const store = createTourStore();
  bindRootAttributes(store, rootElement);
  startEmbedBridge(store);
  const embedded = isEmbedMode(location.href);

  let diagnostics: ViewerDiagnostics | null = null;
  /** Read-only diagnostics for tests and the benchmark; not an API (the embed API is). */
  Object.assign(window, {
    __sitevisit: {
      store,
      memory: () => diagnostics?.memory() ?? null,
    },
  });

  // A live page (`/live/<code>`) follows its session, loaded as separate chunks
  // (Socket.IO client, live UI); its address stays `/live/<code>`, so the
  // history binding is not used there.
  const liveCode = liveCodeFromPath(location.pathname);
  const liveSession = liveCode ? import('./live/start').then((m) => m.startLive(store, liveCode, { loadTour: (tour, target) => loadTour(store, tourUrlFor(tour), target) })) : null;
  const LiveOverlay = liveSession
    ? lazy(async () => {
        const [ui, session] = await Promise.all([import('./ui/live/LiveOverlay'), liveSession]);
        return { default: () => <ui.default session={session} /> };
      })
    : null;

  if (!liveCode) {
    void boot(store, location.href).then((isTour) => {
      // Quick views have no tour links to keep in the address bar; an embed's
      // history entries would pile up in the partner page's back button.
      if (isTour && !embedded) bindHistory(store);
    });
  }

  createRoot(rootElement).render(
    <StrictMode>
      <TourStoreContext.Provider value={store}>
        <App embedded={embedded} onFiles={(files) => openDroppedFiles(store, files)} onDiagnostics={(d) => (diagnostics = d)}>
          {LiveOverlay && (
            <Suspense fallback={null}>
              <LiveOverlay />
            </Suspense>
          )}
        </App>
      </TourStoreContext.Provider>
    </StrictMode>,
  );
}
