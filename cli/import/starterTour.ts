/**
 * A starter tour from found files: one scene per file, panoramas first, each
 * panorama linking to the next scene so every scene can be reached. Models
 * get no outgoing links (a 3D anchor needs a person to pick it).
 */
import { basename, extname } from 'node:path';
import type { TourInput } from '../../src/tour/schema';
import type { FoundAsset } from './scanFolder';

/** A URL-safe id (see Id in src/tour/schema.ts), unique among `taken`. */
export function sceneId(path: string, taken: Set<string>): string {
  const base =
    basename(path, extname(path))
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9_-]+/g, '-')
      .replace(/^[-_]+|[-_]+$/g, '')
      .slice(0, 56) || 'scene';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A file path as a URL relative to the tour file (spaces and % in names survive). */
const urlOf = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export const titleOf = (path: string) => {
  const words = basename(path, extname(path)).replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export function starterTour(id: string, title: string, assets: FoundAsset[], tiles: Map<string, string>): TourInput {
  const taken = new Set<string>();
  const scenes = assets.map((asset) => ({ asset, id: sceneId(asset.path, taken), title: titleOf(asset.path) }));
  const hotspotIds = new Set<string>();
  return {
    id,
    title,
    scenes: scenes.map(({ asset, id: sceneIdValue, title: sceneTitle }, i) => {
      if (asset.kind === 'model') return { id: sceneIdValue, type: 'model' as const, title: sceneTitle, model: urlOf(asset.path), hotspots: [] };
      const next = scenes[(i + 1) % scenes.length]!;
      const hotspots =
        next.id === sceneIdValue
          ? []
          : [{ id: sceneId(`${sceneIdValue}-to-${next.id}`, hotspotIds), type: 'link' as const, title: `Next: ${next.title}`, target: next.id, yaw: 0, pitch: -20 }];
      const tileUrl = tiles.get(asset.path);
      return { id: sceneIdValue, type: 'panorama' as const, title: sceneTitle, image: urlOf(asset.path), ...(tileUrl ? { tiles: urlOf(tileUrl) } : {}), hotspots };
    }),
  };
}
