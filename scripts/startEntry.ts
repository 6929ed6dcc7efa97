import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const START = fileURLToPath(new URL('../src/start/earlyStart.ts', import.meta.url));

/**
 * The page's start script (src/start/earlyStart.ts) as an entry of its own, run ahead of the app:
 * its async <script> goes into index.html (hence app.html and every scene page, which are made from it),
 * so it runs as soon as it has loaded, while the app's ~300 KB still load.
 * The app imports the same module, so it is one file, downloaded and run once; and the start script
 * runs the app (whose <script> becomes a modulepreload marked data-app-entry) once its first frame is
 * painted. Build only: the dev server runs it as part of the app.
 */
export function startEntry(): Plugin {
  let base = '/';
  return {
    name: 'sitevisit:start-entry',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      base = config.base;
    },
    options(options) {
      const input = options.input;
      if (!input || typeof input !== 'object' || Array.isArray(input)) throw new Error('sitevisit:start-entry expects named inputs (vite.config.ts)');
      return { ...options, input: { ...input, 'early-start': START } };
    },
    generateBundle(_options, bundle) {
      const chunk = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'early-start');
      const html = bundle['index.html'];
      if (!chunk || !html || html.type !== 'asset' || typeof html.source !== 'string') return this.error('sitevisit:start-entry: no start chunk or no index.html in the bundle');
      if (!html.source.includes('</body>')) return this.error('sitevisit:start-entry: index.html has no </body>');
      // async: it runs as soon as it has loaded, without waiting for the stylesheet or the app; last in <body>: the page's
      // start hints (<head>) have been parsed by then.
      html.source = html.source.replace('</body>', () => `  <script type="module" async crossorigin src="${base}${chunk.fileName}"></script>\n  </body>`);
      // The app's own module is only fetched ahead (modulepreload) and run by the start script once the first frame is
      // painted: its evaluation (~100 ms of one task on a desktop) would otherwise stand between the decoded picture and the frame.
      const app = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'main');
      const tag = app && `<script type="module" crossorigin src="${base}${app.fileName}"></script>`;
      if (!app || !tag || !html.source.includes(tag)) return this.error('sitevisit:start-entry: no <script> of the app\'s entry (main) in index.html');
      html.source = html.source.replace(tag, () => `<link rel="modulepreload" crossorigin href="${base}${app.fileName}" data-app-entry />`);
      // The start script's own file first of all, ahead of the app's (it is among their imports): over HTTP/1.1 a browser
      // starts six requests at a time in the page's order. The picture it paints follows it (server/http/headHints.ts).
      const ownPreload = `<link rel="modulepreload" crossorigin href="${base}${chunk.fileName}">`;
      html.source = html.source.replace(new RegExp(`\\n\\s*${ownPreload.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`), '');
      const firstPreload = html.source.indexOf('<link rel="modulepreload"');
      if (firstPreload < 0) return this.error('sitevisit:start-entry: no modulepreload in index.html');
      html.source = `${html.source.slice(0, firstPreload)}<link rel="modulepreload" crossorigin href="${base}${chunk.fileName}" data-start-script />\n    ${html.source.slice(firstPreload)}`;
    },
  };
}
