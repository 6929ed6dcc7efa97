/**
 * The tiled test tour: a 16384×8192 grid panorama made with sharp, cut by the
 * CLI (`sitevisit tile`), served from the test server's tour folder. Making it
 * takes about a minute on this machine, so it is kept between runs and remade
 * whenever the grid or the tiling code changes (a hash of their sources).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { writeGridImage } from './gridImage';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** Served as /tours/tiles-grid/ (the folder is git-ignored). */
export const TOUR_DIR = fileURLToPath(new URL('../fixtures/tours/tiles-grid/', import.meta.url));
export const GRID_FILE = join(TOUR_DIR, 'grid.jpg');

function sourcesHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...['src/tiles', 'cli/tile'].flatMap((dir) => readdirSync(join(root, dir)).map((f) => join(dir, f))),
    'cli/commands/tile.ts',
    'tests/browser/tiles/gridImage.ts',
  ].sort();
  for (const file of files) if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(root, file)));
  return hash.digest('hex');
}

export async function prepareTiledTour(): Promise<void> {
  const stamp = join(TOUR_DIR, 'stamp.txt');
  const hash = sourcesHash();
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    rmSync(TOUR_DIR, { recursive: true, force: true });
    mkdirSync(TOUR_DIR, { recursive: true });
    await writeGridImage(GRID_FILE);
    execFileSync('npx', ['tsx', 'cli/main.ts', 'tile', GRID_FILE, '--out', join(TOUR_DIR, 'tiles')], { cwd: root, stdio: 'pipe' });
    writeFileSync(stamp, hash);
  }
  // A small copy for the scene whose pyramid is missing: it must fall back to its whole image.
  const small = join(TOUR_DIR, 'small.jpg');
  if (!existsSync(small)) await sharp(GRID_FILE, { limitInputPixels: false }).resize(2048, 1024).jpeg({ quality: 85 }).toFile(small);
  const tour = {
    id: 'tiles-grid',
    title: 'Tiled grid',
    scenes: [
      { id: 'grid', type: 'panorama', title: 'Grid', image: 'grid.jpg', tiles: 'tiles/tiles.json', view: { yaw: 0, pitch: 0, fov: 75 } },
      { id: 'fallback', type: 'panorama', title: 'Missing tiles', image: 'small.jpg', tiles: 'missing/tiles.json' },
    ],
  };
  writeFileSync(join(TOUR_DIR, 'tour.json'), JSON.stringify(tour));
}
