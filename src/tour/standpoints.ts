/**
 * Panoramas taken inside a model: the geometry that ties a panorama's yaw and
 * pitch to the model's space, and the hotspots a panorama inherits from its
 * model, so that authors place each hotspot once (in the model) and it shows
 * in every panorama with a standpoint in that model, at the right direction.
 *
 * Conventions (as in the viewer): y up, heading 0 looks along -Z, positive
 * heading turns towards +X; a panorama's yaw is measured from its image centre,
 * whose model-space heading is `standpoint.heading`.
 */
import { ID_PATTERN } from '../protocol/common';
import type { Hotspot, InfoHotspot, PanoramaScene, Scene, Tour, Vec3 } from './schema';

/** Model hotspots further than this from a standpoint are not carried into its panorama, metres. */
export const INHERIT_DISTANCE = 16;

const DEG = Math.PI / 180;
const round1 = (x: number) => Math.round(x * 10) / 10 + 0;
const wrap = (deg: number) => {
  const w = ((((deg + 180) % 360) + 360) % 360) - 180;
  return w === -180 ? 180 : w;
};

export type StandpointPanorama = PanoramaScene & { standpoint: NonNullable<PanoramaScene['standpoint']> };

export const hasStandpoint = (scene: Scene): scene is StandpointPanorama => scene.type === 'panorama' && scene.standpoint !== undefined;

/** The panoramas of the tour taken inside the model scene `modelSceneId`. */
export function standpointsIn(tour: Tour | null, modelSceneId: string): StandpointPanorama[] {
  return (tour?.scenes ?? []).filter((s): s is StandpointPanorama => hasStandpoint(s) && s.standpoint.scene === modelSceneId);
}

/** Yaw and pitch (degrees, panorama terms) from the standpoint towards a model point. */
export function yawPitchTowards(standpoint: StandpointPanorama['standpoint'], point: Vec3): { yaw: number; pitch: number } {
  const [dx, dy, dz] = [0, 1, 2].map((i) => (point[i] as number) - (standpoint.position[i] as number)) as Vec3;
  const heading = Math.atan2(dx, -dz) / DEG;
  return { yaw: round1(wrap(heading - (standpoint.heading ?? 0))), pitch: round1(Math.atan2(dy, Math.hypot(dx, dz)) / DEG) };
}

/** Unit direction in model space for a panorama yaw/pitch (degrees). */
export function directionInModel(standpoint: StandpointPanorama['standpoint'], yaw: number, pitch: number): Vec3 {
  const h = (yaw + (standpoint.heading ?? 0)) * DEG;
  const p = pitch * DEG;
  return [Math.sin(h) * Math.cos(p), Math.sin(p), -Math.cos(h) * Math.cos(p)];
}

/** Id of a model hotspot as shown in a panorama: ids are unique per tour, and cards are addressed by id. */
export const inheritedId = (panoramaId: string, hotspotId: string) => `${panoramaId}--${hotspotId}`;

/**
 * The tour with each standpoint panorama's hotspots extended by the info
 * hotspots of its model scene within `maxDistance` of the standpoint (nearest
 * first). Occlusion is not known without the geometry: the distance limit keeps
 * hotspots of far-away, probably hidden equipment out. Authored panorama
 * hotspots come first and are never replaced. Pure: returns a new tour.
 */
export function inheritModelHotspots(tour: Tour, maxDistance = INHERIT_DISTANCE): Tour {
  const taken = new Set(tour.scenes.flatMap((s) => s.hotspots.map((h) => h.id)));
  const scenes = tour.scenes.map((scene): Scene => {
    if (!hasStandpoint(scene)) return scene;
    const model = tour.scenes.find((s) => s.id === scene.standpoint.scene);
    if (model?.type !== 'model') return scene;
    const from = scene.standpoint.position;
    const inherited = model.hotspots
      .filter((h): h is InfoHotspot & { position: Vec3 } => h.type === 'info' && h.position !== undefined)
      .map((h) => ({ h, distance: Math.hypot(...h.position.map((v, i) => v - (from[i] as number))) }))
      .filter(({ distance }) => distance <= maxDistance)
      .sort((a, b) => a.distance - b.distance)
      .flatMap(({ h }): Hotspot[] => {
        const id = inheritedId(scene.id, h.id);
        if (!ID_PATTERN.test(id) || taken.has(id)) return [];
        taken.add(id);
        const { position: _position, ...rest } = h;
        return [{ ...rest, id, ...yawPitchTowards(scene.standpoint, h.position) }];
      });
    return inherited.length === 0 ? scene : { ...scene, hotspots: [...scene.hotspots, ...inherited] };
  });
  return { ...tour, scenes };
}
