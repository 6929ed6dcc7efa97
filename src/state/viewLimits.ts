/** Field-of-view limits, degrees: narrow enough to read a gauge, wide enough to not distort. No imports: the page's start script uses them too. */
export const PANORAMA_FOV = { min: 20, max: 110, default: 75 } as const;
export const MODEL_FOV = { min: 20, max: 90, default: 50 } as const;
