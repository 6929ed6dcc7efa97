/**
 * The tour's own audio files — guide narration, card recordings, ambient sound — are types every
 * tour plays (src/tour/audioTypes.ts: what browsers record, and MP3), and each holds what its name
 * says, read from its first bytes as the studio's upload reads them. Remote files are the host's
 * business, missing ones the existence check's.
 */
import { open } from 'node:fs/promises';
import { AUDIO_CONTAINER_NAMES, AUDIO_TYPES, audioContainerOf, audioTypeProblem, extensionOf } from '../../src/tour/audioTypes';
import { listAssets } from '../../src/tour/assets';
import type { Problem } from '../../src/tour/problems';
import type { Tour } from '../../src/tour/schema';
import { localAssetPath } from '../localAsset';

/** JSON paths of audio: `guides[0].steps[1].audio(.sv)`, `scenes[0].hotspots[2].audio.src(.sv)`, `scenes[0].ambient.src`. */
const AUDIO_PATH = /\.(?:audio(?:\.src)?|ambient\.src)(?:\.[A-Za-z-]+)?$/;
const HEAD_BYTES = 16;

async function head(file: string): Promise<Uint8Array | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch {
    // A folder, or unreadable: not this check's to say.
    return null;
  } finally {
    await handle.close();
  }
}

export async function checkAudio(tour: Tour, tourFile: string, publicDir: string): Promise<Problem[]> {
  const checks = listAssets(tour)
    .filter(({ path }) => AUDIO_PATH.test(path))
    .map(async ({ path, url }): Promise<Problem | null> => {
      const file = localAssetPath(url, tourFile, publicDir);
      if (file === null) return null;
      const wrongType = audioTypeProblem(url);
      if (wrongType) return { path, message: wrongType, severity: 'error' };
      const bytes = await head(file);
      if (bytes === null) return null;
      const found = audioContainerOf(bytes);
      const named = AUDIO_TYPES[extensionOf(url)]!;
      if (found === named) return null;
      return { path, message: `${url} is ${found ? AUDIO_CONTAINER_NAMES[found] : 'not audio a tour plays'}, not ${AUDIO_CONTAINER_NAMES[named]} as its name says`, severity: 'error' };
    });
  return (await Promise.all(checks)).filter((p): p is Problem => p !== null);
}
