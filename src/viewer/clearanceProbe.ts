/** The current model scene's answer to "how far is the camera from its surfaces?" (diagnostics only; null outside model scenes). */
export interface Clearance {
  /** Distance from the camera to the nearest surface, in model units (capped at 100). */
  distance: number;
  /** True when the camera is inside a closed solid. */
  inside: boolean;
}

export const clearanceProbe: { current: (() => Clearance) | null } = { current: null };
