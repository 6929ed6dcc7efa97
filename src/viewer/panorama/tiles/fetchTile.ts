/** The default way to get one tile: fetch and decode, saying whether a failure is worth asking again. */
import { TileLoadError } from '../../../tiles/tileLoader';
import { decodeImage } from './loadTiles';

/** Statuses below 500 that mean "try again later" rather than "there is no such tile". */
const TRANSIENT_HTTP = new Set([408, 425, 429]);

export async function fetchTile(url: string, signal: AbortSignal): Promise<ImageBitmap> {
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new TileLoadError(`network error for ${url}`, true);
  }
  if (!response.ok) throw new TileLoadError(`HTTP ${response.status} for ${url}`, response.status >= 500 || TRANSIENT_HTTP.has(response.status));
  return decodeImage(await response.blob());
}
