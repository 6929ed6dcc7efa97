/**
 * `/studio/<tour>`: loads the draft (the server's, or the one this browser kept when the server
 * cannot be reached), sets up the stores, keeping, saving and autosave, and shows the editor.
 * Changes this browser kept but the server never confirmed are offered back first.
 */
import { useEffect, useMemo, useState } from 'react';
import { createTourStore } from '../../state/store';
import { createDraftStore } from '../draft/draftStore';
import type { Draft } from '../draft/types';
import { api } from '../server/api';
import { keepUnsavedDrafts, keptDraft, type KeptDraft } from '../server/keep';
import { createSaver } from '../server/saving';
import { autosave } from '../server/autosave';
import { StudioContext, type Studio } from '../StudioContext';
import type { StudioStrings } from '../strings';
import { Editor } from './Editor';
import { RestoreOffer } from './RestoreOffer';

type Loaded = { studio: Studio; kept: KeptDraft | null } | { error: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

async function openDraft(tourId: string, t: StudioStrings): Promise<{ draft: Draft; version: string | null; kept: KeptDraft | null; offline: boolean } | { error: string }> {
  const [result, kept] = await Promise.all([api.draft(tourId), keptDraft(tourId)]);
  if (!result.ok) {
    // Offline with changes kept here: go on editing them; they are saved when the server is back.
    if (result.network && kept) return { draft: kept.draft, version: kept.baseVersion, kept: null, offline: true };
    return { error: result.network ? t.unreachable : result.error };
  }
  let draft: Draft;
  try {
    draft = JSON.parse(result.value) as Draft;
  } catch {
    return { error: `tour.json: ${t.failed}` };
  }
  return { draft, version: result.version ?? null, kept: kept && !same(kept.draft, draft) ? kept : null, offline: false };
}

export default function EditorPage({ tourId, t, language }: { tourId: string; t: StudioStrings; language: string }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let alive = true;
    let close = () => {};
    void openDraft(tourId, t).then((opened) => {
      if (!alive) return;
      if ('error' in opened) return setLoaded(opened);
      const store = createDraftStore(tourId, opened.draft, opened.version);
      // Opened from this browser's copy while offline: unsaved until the server confirms it.
      if (opened.offline) store.getState().reset(opened.draft, opened.version, { ...opened.draft, scenes: [] });
      const saver = createSaver(store);
      const unkeep = keepUnsavedDrafts(store);
      const unautosave = autosave(store, saver);
      if (opened.offline) saver.state.setState({ status: 'offline' });
      close = () => {
        unautosave();
        unkeep();
        saver.close();
      };
      const studio: Studio = { store, saver, tourStore: createTourStore(), picker: { current: null }, t, language };
      setLoaded({ studio, kept: opened.kept });
    });
    return () => {
      alive = false;
      close();
    };
  }, [tourId, t, language]);

  const title = useMemo(() => (loaded && 'studio' in loaded ? `${tourId} – ${t.studio}` : t.studio), [loaded, tourId, t]);
  useEffect(() => void (document.title = title), [title]);

  if (!loaded) return <p className="studio-loading studio-ui" role="status">{t.loading}</p>;
  if ('error' in loaded) {
    return (
      <main className="studio-page studio-ui">
        <p role="alert" className="studio-error">
          {loaded.error}
        </p>
        <a href={`${import.meta.env.BASE_URL}studio`}>{t.back}</a>
      </main>
    );
  }
  return (
    <StudioContext.Provider value={loaded.studio}>
      {loaded.kept && <RestoreOffer kept={loaded.kept} onDone={() => setLoaded({ ...loaded, kept: null })} />}
      <Editor />
    </StudioContext.Provider>
  );
}
