/**
 * The start view's poster (`#start-poster`, written into the scene's page by
 * scripts/startHints.ts) stays behind the app until the first scene has drawn
 * its first 3D frame, or failed; then it goes, with the start script's still
 * of its first frame and its canvas if the viewer did not take it. It watches the root's own signal (`data-scene-status`), so it needs neither the store nor React.
 */
import './startPoster.css';

export function removeStartPosterWhenShown(root: HTMLElement): void {
  const poster = document.getElementById('start-poster');
  // The start script's canvas (src/start/earlyPaint.ts), painted now or later, when the viewer never adopted it (the scene failed first).
  const unadopted = () => {
    const canvas = document.getElementById('start-canvas');
    return canvas?.parentElement === document.body ? canvas : null;
  };
  const done = () => root.dataset.sceneStatus === 'ready' || root.dataset.sceneStatus === 'error';
  const observer = new MutationObserver(() => {
    if (!done()) return;
    observer.disconnect();
    poster?.remove();
    document.getElementById('start-frame')?.remove();
    unadopted()?.remove();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['data-scene-status'] });
}
