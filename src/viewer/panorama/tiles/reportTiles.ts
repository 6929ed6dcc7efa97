/**
 * Writes the tile status on the root element next to data-scene-status, and a
 * performance mark when a view turned sharp: the test contract of tiled panoramas.
 */
export function reportTiles(sceneId: string, status: 'loading' | 'sharp' | 'partial' | null): void {
  const root = document.getElementById('root');
  if (status === null) {
    root?.removeAttribute('data-tiles');
    return;
  }
  if (root) root.dataset.tiles = status;
  if (status === 'sharp') performance.mark(`sitevisit:tiles-sharp:${sceneId}`);
}
