import { defineConfig } from 'vite';

// The host-page client (src/embed/client) as one standalone ES module,
// dist/sitevisit-embed.js, built after the app (so it does not empty dist/).
// Partner pages import it from the viewer's origin; it has no dependencies.
export default defineConfig({
  publicDir: false,
  build: {
    target: 'es2020',
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/embed/client/sitevisit-embed.ts',
      formats: ['es'],
      fileName: () => 'sitevisit-embed.js',
    },
  },
});
