import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadScene } from '../../src/tour/preloadScene';
import { Tour, type Scene } from '../../src/tour/schema';
import { validTour } from './fixtures';

const TOUR_URL = 'https://example.test/tours/hall/tour.json';

/** Records the URLs fetched; a tile descriptor answers with a minimal valid pyramid. */
function stubFetch(descriptor?: unknown): string[] {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = url.endsWith('tiles.json') ? JSON.stringify(descriptor) : 'bytes';
    return new Response(body, { status: 200 });
  });
  return fetched;
}

const scenes = Tour.parse(validTour()).scenes;
const scene = (id: string): Scene => scenes.find((s) => s.id === id) as Scene;

const DESCRIPTOR = {
  format: 'sitevisit-tiles', version: 1, projection: 'cube', tileSize: 512, faceSize: 512,
  levels: [{ faceSize: 512, tilesPerSide: 1 }], faces: ['front', 'right', 'back', 'left', 'up', 'down'],
  tilePath: '{level}/{face}/{row}_{col}.{ext}', ext: 'jpg',
  preview: { path: 'preview.jpg', layout: 'cube-strip-6x1', faceSize: 64 },
  source: { width: 2048, height: 1024, file: 'west.jpg' },
};

afterEach(() => vi.unstubAllGlobals());

describe('preloadScene', () => {
  it("fetches a model scene's model and a plain panorama's image, relative to the tour file", async () => {
    const fetched = stubFetch();
    preloadScene(scene('hall'), TOUR_URL);
    preloadScene(scene('east'), TOUR_URL);
    await vi.waitFor(() => expect(fetched).toHaveLength(2));
    expect(fetched).toEqual(['https://example.test/tours/hall/hall.glb', 'https://example.test/tours/hall/east.jpg']);
  });

  it("fetches a tiled panorama's descriptor and then its preview, not its tiles", async () => {
    const fetched = stubFetch(DESCRIPTOR);
    preloadScene({ ...scene('west'), tiles: 'west/tiles.json' } as Scene, TOUR_URL);
    await vi.waitFor(() => expect(fetched).toHaveLength(2));
    expect(fetched).toEqual(['https://example.test/tours/hall/west/tiles.json', 'https://example.test/tours/hall/west/preview.jpg']);
  });
});
