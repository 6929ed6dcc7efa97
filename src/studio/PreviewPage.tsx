/**
 * `/studio/<tour>/preview`: the draft as visitors will see it once published — the visitor's own
 * app on the draft (the one this browser keeps, if newer, else the server's), files from the
 * tour's folder. Nothing of the studio is on the page.
 */
import { useEffect, useMemo } from 'react';
import { createTourStore } from '../state/store';
import { TourStoreContext } from '../state/hooks';
import { bindRootAttributes } from '../app/rootAttributes';
import { tourUrlFor } from '../app/boot';
import { validateTour } from '../tour/validate';
import { api } from './server/api';
import { keptDraft } from './server/keep';
import { useVisitorParts } from './visitorParts';

async function draftToPreview(tourId: string): Promise<unknown> {
  const kept = await keptDraft(tourId);
  if (kept) return kept.draft;
  const result = await api.draft(tourId);
  return result.ok ? (JSON.parse(result.value) as unknown) : null;
}

export default function PreviewPage({ tourId }: { tourId: string }) {
  const { App } = useVisitorParts();
  const store = useMemo(() => createTourStore(), []);
  useEffect(() => {
    const root = document.getElementById('root');
    const unbind = root ? bindRootAttributes(store, root) : () => {};
    const url = tourUrlFor(tourId);
    void draftToPreview(tourId).then((raw) => {
      const result = validateTour(raw);
      if (result.ok) store.getState().openTour(result.tour, url, { warnings: result.problems });
      else store.getState().failLoading(url, result.problems);
    });
    return unbind;
  }, [store, tourId]);
  return (
    <TourStoreContext.Provider value={store}>
      <App onFiles={() => {}} />
    </TourStoreContext.Provider>
  );
}
