/**
 * A live tour on the minimap (pure): where the presenter is, for a visitor
 * looking around on their own, and how many people are at a scene, for
 * speakers (attendees following are where the presenter is; those looking
 * around are counted at the scene they reported).
 */
import type { LiveMap } from '../../state/types';
import type { Tour } from '../../tour/schema';
import { hereOn, mapSourceFor, type Here, type MapSource } from './mapSource';

/** The presenter's place on this picture, or null (following, unknown, or on another plan). */
export function presenterOn(tour: Tour, source: MapSource, live: LiveMap | null): Here | null {
  if (!live?.detached || !live.presenter) return null;
  const theirs = mapSourceFor(tour, live.presenter.scene);
  if (source.kind === 'plan' && (theirs?.kind !== 'plan' || theirs.url !== source.url)) return null;
  return hereOn(tour, source, live.presenter.scene, live.presenter.view);
}

/** People at `scene`, for speakers once counted; null otherwise. `current`: the scene this visitor is in. */
export function peopleAt(live: LiveMap | null, current: string | null, scene: string): number | null {
  if (live?.role !== 'presenter' || !live.spots) return null;
  const presenterScene = live.detached ? live.presenter?.scene : current;
  return (live.spots.at[scene] ?? 0) + (scene === presenterScene ? live.spots.following : 0);
}
