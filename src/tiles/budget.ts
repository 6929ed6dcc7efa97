/**
 * How much GPU memory a tiled panorama may hold, from the device's memory as
 * the browser reports it (navigator.deviceMemory: 0.25–8 GB, rounded, Chromium
 * only). Phones with 2–4 GB share it with the GPU, so the budget shrinks with
 * them; beyond 6 GB it stops growing (192 MB ≈ 140 tiles of 512 px with mipmaps,
 * several screens' worth even at 4K). Unknown devices get the middle value.
 */
const MB = 1024 * 1024;
const PER_GB = 32 * MB;
export const MIN_TILE_BUDGET = 32 * MB;
export const MAX_TILE_BUDGET = 192 * MB;
const UNKNOWN_DEVICE_GB = 4;

export function tileBudgetBytes(deviceMemoryGB: number | undefined): number {
  const gb = deviceMemoryGB !== undefined && Number.isFinite(deviceMemoryGB) && deviceMemoryGB > 0 ? deviceMemoryGB : UNKNOWN_DEVICE_GB;
  return Math.min(MAX_TILE_BUDGET, Math.max(MIN_TILE_BUDGET, gb * PER_GB));
}
