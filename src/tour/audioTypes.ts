/**
 * The audio a tour plays — guide narration, a card's recording, a scene's ambient sound — by file
 * extension, with the container its bytes must be: what browsers' MediaRecorder writes (WebM and Ogg
 * with Opus; Safari's MP4/AAC as .m4a) and MP3. One list for `npm run validate`, the studio's uploads
 * (server/content/sniff.ts) and the recorder's file names. Pure: it reads bytes it is given.
 */

export type AudioContainer = 'mp3' | 'ogg' | 'webm' | 'mp4';

/** Extension (lower case, with its dot) → the container its file must be. */
export const AUDIO_TYPES: Readonly<Record<string, AudioContainer>> = {
  '.webm': 'webm',
  '.ogg': 'ogg',
  '.opus': 'ogg',
  '.m4a': 'mp4',
  '.mp3': 'mp3',
};

/** How each container is named in messages (by its first bytes a WebM or MP4 file may be video as well). */
export const AUDIO_CONTAINER_NAMES: Readonly<Record<AudioContainer, string>> = {
  webm: 'WebM audio or video',
  ogg: 'Ogg audio',
  mp4: 'an MP4/M4A file',
  mp3: 'MP3 audio',
};

const ascii = (head: Uint8Array, text: string, at = 0) => [...text].every((c, i) => head[at + i] === c.charCodeAt(0));

/** The container of a file from its first bytes (a dozen are enough); null when it is none of them. */
export function audioContainerOf(head: Uint8Array): AudioContainer | null {
  if (ascii(head, 'OggS')) return 'ogg';
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm';
  if (ascii(head, 'ftyp', 4)) return 'mp4';
  // An ID3 tag, or straight into an MPEG audio frame (11 sync bits).
  if (ascii(head, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  return null;
}

/** The extension of a file name or URL path, lower case with its dot ('' when it has none). */
export function extensionOf(url: string): string {
  const name = url.split(/[?#]/)[0]!.split('/').pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** Why `url` cannot be a tour's audio file, by its name; null when it can. */
export function audioTypeProblem(url: string): string | null {
  const ext = extensionOf(url);
  if (AUDIO_TYPES[ext]) return null;
  return `"${url}" is not audio a tour plays${ext ? ` (${ext})` : ''}: use ${Object.keys(AUDIO_TYPES).join(', ')} (what browsers record: WebM or Ogg with Opus, or M4A from Safari; or MP3)`;
}
