/**
 * Which of a page's start hints (`<link rel=preload data-start-file>`) the start script paints: a
 * panorama's image, or a tile pyramid's descriptor (a .json other than the tour file). One rule for the
 * server, which names these ahead of the app's code (server/http/headHints.ts), and for the start
 * script, which paints them (src/start/earlyStart.ts). Imports nothing: the start script stays small.
 */
const pathOf = (url: string): string => url.split(/[?#]/)[0] ?? '';

export const isTileDescriptor = (url: string): boolean => {
  const path = pathOf(url);
  return path.endsWith('.json') && !path.endsWith('/tour.json');
};

export const isPanoramaImage = (url: string): boolean => /\.(jpe?g|png|webp)$/i.test(pathOf(url));

export const paintedByStartScript = (url: string): boolean => isTileDescriptor(url) || isPanoramaImage(url);
