/**
 * Where a link hotspot leads: a scene of this tour, or of another tour on this site (its published
 * scenes, read as visitors will follow the link), picked from lists.
 */
import { useEffect, useState } from 'react';
import { useDraft, useStudio } from '../StudioContext';
import { setLinkDestination } from '../draft/cardEdits';
import type { DraftHotspot } from '../draft/types';
import { api, type TourSummary } from '../server/api';
import { tourUrlFor } from '../../app/boot';
import { titleIn } from './titles';
import { defaultLanguageOf } from '../draft/edits';
import { localize } from '../../tour/text';
import type { Text } from '../../tour/schema';

type LinkHotspot = Extract<DraftHotspot, { type: 'link' }>;
type SceneChoice = { id: string; title: string };

/** The published scenes of a tour, as a visitor following the link will find them; empty when it cannot be read. */
async function publishedScenes(tourId: string, language: string): Promise<SceneChoice[]> {
  try {
    const response = await fetch(tourUrlFor(tourId), { credentials: 'same-origin' });
    const tour = (response.ok ? await response.json() : {}) as { scenes?: { id: string; title: Text }[] };
    return (tour.scenes ?? []).map((s) => ({ id: s.id, title: localize(s.title, language, language) || s.id }));
  } catch {
    return [];
  }
}

function useScenesOf(tourId: string | null, language: string): SceneChoice[] | null {
  const [scenes, setScenes] = useState<{ tour: string; list: SceneChoice[] } | null>(null);
  useEffect(() => {
    if (!tourId) return;
    let current = true;
    void publishedScenes(tourId, language).then((list) => current && setScenes({ tour: tourId, list }));
    return () => void (current = false);
  }, [tourId, language]);
  return scenes?.tour === tourId ? scenes.list : null;
}

export function LinkDestination({ hotspot }: { hotspot: LinkHotspot }) {
  const { store, t } = useStudio();
  const draft = useDraft((s) => s.draft);
  const [tours, setTours] = useState<TourSummary[]>([]);
  const otherTour = hotspot.tour && hotspot.tour !== draft.id ? hotspot.tour : null;
  const otherScenes = useScenesOf(otherTour, defaultLanguageOf(draft));
  useEffect(() => {
    let current = true;
    void api.tours().then((r) => current && r.ok && setTours(r.value.filter((tour) => tour.id !== draft.id && (tour.published || tour.builtIn))));
    return () => void (current = false);
  }, [draft.id]);
  const scenes: SceneChoice[] = otherTour ? (otherScenes ?? []) : draft.scenes.map((s) => ({ id: s.id, title: titleIn(draft, s.title, s.id) }));
  const go = (scene: string, tour: string | null) => store.getState().edit((d) => setLinkDestination(d, hotspot.id, scene, tour));
  // Another tour: its first published scene until another is picked (a link always names a scene).
  const chooseTour = async (tour: string | null) => {
    const first = tour ? (await publishedScenes(tour, defaultLanguageOf(draft)))[0]?.id : draft.scenes.find((s) => s.id !== store.getState().selection.sceneId)?.id;
    go(first ?? draft.scenes[0]?.id ?? hotspot.target, tour);
  };
  return (
    <>
      <p className="studio-field">
        <label htmlFor="studio-link-tour">{t.linkTour}</label>
        <select id="studio-link-tour" value={otherTour ?? ''} onChange={(e) => void chooseTour(e.target.value || null)}>
          <option value="">{t.thisTour}</option>
          {tours.map((tour) => (
            <option key={tour.id} value={tour.id}>
              {titleIn(draft, tour.title, tour.id)}
            </option>
          ))}
        </select>
      </p>
      <p className="studio-field">
        <label htmlFor="studio-link-target">{t.linkTarget}</label>
        <select id="studio-link-target" value={hotspot.target} onChange={(e) => go(e.target.value, otherTour)}>
          {!scenes.some((s) => s.id === hotspot.target) && <option value={hotspot.target}>{hotspot.target}</option>}
          {scenes.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </p>
    </>
  );
}
