import { defineConfig } from 'vite';
import { BUILD_OUT_DIR } from './scripts/buildTarget';

// The host-page client (src/embed/client) as one standalone ES module,
// dist/sitevisit-embed.js (dist-test/ in the test build), built after the app (so it does not empty dist/).
// Partner pages import it from the viewer's origin; it has no dependencies.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2020',
    outDir: BUILD_OUT_DIR,
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed/client/sitevisit-embed.ts',
      formats: ['es'],
      fileName: () => 'sitevisit-embed.js',
    },
  },
});
