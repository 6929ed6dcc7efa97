/**
 * Which picture the minimap shows for the current scene, and the spots on it.
 * Pure (no DOM, no React): a floor plan when the scene is a model scene with a
 * plan (its own or its group's, `plans`) or a panorama taken inside one, else
 * the tour's map when it has one.
 * Headings are degrees clockwise from the top of the picture (north, −Z on a
 * plan), as a compass reads them.
 */
import type { MapPlace, ModelScene, Scene, Text, Tour, Vec3 } from '../../tour/schema';
import { planOf } from '../../tour/scenePlans';
import { hasStandpoint } from '../../tour/standpoints';
import type { View } from '../../state/types';

/** `plan`: `url` shows the model scenes `scenes` (one, or a group); `scene` is the one the visitor is in or was photographed in. */
export type MapSource = { kind: 'plan'; scene: string; scenes: string[]; url: string } | { kind: 'map' };

/** A spot a visitor can go to: a panorama's standpoint, a link hotspot's target, a place on the tour map. */
export interface Spot {
  /** Where it leads: a scene of this tour, or of `tour`. */
  scene: string;
  tour?: string;
  title: Text;
  /** Model coordinates (plans) or image pixels (maps). */
  at: Vec3 | [number, number];
}

/** Where the visitor is and which way they look: model coordinates (plans) or image pixels (maps); heading null = unknown. */
export interface Here {
  at: Vec3 | [number, number];
  heading: number | null;
}

const wrap = (deg: number) => ((deg % 360) + 360) % 360;
const DEG = 180 / Math.PI;

/** The model scene whose plan shows this scene: itself, or the model a panorama was taken in. */
function planScene(tour: Tour, scene: Scene): ModelScene | undefined {
  const model = hasStandpoint(scene) ? tour.scenes.find((s) => s.id === scene.standpoint.scene) : scene;
  return model?.type === 'model' ? model : undefined;
}

export function mapSourceFor(tour: Tour, sceneId: string | null): MapSource | null {
  const scene = tour.scenes.find((s) => s.id === sceneId);
  const model = scene ? planScene(tour, scene) : undefined;
  const plan = model ? planOf(tour, model) : undefined;
  if (model && plan) return { kind: 'plan', scene: model.id, scenes: plan.scenes, url: plan.url };
  return tour.map ? { kind: 'map' } : null;
}

export function spotsOn(tour: Tour, source: MapSource): Spot[] {
  if (source.kind === 'map') return (tour.map?.places ?? []).map((p: MapPlace) => ({ scene: p.scene, ...(p.tour ? { tour: p.tour } : {}), title: p.title ?? tour.scenes.find((s) => s.id === p.scene)?.title ?? p.scene, at: p.position }));
  const spots: Spot[] = tour.scenes.filter(hasStandpoint).filter((s) => source.scenes.includes(s.standpoint.scene)).map((s) => ({ scene: s.id, title: s.title, at: s.standpoint.position }));
  // Links placed in the plan's models (all in the plan's coordinates) lead to further spots.
  for (const model of tour.scenes.filter((s) => source.scenes.includes(s.id))) {
    for (const h of model.hotspots) {
      if (h.type !== 'link' || !h.position || h.tour !== undefined || spots.some((s) => s.scene === h.target)) continue;
      spots.push({ scene: h.target, title: h.title, at: h.position });
    }
  }
  return spots;
}

export function hereOn(tour: Tour, source: MapSource, sceneId: string | null, view: View | null): Here | null {
  const scene = tour.scenes.find((s) => s.id === sceneId);
  if (!scene) return null;
  if (source.kind === 'map') {
    const place = tour.map?.places.find((p) => p.scene === scene.id && p.tour === undefined);
    return place ? { at: place.position, heading: null } : null;
  }
  if (hasStandpoint(scene)) {
    const yaw = view?.kind === 'panorama' ? view.yaw : scene.view.yaw;
    return { at: scene.standpoint.position, heading: wrap((scene.standpoint.heading ?? 0) + yaw) };
  }
  if (view?.kind !== 'model') return null;
  const [dx, , dz] = [0, 1, 2].map((i) => view.target[i]! - view.position[i]!) as Vec3;
  return { at: view.position, heading: dx === 0 && dz === 0 ? null : wrap(Math.atan2(dx, -dz) * DEG) };
}
