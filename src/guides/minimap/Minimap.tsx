/**
 * The minimap corner (a lazy chunk: only tours with a plan or a map load it):
 * a "Map" button that opens the current scene's floor plan, or the tour's
 * map, with "you are here", the heading, every spot as a button and the
 * levels of a plan. Full screen on phones (minimap.css). `map=1` in a link
 * opens it (the store's `mapOpen`). In a live tour, a visitor looking around
 * sees where the presenter is, and speakers see how many people are at each spot.
 */
import './minimap.css';
import { useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { useTour, useTourStore } from '../../state/hooks';
import { resolveAsset } from '../../tour/assets';
import { levelAt, planPixel, type PlanDescriptor } from '../../tour/plan';
import type { LinkHotspot, Tour } from '../../tour/schema';
import { localize } from '../../tour/text';
import type { View } from '../../state/types';
import { hereOn, mapSourceFor, spotsOn, type MapSource } from './mapSource';
import { MapPicture, type PicturePlace, type PictureSpot } from './MapPicture';
import { peopleAt, presenterOn } from './livePlaces';
import { minimapStrings, peopleText, type MinimapStrings } from './strings';
import { usePlan } from './usePlan';

interface Props {
  /** Where a spot leads is the app's decision (a scene here, or another tour's page). */
  onFollowLink: (hotspot: LinkHotspot) => void;
}

export default function Minimap({ onFollowLink }: Props) {
  const store = useTourStore();
  const tour = useTour((s) => s.tour);
  const sceneId = useTour((s) => s.sceneId);
  const open = useTour((s) => s.mapOpen);
  const language = useTour((s) => s.language);
  const tourUrl = useTour((s) => s.load.url);
  const t = minimapStrings(language);
  const panelId = useId();
  const source = useMemo(() => (tour ? mapSourceFor(tour, sceneId) : null), [tour, sceneId]);
  const plan = usePlan(open && source?.kind === 'plan' ? source.url : null, tourUrl);
  const setOpen = (value: boolean) => store.getState().setMapOpen(value, 'user');

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') store.getState().setMapOpen(false, 'user');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, store]);

  if (!tour || !source) return null;
  const title = source.kind === 'plan' ? t.planTitle : t.mapTitle;
  const go = (spot: { scene: string; tour?: string; title: LinkHotspot['title'] }) =>
    onFollowLink({ id: `map-${spot.scene}`, type: 'link', title: spot.title, target: spot.scene, ...(spot.tour ? { tour: spot.tour } : {}) });
  let body: ReactNode = null;
  if (open && source.kind === 'map' && tour.map) body = <TourMapPicture tour={tour} source={source} tourUrl={tourUrl} language={language} t={t} go={go} />;
  else if (open && plan?.status === 'ready' && source.kind === 'plan') body = <PlanPicture tour={tour} source={source} plan={plan.plan} planUrl={plan.url} language={language} t={t} go={go} />;
  else if (open && plan?.status === 'error') body = <p className="minimap__error" role="alert">{t.notLoaded}</p>;
  else if (open) body = <p className="minimap__loading">{t.loading}</p>;

  return (
    <section className="minimap" data-open={open || undefined} data-minimap={source.kind} aria-label={title}>
      <button type="button" className="minimap__toggle" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path d="M1.5 3.5 5.5 2l5 1.5 4-1.5v10.5l-4 1.5-5-1.5-4 1.5z M5.5 2v10.5 M10.5 3.5V14" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
        </svg>
        {open ? t.hideMap : t.map}
      </button>
      {open && (
        <div id={panelId} className="minimap__panel">
          <div className="minimap__header">
            <h2 className="minimap__title">{title}</h2>
            <button type="button" className="minimap__close" onClick={() => setOpen(false)}>
              {t.close}
            </button>
          </div>
          {body}
        </div>
      )}
    </section>
  );
}

type Go = (spot: { scene: string; tour?: string; title: LinkHotspot['title'] }) => void;
interface PictureProps {
  tour: Tour;
  language: string;
  t: MinimapStrings;
  go: Go;
}

/** The view, read only by the picture: a drag re-renders the picture, not the corner around it. */
const useView = (): View | null => useTour((s) => s.view);

function PlanPicture({ tour, source, plan, planUrl, language, t, go }: PictureProps & { source: MapSource & { kind: 'plan' }; plan: PlanDescriptor; planUrl: string }) {
  const sceneId = useTour((s) => s.sceneId);
  const live = useTour((s) => s.liveMap);
  const view = useView();
  const here = hereOn(tour, source, sceneId, view);
  const hereY = here && here.at.length === 3 ? here.at[1] : null;
  const followed = hereY === null ? 0 : levelAt(plan, hereY);
  // A level the visitor picked, until they move to another level (which is then shown).
  const [chosen, setChosen] = useState<{ level: number; from: number } | null>(null);
  const level = chosen !== null && chosen.from === followed ? chosen.level : followed;
  const text = (value: LinkHotspot['title']) => localize(value, language, tour.defaultLanguage);
  const spots: PictureSpot[] = spotsOn(tour, source).map((spot) => {
    const [x, y] = planPixel(plan, spot.at[0], spot.at.length === 3 ? spot.at[2] : spot.at[1]);
    const onLevel = spot.at.length === 3 ? levelAt(plan, spot.at[1]) === level : true;
    return { key: spot.scene, label: text(spot.title), x, y, current: spot.scene === sceneId, elsewhere: !onLevel, count: peopleAt(live, sceneId, spot.scene), go: () => go(spot) };
  });
  const onShownLevel = (h: typeof here): PicturePlace | null => {
    if (!h || h.at.length !== 3 || levelAt(plan, h.at[1]) !== level) return null;
    const [x, y] = planPixel(plan, h.at[0], h.at[2]);
    return { x, y, heading: h.heading };
  };
  const presenter = onShownLevel(presenterOn(tour, source, live));
  const inModel = live?.role === 'presenter' && live.spots ? source.scenes.reduce((n, id) => n + (peopleAt(live, sceneId, id) ?? 0), 0) : null;
  const image = plan.levels[level] ?? plan.levels[0]!;
  return (
    <>
      {plan.levels.length > 1 && (
        <div className="minimap__levels" role="group" aria-label={t.levels}>
          {plan.levels.map((l, i) => (
            <button key={l.image} type="button" aria-pressed={i === level} onClick={() => setChosen({ level: i, from: followed })}>
              {`${t.level} ${i + 1}`}
              <span className="minimap__level-height"> ({l.height.toLocaleString(language)} m)</span>
            </button>
          ))}
        </div>
      )}
      <MapPicture
        src={resolveAsset(image.image, planUrl)}
        alt={`${t.planTitle}, ${t.level} ${level + 1}`}
        width={plan.width}
        height={plan.height}
        here={onShownLevel(here)}
        presenter={presenter}
        spots={spots}
        t={t}
      />
      {inModel !== null && (
        <p className="minimap__people" data-people-in-model={inModel}>
          {`${t.inModel}: ${peopleText(t, inModel)}`}
        </p>
      )}
    </>
  );
}

function TourMapPicture({ tour, source, tourUrl, language, t, go }: PictureProps & { source: MapSource; tourUrl: string }) {
  const sceneId = useTour((s) => s.sceneId);
  const live = useTour((s) => s.liveMap);
  const map = tour.map!;
  const here = hereOn(tour, source, sceneId, null);
  const presenterPlace = presenterOn(tour, source, live);
  const text = (value: LinkHotspot['title']) => localize(value, language, tour.defaultLanguage);
  const spots: PictureSpot[] = spotsOn(tour, source).map((spot) => ({
    key: spot.tour ? `${spot.tour}/${spot.scene}` : spot.scene,
    label: spot.tour ? `${text(spot.title)} (${t.otherTour})` : text(spot.title),
    x: spot.at[0],
    y: spot.at[1],
    current: spot.scene === sceneId && spot.tour === undefined,
    elsewhere: false,
    count: spot.tour ? null : peopleAt(live, sceneId, spot.scene),
    go: () => go(spot),
  }));
  return (
    <MapPicture
      src={resolveAsset(map.image, tourUrl)}
      alt={map.imageAlt ? text(map.imageAlt) : t.mapTitle}
      width={map.width}
      height={map.height}
      here={here ? { x: here.at[0], y: here.at[1], heading: null } : null}
      presenter={presenterPlace ? { x: presenterPlace.at[0], y: presenterPlace.at[1], heading: null } : null}
      spots={spots}
      t={t}
    />
  );
}
