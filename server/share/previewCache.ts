/**
 * The link-preview pictures of the tours published from the studio, cut on
 * first request and kept in DATA_DIR (`share/<tour>/<version>/`) until the
 * next publish: the folder is named by the published text's version, so a new
 * publish is a new folder and the old ones are removed once it is made. Each
 * file is written atomically (a crash leaves it whole or absent), and several
 * requests (or processes) asking at once cut it once per process at most.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../live/store/replaceFile';
import { cutPreview, posterImage, type PreviewSource } from './previewImage';

export interface PreviewPictures {
  /** 1200×630 JPEG (og:image). */
  preview: Buffer;
  /** The start view's small WebP poster. */
  poster: Buffer;
}

export interface PreviewKey {
  tour: string;
  /** The published tour's version (its text's hash). */
  version: string;
  scene: string;
}

export function previewCache(cacheDir: string, log: (line: string) => void) {
  const cutting = new Map<string, Promise<PreviewPictures>>();
  const files = ({ tour, version, scene }: PreviewKey) => {
    const stem = join(cacheDir, tour, version, scene);
    return { preview: `${stem}.preview.jpg`, poster: `${stem}.poster.webp` };
  };

  /** Removes the pictures of earlier publishes of the tour (best effort: another process may be doing the same). */
  const forgetOthers = async ({ tour, version }: PreviewKey) => {
    const versions = await readdir(join(cacheDir, tour)).catch(() => [] as string[]);
    await Promise.all(versions.filter((v) => v !== version).map((v) => rm(join(cacheDir, tour, v), { recursive: true, force: true }).catch(() => {})));
  };

  const cut = async (key: PreviewKey, source: PreviewSource): Promise<PreviewPictures> => {
    const paths = files(key);
    const preview = await cutPreview(source);
    const poster = await posterImage(preview);
    // The poster first: a preview on disk means both are there.
    await replaceFile(paths.poster, poster);
    await replaceFile(paths.preview, preview);
    await forgetOthers(key).catch((error: unknown) => log(`share: could not remove old previews of ${key.tour}: ${(error as Error).message}`));
    return { preview, poster };
  };

  /** The scene's pictures: from the cache, else cut from `source` now. */
  return async function pictures(key: PreviewKey, source: PreviewSource): Promise<PreviewPictures> {
    const paths = files(key);
    const cached = await readFile(paths.preview).then(
      async (preview) => ({ preview, poster: await readFile(paths.poster) }),
      () => null,
    );
    if (cached) return cached;
    const id = `${key.tour}/${key.version}/${key.scene}`;
    let running = cutting.get(id);
    if (!running) {
      running = cut(key, source).finally(() => cutting.delete(id));
      cutting.set(id, running);
    }
    return running;
  };
}
