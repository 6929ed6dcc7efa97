/**
 * A file added to a tour from the studio: received into a hidden folder of
 * the tour (never served) with a size limit, its content sniffed and checked
 * with the CLI's own validators, and only then moved next to tour.json under
 * a free name (a link, which never replaces a file). A refused file leaves
 * nothing behind.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, open, readFile, unlink } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { extname, join } from 'node:path';
import sharp from 'sharp';
import { checkImage } from '../../cli/validate/checkImage';
import { validateModel } from '../../cli/model/validateModel';
import { describeSniffed, sniff, SNIFF_BYTES, UPLOAD_TYPES } from './sniff';
import type { TourFolder } from './tourFolder';

/** STUDIO_UPLOAD_MAX_BYTES: the largest file the studio takes (a 16k panorama is ~60 MB; models can be large). */
export const DEFAULT_UPLOAD_MAX_BYTES = 1024 ** 3;

/** A file name of a tour's folder: a letter or digit first, one dot (before the extension), no separators. */
const FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9 _()+,-]{0,99}\.[A-Za-z0-9]{1,5}$/;

/**
 * A refusal: the English sentence, and a `code` with the values it names, which the studio words in
 * the editor's language (src/studio/server/errorTexts.ts).
 */
export interface Refusal {
  error: string;
  code: string;
  values?: Record<string, string | number>;
}

export type UploadResult =
  | { ok: true; file: string; kind: 'panorama' | 'image' | 'model' | 'audio' | 'captions'; width?: number; height?: number }
  | ({ ok: false; status: 400 | 413 | 415 | 422 } & Refusal);

/** Why `name` cannot be a file of a tour; null when it can. */
export function badFileName(name: string): Refusal | null {
  if (!FILE_NAME.test(name)) return { error: `"${name}" cannot be a file name here: use letters, digits, spaces, "-" and "_", one dot before the extension, and no "/" or "\\".`, code: 'bad-file-name', values: { name } };
  const ext = extname(name);
  if (!UPLOAD_TYPES[ext.toLowerCase()]) return { error: `Files of type ${ext} cannot be added to a tour (images: .jpg .png .webp; models: .glb .gltf; audio: .mp3 .ogg .opus .m4a .webm; captions: .vtt).`, code: 'type-not-taken', values: { ext } };
  return null;
}

const tooLarge = (max: number): UploadResult => {
  const limitMb = Math.round(max / 1024 ** 2);
  return { ok: false, status: 413, error: `The file is larger than the ${limitMb} MB the studio takes.`, code: 'file-too-large', values: { limitMb } };
};

/** Streams the body to `file`: 'tooLarge' past `max` bytes (the rest is read and dropped), 'broken' when the request or the disk fails. */
function receive(req: IncomingMessage, file: string, max: number): Promise<'ok' | 'tooLarge' | 'broken'> {
  return new Promise((resolve) => {
    const out = createWriteStream(file, { mode: 0o644 });
    let size = 0;
    let settled = false;
    const finish = (result: 'ok' | 'tooLarge' | 'broken') => {
      if (settled) return;
      settled = true;
      if (result !== 'ok') {
        req.unpipe(out);
        out.destroy();
        req.resume();
      }
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) finish('tooLarge');
    });
    req.on('error', () => finish('broken'));
    req.on('aborted', () => finish('broken'));
    out.on('error', () => finish('broken'));
    out.on('finish', () => finish('ok'));
    req.pipe(out);
  });
}

async function head(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The first of `name`, `name-2.ext`, `name-3.ext`… that is free, taken with a link (never replacing a file). */
async function placeUnder(dir: string, temp: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, -ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}${ext}`;
    try {
      await link(temp, join(dir, candidate));
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Whether a .gltf holds all its buffers and images (data: URIs or the GLB-less bufferView form). */
async function selfContained(file: string): Promise<boolean> {
  try {
    const json = JSON.parse(await readFile(file, 'utf8')) as { buffers?: { uri?: unknown }[]; images?: { uri?: unknown }[] };
    return [...(json.buffers ?? []), ...(json.images ?? [])].every(({ uri }) => uri === undefined || (typeof uri === 'string' && uri.startsWith('data:')));
  } catch {
    // Not JSON: the validator says why.
    return true;
  }
}

export async function receiveUpload(req: IncomingMessage, folder: TourFolder, name: string, max: number): Promise<UploadResult> {
  const declared = Number(req.headers['content-length']);
  if (declared > max) return tooLarge(max);
  const spool = join(folder.dir, '.uploads');
  await mkdir(spool, { recursive: true });
  // The validators read the format from the extension.
  const temp = join(spool, `${randomBytes(8).toString('hex')}${extname(name).toLowerCase()}`);
  try {
    const received = await receive(req, temp, max);
    if (received === 'tooLarge') return tooLarge(max);
    if (received === 'broken') return { ok: false, status: 400, error: 'The upload broke off; nothing was added.', code: 'upload-broken' };
    const type = UPLOAD_TYPES[extname(name).toLowerCase()];
    const content = sniff(await head(temp));
    if (!type || content !== type.content) return { ok: false, status: 415, error: `"${name}" is ${describeSniffed(content)}, not what its name says; nothing was added.`, code: 'wrong-content', values: { name, found: content } };
    let kind: 'panorama' | 'image' | 'model' | 'audio' | 'captions' = type.kind;
    let size: { width?: number; height?: number } = {};
    if (type.kind === 'image') {
      const meta = await sharp(temp, { limitInputPixels: false }).metadata().catch(() => null);
      const width = meta?.width ?? 0;
      const height = meta?.height ?? 0;
      const panorama = width > 0 && Math.abs(width - 2 * height) <= Math.max(2, width * 0.01);
      const errors = (await checkImage(temp, name, panorama ? { tiled: true } : null)).filter((p) => p.severity === 'error');
      const [first] = errors;
      if (first) {
        // The first reason in the editor's words (its values with it); the English names them all.
        const { code, width, height, kb, format } = first;
        const values = Object.fromEntries(Object.entries({ name, width, height, kb, format }).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
        return { ok: false, status: 422, error: `"${name}": ${errors.map((p) => p.message).join('; ')}; nothing was added.`, code, values };
      }
      kind = panorama ? 'panorama' : 'image';
      size = { width, height };
    }
    if (type.kind === 'model') {
      // A .gltf naming other files could make the validator and the optimizer read (and publish) any file of the server.
      if (content === 'gltf' && !(await selfContained(temp))) return { ok: false, status: 422, error: `"${name}" refers to other files; upload a .glb, or a .gltf with everything embedded. Nothing was added.`, code: 'model-not-embedded', values: { name } };
      const check = await validateModel(temp);
      // The glTF validator's findings stay as it words them (codes and JSON pointers): the detail under the sentence.
      const detail = check.errors.slice(0, 3).join('; ');
      if (check.errors.length > 0) return { ok: false, status: 422, error: `"${name}" is not a model the viewer can show: ${detail}; nothing was added.`, code: 'bad-model', values: { name, detail } };
    }
    const file = await placeUnder(folder.dir, temp, name);
    return { ok: true, file, kind, ...size };
  } finally {
    await unlink(temp).catch(() => {});
  }
}
