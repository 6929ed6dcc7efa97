/**
 * scripts/share-pages.ts on a small built folder: tour text full of
 * replacement patterns ($&, $`, $') lands in the page as written, and an image
 * the tour points at outside dist/ (in the sibling dist-x/) is never used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(root, 'node_modules/.bin/tsx');
const work = mkdtempSync(join(tmpdir(), 'sitevisit-share-pages-'));
const dist = join(work, 'dist');
const TITLE = "Tank $& farm $` and $' and $$ and $1";
const DESCRIPTION = "Pumps $' then $& then $`";

const jpeg = (colour: string) => sharp({ create: { width: 64, height: 32, channels: 3, background: colour } }).jpeg().toBuffer();

function writeTour(id: string, thumbnail: string) {
  mkdirSync(join(dist, 'tours', id), { recursive: true });
  const tour = {
    id,
    title: { en: TITLE },
    description: { en: DESCRIPTION },
    defaultLanguage: 'en',
    scenes: [{ id: 'hall', type: 'model', title: 'Hall $&', model: '/models/hall.glb', thumbnail }],
  };
  writeFileSync(join(dist, 'tours', id, 'tour.json'), JSON.stringify(tour));
}

const page = (id: string) => readFileSync(join(dist, 't', id, 'hall', 'index.html'), 'utf8');

beforeAll(async () => {
  mkdirSync(join(work, 'dist-x'), { recursive: true });
  mkdirSync(dist, { recursive: true });
  writeFileSync(join(dist, 'index.html'), readFileSync(join(root, 'index.html')));
  writeFileSync(join(work, 'dist-x', 'secret.jpg'), await jpeg('#ff0000'));
  writeTour('outside-root', '/../dist-x/secret.jpg');
  writeTour('outside-relative', '../../../dist-x/secret.jpg');
  writeTour('inside', 'own.jpg');
  writeFileSync(join(dist, 'tours', 'inside', 'own.jpg'), await jpeg('#00ff00'));
  const run = spawnSync(tsx, ['scripts/share-pages.ts', dist], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('share pages', () => {
  it('writes tour text with $&, $` and $\' as it is, once, without copying the template', () => {
    const html = page('inside');
    const title = "Hall $&amp; — Tank $&amp; farm $` and $&#39; and $$ and $1";
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<meta property="og:title" content="${title}" />`);
    expect(html).toContain(`<meta name="description" content="Pumps $&#39; then $&amp; then $\`" />`);
    expect(html).toContain(`<meta property="og:description" content="Pumps $&#39; then $&amp; then $\`" />`);
    for (const once of ['<!doctype html>', '<head>', '</head>', '<title>', '<div id="root"']) expect(html.split(once)).toHaveLength(2);
  });

  it('uses a thumbnail inside dist/ for the preview card', () => {
    expect(existsSync(join(dist, 't', 'inside', 'hall', 'preview.jpg'))).toBe(true);
    expect(page('inside')).toContain('og:image');
  });

  it('never reads an image outside dist/, even in a sibling folder whose name starts with "dist"', () => {
    for (const id of ['outside-root', 'outside-relative']) {
      expect(existsSync(join(dist, 't', id, 'hall', 'preview.jpg'))).toBe(false);
      expect(page(id)).not.toContain('og:image');
    }
  });
  it('keeps the page without start hints as app.html, and gives each scene page its preloads and poster', () => {
    expect(readFileSync(join(dist, 'app.html'), 'utf8')).toBe(readFileSync(join(root, 'index.html'), 'utf8'));
    const html = page('inside');
    expect(html).toContain('<link rel="preload" href="/tours/inside/tour.json" as="fetch" crossorigin data-start-file />');
    // The model is not in dist/: nothing is preloaded for it.
    expect(html).not.toContain('hall.glb" as="fetch"');
    expect(html).toContain('<img id="start-poster" class="start-poster" src="/t/inside/hall/poster.webp"');
  });
});
