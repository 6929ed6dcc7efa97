/**
 * Files the visitor dropped onto the page, by name, as blob URLs. A dropped
 * .gltf refers to its .bin and textures by relative name; the model loader
 * maps those references here.
 */
const byName = new Map<string, string>();

export function registerLocalFiles(files: Iterable<File>): Map<string, string> {
  for (const url of byName.values()) URL.revokeObjectURL(url);
  byName.clear();
  for (const file of files) byName.set(file.name, URL.createObjectURL(file));
  return byName;
}

/** Maps a URL whose last segment names a dropped file to that file's blob URL. */
export function resolveLocalFile(url: string): string {
  if (url.startsWith('blob:') || url.startsWith('data:')) return url;
  const name = decodeURIComponent(url.split(/[?#]/)[0]?.split('/').pop() ?? '');
  return byName.get(name) ?? url;
}

export const hasLocalFiles = () => byName.size > 0;
