/** Renders the store's current scene, nothing else: scene components hold no tour state. */
import { lazy, Suspense, useEffect } from 'react';
import { useTour } from '../state/hooks';
import { findScene, selectScene } from '../state/selectors';
import { resolveAsset, sceneAssetUrl } from '../tour/assets';
import { hasStandpoint, standpointsIn } from '../tour/standpoints';
import { hasLocalFiles, resolveLocalFile } from '../lib/localFiles';
import { preloadScene } from '../tour/preloadScene';
import { PanoramaSceneView } from './panorama/PanoramaSceneView';
import { ModelLook } from './renderer';

const ModelSceneView = lazy(() => import('./model/ModelSceneView'));

export function SceneSwitch() {
  const scene = useTour(selectScene);
  const tour = useTour((s) => s.tour);
  const tourUrl = useTour((s) => s.load.url);
  const ready = useTour((s) => s.sceneStatus === 'ready');

  // Once the scene is on screen, fetch the bytes of the scenes its links lead to (not their GPU resources):
  // link hotspots within the tour, the panoramas whose standpoint markers it shows, the model a panorama was taken in.
  useEffect(() => {
    if (!ready || !scene || hasLocalFiles()) return;
    const targets = [
      ...scene.hotspots.map((h) => (h.type === 'link' && (h.tour ?? tour?.id) === tour?.id ? findScene(tour, h.target) : undefined)),
      ...standpointsIn(tour, scene.id),
      hasStandpoint(scene) ? findScene(tour, scene.standpoint.scene) : undefined,
    ];
    for (const target of new Set(targets)) if (target) preloadScene(target, tourUrl);
  }, [ready, scene, tour, tourUrl]);

  if (!scene) return null;
  const url = resolveLocalFile(resolveAsset(sceneAssetUrl(scene), tourUrl));
  if (scene.type === 'panorama') {
    const imageUrl = resolveLocalFile(resolveAsset(scene.image, tourUrl));
    return <PanoramaSceneView key={scene.id} scene={scene} imageUrl={imageUrl} tilesUrl={scene.tiles ? url : undefined} />;
  }
  return (
    <>
      <ModelLook />
      <Suspense fallback={null}>
        <ModelSceneView key={scene.id} scene={scene} modelUrl={url} {...(hasLocalFiles() ? { urlModifier: resolveLocalFile } : {})} />
      </Suspense>
    </>
  );
}
