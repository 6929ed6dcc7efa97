import type { Scene, Tour } from './schema';

/** The file that shows a scene first: its model, its panorama's tile descriptor or its panorama image. */
export const sceneAssetUrl = (scene: Scene): string => (scene.type === 'model' ? scene.model : (scene.tiles ?? scene.image));

/** A file a tour needs, with the JSON path that names it. */
export interface AssetRef {
  path: string;
  url: string;
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
    scene.hotspots.forEach((hotspot, j) => {
      if (hotspot.type === 'info' && hotspot.image) {
        refs.push({ path: `scenes[${i}].hotspots[${j}].image`, url: hotspot.image });
      }
    });
  });
  if (tour.map) refs.push({ path: 'map.image', url: tour.map.image });
  tour.guides?.forEach((guide, i) =>
    guide.steps.forEach((step, j) => {
      const here = `guides[${i}].steps[${j}]`;
      if (step.audio) refs.push({ path: `${here}.audio`, url: step.audio });
      for (const [language, url] of Object.entries(step.captions ?? {})) refs.push({ path: `${here}.captions.${language}`, url });
    }),
  );
  return refs;
}

/** Resolves an asset reference against the URL of the tour file. */
export function resolveAsset(url: string, tourUrl: string): string {
  return new URL(url, tourUrl).href;
}
