/**
 * The start view's poster (`#start-poster`, written into the scene's page by
 * scripts/startHints.ts) stays behind the app until the first scene has drawn
 * its first 3D frame, or failed; then it goes. It watches the root's own
 * signal (`data-scene-status`), so it needs neither the store nor React.
 */
import './startPoster.css';

export function removeStartPosterWhenShown(root: HTMLElement): void {
  const poster = document.getElementById('start-poster');
  if (!poster) return;
  const done = () => root.dataset.sceneStatus === 'ready' || root.dataset.sceneStatus === 'error';
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    poster.remove();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-scene-status'] });
}
