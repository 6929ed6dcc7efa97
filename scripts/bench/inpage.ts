/**
 * Code the benchmark runs inside pages. Kept as plain-JS strings: tsx wraps
 * named functions in `__name(…)` helpers, which do not exist in the page.
 */

/**
 * Installs `window.__benchFrames` in the page: a requestAnimationFrame loop that
 * records each frame's timestamp and how many WebGL draw calls had been issued
 * by then (the draw methods of the WebGL contexts are wrapped with a counter).
 * Installed before the drag or the rotation starts, its callback comes first in
 * each frame, so the draws between two of its ticks are the earlier frame's.
 * The same recorder runs in the app and in the bare three.js page.
 */
export const INSTALL_FRAME_RECORDER = `(() => {
  if (window.__benchFrames) return;
  let draws = 0;
  for (const proto of [window.WebGL2RenderingContext && WebGL2RenderingContext.prototype, WebGLRenderingContext.prototype]) {
    if (!proto) continue;
    for (const name of ['drawElements', 'drawArrays', 'drawElementsInstanced', 'drawArraysInstanced', 'drawRangeElements']) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function (...args) { draws++; return original.apply(this, args); };
    }
  }
  let run = 0;
  let ticks = [];
  let counts = [];
  const loop = (id) => {
    const tick = (t) => {
      if (id !== run) return;
      requestAnimationFrame(tick);
      ticks.push(t);
      counts.push(draws);
    };
    requestAnimationFrame(tick);
  };
  window.__benchFrames = {
    start() { ticks = []; counts = []; loop(++run); },
    stop() { run++; return { ticks, counts }; },
  };
})()`;

/** Resolves on the next animation frame. */
export const NEXT_FRAME = `new Promise((resolve) => requestAnimationFrame(() => resolve(null)))`;
/** Starts waiting for the next animation frame now; `ARMED_FRAME` resolves when it came. */
export const ARM_NEXT_FRAME = `void (window.__benchNextFrame = ${NEXT_FRAME})`;
export const ARMED_FRAME = `window.__benchNextFrame`;

/** A point over the WebGL canvas (not a hotspot, card or toolbar), to start a drag from. */
export const FIND_DRAG_START = `(() => {
  // The app's and the bare page's canvas; other viewers' pages mark their element (model-viewer's canvas is in a shadow root).
  const canvas = document.querySelector('.viewer canvas') || document.querySelector('[data-bench-drag]');
  if (!canvas) return null;
  const box = canvas.getBoundingClientRect();
  const candidates = [];
  for (const fy of [0.55, 0.5, 0.62, 0.45, 0.7, 0.38]) for (const fx of [0.3, 0.25, 0.35, 0.2, 0.4]) candidates.push([box.left + box.width * fx, box.top + box.height * fy]);
  for (const [x, y] of candidates) {
    // The drag moves right from here: its start and its whole path's start must be bare canvas.
    const ok = [0, 40, 80].every((dx) => { const hit = document.elementFromPoint(x + dx, y); return hit === canvas || (hit && canvas.contains(hit) && !hit.closest('a, button')); });
    if (ok) return { x: Math.round(x), y: Math.round(y), left: box.left, right: box.right };
  }
  return null;
})()`;

/**
 * Init script for app pages: two animation frames after `#root` turns ready,
 * marks `bench:ready+2frames:<scene>`. The app marks ready when it issues the
 * second frame with the scene's content; a frame can only start once the GPU
 * is done with the ones before it, so this mark is when the content has
 * actually been drawn (≈ on screen), including shader compilation.
 */
export const READY_PROBE = `(() => {
  let last = '';
  const check = () => {
    const root = document.getElementById('root');
    const state = root ? root.dataset.scene + '|' + root.dataset.sceneStatus : '';
    if (state === last) return;
    last = state;
    if (!root || root.dataset.sceneStatus !== 'ready') return;
    const name = 'bench:ready+2frames:' + root.dataset.scene;
    requestAnimationFrame(() => requestAnimationFrame(() => performance.mark(name)));
  };
  new MutationObserver(check).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-scene', 'data-scene-status'] });
})()`;
