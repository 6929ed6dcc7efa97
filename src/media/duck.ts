/**
 * Ducking: the ambient sound is lowered under narration (a guide step's, a
 * card's recording or video) and comes back after it, in a short ramp rather
 * than a jump, which is heard as a click.
 */

/** The ambient sound's share of its volume while something narrates. */
export const DUCK_FACTOR = 0.2;
/** How long the volume takes to move, ms. */
export const DUCK_RAMP_MS = 300;
const STEP_MS = 20;

/** The ambient volume to aim at. */
export const ambientVolume = (volume: number, narrating: boolean) => (narrating ? volume * DUCK_FACTOR : volume);

/** Moves `element.volume` linearly to `to` over `ms`; returns what stops it where it is. */
export function rampVolume(element: { volume: number }, to: number, ms = DUCK_RAMP_MS): () => void {
  const from = element.volume;
  const steps = Math.max(1, Math.round(ms / STEP_MS));
  let i = 0;
  if (from === to) return () => {};
  const timer = setInterval(() => {
    i += 1;
    element.volume = i >= steps ? to : from + ((to - from) * i) / steps;
    if (i >= steps) clearInterval(timer);
  }, STEP_MS);
  return () => clearInterval(timer);
}
