/** Finds the panoramas (2:1 images) and models (glTF/GLB) in a folder and its subfolders, sorted by path. */
import { readdir } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import sharp from 'sharp';

export interface FoundAsset {
  kind: 'panorama' | 'model';
  /** Path relative to the folder, with forward slashes. */
  path: string;
}

export interface ScanResult {
  assets: FoundAsset[];
  /** Files skipped, with the reason. */
  skipped: { path: string; reason: string }[];
}

const IMAGE = new Set(['.jpg', '.jpeg', '.png', '.webp']);
const MODEL = new Set(['.glb', '.gltf']);

export async function scanFolder(root: string): Promise<ScanResult> {
  const assets: FoundAsset[] = [];
  const skipped: ScanResult['skipped'] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    const path = relative(root, full).split('\\').join('/');
    // Hidden folders, and tile pyramids (cut panoramas are not scenes of their own).
    if (path.split('/').some((part) => part.startsWith('.')) || /(^|\/)\d+\/(front|right|back|left|up|down)\//.test(path) || /\.tiles\//.test(path) || entry.name === 'preview.jpg') continue;
    const ext = extname(entry.name).toLowerCase();
    if (MODEL.has(ext)) assets.push({ kind: 'model', path });
    else if (IMAGE.has(ext)) {
      const meta = await sharp(full, { limitInputPixels: false })
        .metadata()
        .catch(() => null);
      if (!meta?.width || !meta.height) skipped.push({ path, reason: 'not a readable image' });
      else if (Math.abs(meta.width - 2 * meta.height) > Math.max(2, meta.width * 0.01)) skipped.push({ path, reason: `${meta.width}×${meta.height} is not a 2:1 panorama` });
      else assets.push({ kind: 'panorama', path });
    }
  }
  assets.sort((a, b) => (a.kind === b.kind ? a.path.localeCompare(b.path) : a.kind === 'panorama' ? -1 : 1));
  return { assets, skipped };
}
