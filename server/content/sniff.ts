/**
 * What a file is, from its first bytes (never from its name): an uploaded
 * file is kept only when its content is a type a tour uses and agrees with its
 * extension. Markup (SVG, HTML, XML) is refused whatever it is called: served
 * from our origin it could run script.
 */
import { AUDIO_CONTAINER_NAMES, AUDIO_TYPES, audioContainerOf, type AudioContainer } from '../../src/tour/audioTypes';

export type Sniffed = 'jpeg' | 'png' | 'webp' | 'glb' | 'gltf' | AudioContainer | 'vtt' | 'markup' | 'unknown';

/** The kinds of file the studio takes, by extension, with the content each must have. */
export const UPLOAD_TYPES: Readonly<Record<string, { content: Sniffed; kind: 'image' | 'model' | 'audio' | 'captions' }>> = {
  '.jpg': { content: 'jpeg', kind: 'image' },
  '.jpeg': { content: 'jpeg', kind: 'image' },
  '.png': { content: 'png', kind: 'image' },
  '.webp': { content: 'webp', kind: 'image' },
  '.glb': { content: 'glb', kind: 'model' },
  '.gltf': { content: 'gltf', kind: 'model' },
  // Narration recorded in a live visit (what browsers' MediaRecorder writes: .webm, .ogg, Safari's .m4a), card audio, ambient sound.
  ...Object.fromEntries(Object.entries(AUDIO_TYPES).map(([ext, content]) => [ext, { content, kind: 'audio' as const }])),
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
  const audio = audioContainerOf(head);
  if (audio) return audio;
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
  ...AUDIO_CONTAINER_NAMES,
  vtt: 'WebVTT captions',
  markup: 'markup (SVG, HTML or XML)',
  unknown: 'a kind of file a tour does not use',
};

export const describeSniffed = (s: Sniffed): string => NAMES[s];
