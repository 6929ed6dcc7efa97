/**
 * Tile descriptors, fetched once per URL and shared by the boot preload, neighbour
 * preloads and the scene. No three.js here: boot imports this before the viewer's code.
 */
import { TileDescriptor } from './descriptor';
import { preloadBytes, takeBytes } from '../lib/fetchBytes';

export class TilesError extends Error {}

/** A few hundred bytes each: kept per URL, so a preload and the scene share one request. */
const descriptors = new Map<string, Promise<TileDescriptor>>();
const MAX_DESCRIPTORS = 16;

/** Shared by every caller, so it takes no abort signal: one caller leaving must not fail the others. */
export function loadDescriptor(url: string): Promise<TileDescriptor> {
  let pending = descriptors.get(url);
  if (!pending) {
    pending = takeBytes(url).then((bytes) => {
      let json: unknown;
      try {
        json = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        throw new TilesError('the tile descriptor is not JSON');
      }
      const parsed = TileDescriptor.safeParse(json);
      if (!parsed.success) throw new TilesError(`the tile descriptor is invalid: ${parsed.error.issues[0]?.message ?? 'unknown problem'}`);
      return parsed.data;
    });
    pending.catch(() => descriptors.delete(url));
    descriptors.set(url, pending);
    while (descriptors.size > MAX_DESCRIPTORS) descriptors.delete(descriptors.keys().next().value as string);
  }
  return pending;
}

/** URL of a file named in a descriptor (paths are relative to tiles.json). */
export const tileUrl = (descriptorUrl: string, path: string) => new URL(path, descriptorUrl).href;

/** Starts downloading a scene's descriptor and then its preview image, nothing more. */
export function preloadTilesPreview(descriptorUrl: string): void {
  loadDescriptor(descriptorUrl).then(
    (d) => preloadBytes(tileUrl(descriptorUrl, d.preview.path)),
    () => {}, // the scene itself reports the error when it is opened
  );
}

