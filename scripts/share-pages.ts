/**
 * Link previews: after `vite build`, writes a share page per tour and scene,
 * `dist/t/<tour>/<scene>/index.html`, which is the app's index.html with
 * og:title, og:description and og:image (a 1200×630 thumbnail made here) so a
 * link pasted in a chat shows a card; the page then boots the viewer at that
 * scene (the app reads the path). Set PUBLIC_URL (e.g. https://tours.example.org)
 * at build time to make og:image and og:url absolute, as some crawlers require.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import { validateTour } from '../src/tour/validate';
import { localize } from '../src/tour/text';
import { isInside, localAssetPath } from '../cli/localAsset';
import type { PanoramaScene, Scene, Tour } from '../src/tour/schema';
import { BUILD_OUT_DIR } from './buildTarget';
import { firstFiles, withStartHints } from './startHints';
import { builtDefaultTour } from '../server/builtDefaultTour';

const dist = resolve(process.argv[2] ?? BUILD_OUT_DIR);
const publicUrl = (process.env.PUBLIC_URL ?? '').replace(/\/$/, '');
const WIDTH = 1200;
const HEIGHT = 630;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A file referenced by the tour that exists inside dist/; null for remote or missing ones. */
function localFile(url: string, tourFile: string): string | null {
  const path = localAssetPath(url, tourFile, dist);
  return path !== null && isInside(dist, path) && existsSync(path) ? path : null;
}

/** The part of an equirectangular image around the start view, as a preview card. */
async function panoramaThumbnail(scene: PanoramaScene, file: string): Promise<Buffer> {
  const image = sharp(file, { limitInputPixels: false });
  const { width = 0, height = 0 } = await image.metadata();
  const vertical = (scene.view.fov * Math.PI) / 180;
  const horizontalDeg = (2 * Math.atan(Math.tan(vertical / 2) * (WIDTH / HEIGHT)) * 180) / Math.PI;
  const cropWidth = Math.min(width, Math.round((width * horizontalDeg) / 360));
  const cropHeight = Math.min(height, Math.round((cropWidth * HEIGHT) / WIDTH));
  const centreX = ((scene.view.yaw + 180) / 360) * width;
  const centreY = ((90 - scene.view.pitch) / 180) * height;
  const left = Math.max(0, Math.min(width - cropWidth, Math.round(centreX - cropWidth / 2)));
  const top = Math.max(0, Math.min(height - cropHeight, Math.round(centreY - cropHeight / 2)));
  return image.extract({ left, top, width: cropWidth, height: cropHeight }).resize(WIDTH, HEIGHT, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
}

async function thumbnailFor(scene: Scene, tourFile: string): Promise<Buffer | null> {
  const own = scene.thumbnail ? localFile(scene.thumbnail, tourFile) : null;
  if (own) return sharp(own).resize(WIDTH, HEIGHT, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer();
  if (scene.type === 'panorama') {
    const image = localFile(scene.image, tourFile);
    if (image) return panoramaThumbnail(scene, image);
  }
  const tourThumbnail = join(dirname(tourFile), 'thumbnail.jpg');
  return existsSync(tourThumbnail) ? sharp(tourThumbnail).resize(WIDTH, HEIGHT, { fit: 'cover' }).jpeg({ quality: 80 }).toBuffer() : null;
}

/** The light embed's poster (?embed=1&autoload=0) must stay far below its 60 KB budget: small WebP. */
const posterImage = (thumbnail: Buffer) => sharp(thumbnail).resize(768, 403, { fit: 'cover' }).webp({ quality: 55 }).toBuffer();

function sharePage(template: string, tour: Tour, scene: Scene, path: string, hasImage: boolean): string {
  const language = tour.defaultLanguage;
  const title = `${localize(scene.title, language, language)} — ${localize(tour.title, language, language)}`;
  const description = localize(scene.description ?? tour.description ?? tour.title, language, language);
  const tags = [
    `<meta property="og:type" content="website" />`,
    `<meta property="og:title" content="${escapeHtml(title)}" />`,
    `<meta property="og:description" content="${escapeHtml(description)}" />`,
    `<meta property="og:url" content="${escapeHtml(publicUrl + path)}" />`,
    `<meta name="twitter:card" content="${hasImage ? 'summary_large_image' : 'summary'}" />`,
    ...(hasImage
      ? [
          `<meta property="og:image" content="${escapeHtml(`${publicUrl}${path}preview.jpg`)}" />`,
          `<meta property="og:image:width" content="${WIDTH}" />`,
          `<meta property="og:image:height" content="${HEIGHT}" />`,
        ]
      : []),
  ].join('\n    ');
  // Replacer functions: in a replacement string, tour text such as `$&` or `$\`` would copy parts of the template.
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, () => `<meta name="description" content="${escapeHtml(description)}" />`)
    .replace('</head>', () => `    ${tags}\n  </head>`);
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
    const thumbnail = await thumbnailFor(scene, file);
    if (thumbnail) writeFileSync(join(out, 'preview.jpg'), thumbnail);
    const poster = thumbnail ? await posterImage(thumbnail) : null;
    if (poster) writeFileSync(join(out, 'poster.webp'), poster);
    const files = firstFiles(scene, file, dist);
    const page = (at: string) => withStartHints(sharePage(template, tour, scene, at, thumbnail !== null), files, poster ? `${at}poster.webp` : null);
    writeFileSync(join(out, 'index.html'), page(path));
    if (scene.id === start) {
      const tourPath = `/t/${tour.id}/`;
      if (thumbnail) writeFileSync(join(dist, tourPath, 'preview.jpg'), thumbnail);
      if (poster) writeFileSync(join(dist, tourPath, 'poster.webp'), poster);
      writeFileSync(join(dist, tourPath, 'index.html'), page(tourPath));
      // `/` opens the default tour at its start scene: the same early start, the title left to the app.
      if (tour.id === defaultTour) writeFileSync(join(dist, 'index.html'), withStartHints(template, files, poster ? `${tourPath}poster.webp` : null));
    }
    pages++;
  }
}
console.log(`share pages: wrote ${pages} scene pages in ${dist}/t/`);
