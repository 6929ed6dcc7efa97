/**
 * What a file is, from its first bytes (never from its name): an uploaded
 * file is kept only when its content is a type a tour uses and agrees with its
 * extension. Markup (SVG, HTML, XML) is refused whatever it is called: served
 * from our origin it could run script.
 */
export type Sniffed = 'jpeg' | 'png' | 'webp' | 'glb' | 'gltf' | 'mp3' | 'ogg' | 'webm' | 'mp4' | 'vtt' | 'markup' | 'unknown';

/** The kinds of file the studio takes, by extension, with the content each must have. */
export const UPLOAD_TYPES: Readonly<Record<string, { content: Sniffed; kind: 'image' | 'model' | 'audio' | 'captions' }>> = {
  '.jpg': { content: 'jpeg', kind: 'image' },
  '.jpeg': { content: 'jpeg', kind: 'image' },
  '.png': { content: 'png', kind: 'image' },
  '.webp': { content: 'webp', kind: 'image' },
  '.glb': { content: 'glb', kind: 'model' },
  '.gltf': { content: 'gltf', kind: 'model' },
  '.mp3': { content: 'mp3', kind: 'audio' },
  '.ogg': { content: 'ogg', kind: 'audio' },
  '.opus': { content: 'ogg', kind: 'audio' },
  '.m4a': { content: 'mp4', kind: 'audio' },
  // What browsers' MediaRecorder writes (Chromium: Opus in WebM): narration recorded in a live visit.
  '.webm': { content: 'webm', kind: 'audio' },
  // Guide captions written by the studio's Guides panel.
  '.vtt': { content: 'vtt', kind: 'captions' },
};

/** Enough bytes to tell every type above apart. */
export const SNIFF_BYTES = 512;

const startsWith = (head: Buffer, bytes: number[], at = 0) => bytes.every((b, i) => head[at + i] === b);
const ascii = (head: Buffer, text: string, at = 0) => head.subarray(at, at + text.length).toString('latin1') === text;

export function sniff(head: Buffer): Sniffed {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return 'webp';
  if (ascii(head, 'glTF')) return 'glb';
  if (ascii(head, 'OggS')) return 'ogg';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return 'webm';
  if (ascii(head, 'ftyp', 4)) return 'mp4';
  if (ascii(head, 'ID3') || (head[0] === 0xff && ((head[1] ?? 0) & 0xe0) === 0xe0)) return 'mp3';
  // Text: skip a BOM and white space, then look at the first character.
  const text = head.toString('utf8').replace(/^\uFEFF/, '').trimStart();
  if (text.startsWith('<')) return 'markup';
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(text)) return 'vtt';
  // JSON: a .gltf (whether it is a valid one is the glTF validator's to say).
  if (text.startsWith('{')) return 'gltf';
  return 'unknown';
}

const NAMES: Record<Sniffed, string> = {
  jpeg: 'a JPEG image',
  png: 'a PNG image',
  webp: 'a WebP image',
  glb: 'a GLB model',
  gltf: 'a glTF model',
  mp3: 'MP3 audio',
  ogg: 'Ogg audio',
  webm: 'WebM audio or video',
  vtt: 'WebVTT captions',
  mp4: 'an MP4/M4A file',
  markup: 'markup (SVG, HTML or XML)',
  unknown: 'a kind of file a tour does not use',
};

export const describeSniffed = (s: Sniffed): string => NAMES[s];
