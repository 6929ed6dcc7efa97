/**
 * Starts downloading the file that shows a scene first, so its bytes are on the way (or in the
 * cache) before the code that shows it asks for them: used for a tour's first scene at boot and
 * for the neighbours of the scene on screen. Nothing is decoded and no GPU memory is taken.
 */
import type { Scene } from './schema';
import { resolveAsset, sceneAssetUrl } from './assets';
import { preloadBytes } from '../lib/fetchBytes';
import { preloadTilesPreview } from '../tiles/descriptorCache';

export function preloadScene(scene: Scene, tourUrl: string): void {
  const url = resolveAsset(sceneAssetUrl(scene), tourUrl);
  // A tiled panorama preloads its descriptor and preview only: its tiles depend on where the visitor will look.
  if (scene.type === 'panorama' && scene.tiles) preloadTilesPreview(url);
  else preloadBytes(url);
}
