/**
 * Link previews: after `vite build`, writes a share page per tour and scene,
 * `dist/t/<tour>/<scene>/index.html` (server/share/sharePage.ts), with its
 * preview image and start-view poster (server/share/previewImage.ts), so a
 * link pasted in a chat shows a card. Set PUBLIC_URL (e.g. https://tours.example.org)
 * at build time to make og:image and og:url absolute, as some crawlers require.
 * Tours published from the studio get the same from the server at run time.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateTour } from '../src/tour/validate';
import { isInside, localAssetPath } from '../cli/localAsset';
import type { Scene } from '../src/tour/schema';
import { BUILD_OUT_DIR } from './buildTarget';
import { firstFiles, withStartHints } from '../server/share/startHints';
import { sharePage } from '../server/share/sharePage';
import { cutPreview, posterImage, previewSource } from '../server/share/previewImage';
import { builtDefaultTour } from '../server/builtDefaultTour';

const dist = resolve(process.argv[2] ?? BUILD_OUT_DIR);
const publicUrl = process.env.PUBLIC_URL ?? '';

/** A file referenced by the tour that exists inside dist/; null for remote or missing ones. */
function localFile(url: string, tourFile: string): string | null {
  const path = localAssetPath(url, tourFile, dist);
  return path !== null && isInside(dist, path) && existsSync(path) ? path : null;
}

const template = readFileSync(join(dist, 'index.html'), 'utf8');
// The page without any scene's hints: quick views (`/?model=`), `/?tour=`, live pages and every other
// client-side route (the server falls back to it); index.html becomes the default tour's start page.
writeFileSync(join(dist, 'app.html'), template);
const toursRoot = join(dist, 'tours');
const defaultTour = builtDefaultTour(dist);
let pages = 0;
for (const id of existsSync(toursRoot) ? readdirSync(toursRoot) : []) {
  const file = join(toursRoot, id, 'tour.json');
  if (!existsSync(file)) continue;
  const result = validateTour(JSON.parse(readFileSync(file, 'utf8')));
  if (!result.ok) {
    console.warn(`share pages: skipping ${file}: the tour is invalid (npm run validate -- ${file})`);
    continue;
  }
  const tour = result.tour;
  const start = tour.startScene ?? (tour.scenes[0] as Scene).id;
  for (const scene of tour.scenes) {
    const path = `/t/${tour.id}/${scene.id}/`;
    const out = join(dist, path);
    mkdirSync(out, { recursive: true });
    const source = previewSource(scene, file, (url) => localFile(url, file));
    const thumbnail = source ? await cutPreview(source) : null;
    if (thumbnail) writeFileSync(join(out, 'preview.jpg'), thumbnail);
    const poster = thumbnail ? await posterImage(thumbnail) : null;
    if (poster) writeFileSync(join(out, 'poster.webp'), poster);
    const files = firstFiles(scene, file, dist);
    const page = (at: string) => withStartHints(sharePage(template, tour, scene, at, thumbnail !== null, publicUrl), files, poster ? `${at}poster.webp` : null, scene);
    writeFileSync(join(out, 'index.html'), page(path));
    if (scene.id === start) {
      const tourPath = `/t/${tour.id}/`;
      if (thumbnail) writeFileSync(join(dist, tourPath, 'preview.jpg'), thumbnail);
      if (poster) writeFileSync(join(dist, tourPath, 'poster.webp'), poster);
      writeFileSync(join(dist, tourPath, 'index.html'), page(tourPath));
      // `/` opens the default tour at its start scene: the same early start, the title left to the app.
      if (tour.id === defaultTour) writeFileSync(join(dist, 'index.html'), withStartHints(template, files, poster ? `${tourPath}poster.webp` : null, scene));
    }
    pages++;
  }
}
console.log(`share pages: wrote ${pages} scene pages in ${dist}/t/`);
