/**
 * The early start of a scene's page (server/share/startHints.ts), on the demo's own
 * files in public/ (laid out as dist/ is): which files a page preloads for
 * each kind of scene, and where the hints and the poster land in the HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { firstFiles, withStartHints } from '../../server/share/startHints';
import type { Scene, Tour } from '../../src/tour/schema';

const root = fileURLToPath(new URL('../..', import.meta.url));
const publicDir = join(root, 'public');
const tourFile = join(publicDir, 'tours/processum/tour.json');
const tour = JSON.parse(readFileSync(tourFile, 'utf8')) as Tour;
const scene = (id: string) => tour.scenes.find((s) => s.id === id) as Scene;

describe('start hints', () => {
  it('a tiled panorama preloads the tour, its tile descriptor and the preview the descriptor names, in that order', () => {
    expect(firstFiles(scene('process-floor'), tourFile, publicDir)).toEqual([
      '/tours/processum/tour.json',
      '/panoramas/processum-process-floor/tiles.json',
      '/panoramas/processum-process-floor/preview.jpg',
    ]);
  });

  it('a model scene preloads the tour and its model; a file on another host or missing is never named', () => {
    expect(firstFiles(scene('hall'), tourFile, publicDir)).toEqual(['/tours/processum/tour.json', '/models/pilot-hall.glb']);
    const remote = { ...scene('hall'), model: 'https://models.example.org/hall.glb' } as Scene;
    expect(firstFiles(remote, tourFile, publicDir)).toEqual(['/tours/processum/tour.json']);
    const missing = { ...scene('hall'), model: '../../models/none.glb' } as Scene;
    expect(firstFiles(missing, tourFile, publicDir)).toEqual(['/tours/processum/tour.json']);
    const outside = { ...scene('hall'), model: '../../../../package.json' } as Scene;
    expect(firstFiles(outside, tourFile, publicDir)).toEqual(['/tours/processum/tour.json']);
  });

  it('writes fetch preloads (which the app\'s fetch() takes over) into <head> and the poster first in <body>', () => {
    const html = withStartHints(readFileSync(join(root, 'index.html'), 'utf8'), ['/tours/processum/tour.json', '/a b.json'], '/t/processum/hall/poster.webp');
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<link rel="preload" href="/tours/processum/tour.json" as="fetch" crossorigin data-start-file />');
    expect(head).toContain('<link rel="preload" href="/a b.json" as="fetch" crossorigin data-start-file />');
    const body = html.slice(html.indexOf('<body>'));
    expect(body.indexOf('id="start-poster"')).toBeGreaterThan(0);
    expect(body.indexOf('id="start-poster"')).toBeLessThan(body.indexOf('id="root"'));
    expect(body).toContain('src="/t/processum/hall/poster.webp" alt="" aria-hidden="true"');
    expect(withStartHints('<head></head><body></body>', [], null)).toBe('<head></head><body></body>');
  });

  it('names what the start script paints right after its own modulepreload, ahead of the app\'s code; the tour file and a model after it', () => {
    const built = [
      '<head>',
      '<link rel="modulepreload" crossorigin href="/assets/early-start-x.js" data-start-script />',
      '<link rel="modulepreload" crossorigin href="/assets/main-x.js" data-app-entry />',
      '<link rel="modulepreload" crossorigin href="/assets/react-x.js">',
      '</head><body></body>',
    ].join('\n');
    const order = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    const tiled = withStartHints(built, firstFiles(scene('process-floor'), tourFile, publicDir), null, scene('process-floor'));
    expect(order(tiled)).toEqual([
      '/assets/early-start-x.js',
      '/panoramas/processum-process-floor/tiles.json',
      '/panoramas/processum-process-floor/preview.jpg',
      '/assets/main-x.js',
      '/assets/react-x.js',
      '/tours/processum/tour.json',
    ]);
    const model = withStartHints(built, firstFiles(scene('hall'), tourFile, publicDir), null, scene('hall'));
    expect(order(model)).toEqual(['/assets/early-start-x.js', '/assets/main-x.js', '/assets/react-x.js', '/tours/processum/tour.json', '/models/pilot-hall.glb']);
    // Without the start script (the dev server's page), everything goes at the end of <head>.
    expect(order(withStartHints('<head></head>', ['/p.jpg', '/tours/t/tour.json'], null))).toEqual(['/p.jpg', '/tours/t/tour.json']);
  });

  it('names a panorama scene\'s start view in <head> (the start script paints its first frame there); a model scene has none', () => {
    const html = '<head></head><body></body>';
    expect(withStartHints(html, [], null, scene('pretreatment'))).toContain('<meta name="sitevisit-start-view" content="-30,8,80" />');
    expect(withStartHints(html, [], null, scene('hall'))).not.toContain('sitevisit-start-view');
  });
});
