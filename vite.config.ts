import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { BUILD_OUT_DIR, testHookDefine } from './scripts/buildTarget';
import { r3fCatalogue } from './scripts/r3fCatalogue';
import { startEntry } from './scripts/startEntry';

// Draco and Basis decoders need no setup: three's loaders reference their own
// copies with `new URL(…, import.meta.url)`, so Vite emits them as hashed
// assets on our origin (no CDN at run time).
export default defineConfig({
  plugins: [react(), r3fCatalogue(), startEntry()],
  define: testHookDefine,
  build: {
    target: 'es2022',
    outDir: BUILD_OUT_DIR,
    sourcemap: true,
    chunkSizeWarningLimit: 1400,
    // poster.html is the light embed (?embed=1&autoload=0): a separate page so
    // that none of the viewer's code loads before the visitor asks for it.
    rollupOptions: { input: { main: 'index.html', poster: 'poster.html' } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
