import type { Scene, Tour } from './schema';

/** The file that shows a scene first: its model, its panorama's tile descriptor or its panorama image. */
export const sceneAssetUrl = (scene: Scene): string => (scene.type === 'model' ? scene.model : (scene.tiles ?? scene.image));

/** A file a tour needs, with the JSON path that names it. */
export interface AssetRef {
  path: string;
  url: string;
  /** Sound, video and captions: played on demand, by players that show their own error line for a missing file. */
  media?: true;
}

/** Every file the manifest references, for existence checks and preloading. */
export function listAssets(tour: Tour): AssetRef[] {
  const refs: AssetRef[] = [];
  tour.scenes.forEach((scene, i) => {
    if (scene.type === 'model') refs.push({ path: `scenes[${i}].model`, url: scene.model });
    else refs.push({ path: `scenes[${i}].image`, url: scene.image });
    if (scene.type === 'panorama' && scene.tiles) refs.push({ path: `scenes[${i}].tiles`, url: scene.tiles });
    if (scene.type === 'model' && scene.plan) refs.push({ path: `scenes[${i}].plan`, url: scene.plan });
    if (scene.thumbnail) refs.push({ path: `scenes[${i}].thumbnail`, url: scene.thumbnail });
    if (scene.ambient) refs.push({ path: `scenes[${i}].ambient.src`, url: scene.ambient.src, media: true });
    scene.hotspots.forEach((hotspot, j) => {
      if (hotspot.type !== 'info') return;
      const here = `scenes[${i}].hotspots[${j}]`;
      if (hotspot.image) refs.push({ path: `${here}.image`, url: hotspot.image });
      if (hotspot.audio) refs.push(...localized(`${here}.audio.src`, hotspot.audio.src));
      if (hotspot.video) {
        refs.push({ path: `${here}.video.src`, url: hotspot.video.src, media: true });
        if (hotspot.video.poster) refs.push({ path: `${here}.video.poster`, url: hotspot.video.poster, media: true });
        refs.push(...localized(`${here}.video.captions`, hotspot.video.captions ?? {}));
      }
    });
  });
  if (tour.map) refs.push({ path: 'map.image', url: tour.map.image });
  tour.plans?.forEach((group, i) => refs.push({ path: `plans[${i}].plan`, url: group.plan }));
  tour.guides?.forEach((guide, i) =>
    guide.steps.forEach((step, j) => {
      const here = `guides[${i}].steps[${j}]`;
      if (step.audio) refs.push(...localized(`${here}.audio`, step.audio));
      refs.push(...localized(`${here}.captions`, step.captions ?? {}));
    }),
  );
  return refs;
}

/** One file, or one per language (`<path>.<language>`). */
const localized = (path: string, asset: string | Record<string, string>): AssetRef[] =>
  typeof asset === 'string' ? [{ path, url: asset, media: true }] : Object.entries(asset).map(([language, url]) => ({ path: `${path}.${language}`, url, media: true }));

/** Resolves an asset reference against the URL of the tour file. */
export function resolveAsset(url: string, tourUrl: string): string {
  return new URL(url, tourUrl).href;
}
