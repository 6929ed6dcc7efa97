import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const CATALOGUE = fileURLToPath(new URL('../src/viewer/threeCatalogue.ts', import.meta.url));
const THREE_SOURCES = fileURLToPath(new URL('../node_modules/three/src/Three.js', import.meta.url));
/** r3f's web entry, the one file whose `import * as THREE from 'three'` feeds `extend(THREE)` in <Canvas>. */
const R3F_ENTRY = /@react-three[\\/]fiber[\\/]dist[\\/]react-three-fiber\.esm\.js$/;

/**
 * Ships only the three.js classes we use: r3f's <Canvas> calls `extend(THREE)` with the whole namespace,
 * so no bundler can drop any of three. For that one importer, `three` resolves to our catalogue
 * (src/viewer/threeCatalogue.ts); everything else, r3f's core included, imports three by name and
 * tree-shakes. Build only: the dev server pre-bundles r3f as is (all of three, which is harmless there).
 * The build fails if r3f's entry is bundled without the swap (a renamed file after an upgrade).
 */
export function r3fCatalogue(): Plugin {
  let swapped = false;
  let sawR3f = false;
  return {
    name: 'sitevisit:r3f-catalogue',
    apply: 'build',
    enforce: 'pre',
    buildStart() {
      swapped = false;
      sawR3f = false;
    },
    resolveId(source, importer) {
      if (importer && /@react-three[\\/]fiber[\\/]/.test(importer)) sawR3f = true;
      if (source !== 'three') return null;
      if (!importer || !R3F_ENTRY.test(importer)) return THREE_SOURCES;
      swapped = true;
      return CATALOGUE;
    },
    buildEnd(error) {
      if (!error && sawR3f && !swapped) this.error(`@react-three/fiber's entry was bundled without the three catalogue swap: check ${R3F_ENTRY} against node_modules/@react-three/fiber/dist`);
    },
  };
}
