/**
 * Files added to a tour from the studio (issue 15, items 3 and 8): content
 * sniffed, not trusted; checked with the CLI's validators; markup, bad names,
 * broken and oversized files refused with a reason and nothing added; a model
 * is optimized and a wide panorama tiled by a server-side job whose progress
 * and result the studio reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStudioServer, type StudioServer } from './studioServer';

const MAX = 3 * 1024 * 1024;
let s: StudioServer;
let cookie = '';
beforeAll(async () => {
  s = await startStudioServer({ uploadMaxBytes: MAX });
  cookie = await s.signIn();
  const made = await s.call('/api/studio/tours', { method: 'POST', cookie, body: JSON.stringify({ id: 'files', title: 'Files', languages: ['en'] }) });
  expect(made.status).toBe(201);
});
afterAll(() => s.close());

const visible = () => readdirSync(join(s.content, 'files')).filter((n) => !n.startsWith('.')).sort();
const upload = (name: string, body: Buffer | string, extra: Record<string, string> = {}) =>
  s.call('/api/studio/tours/files/files', { method: 'POST', cookie, headers: { 'x-file-name': encodeURIComponent(name), 'content-type': 'application/octet-stream', ...extra }, body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]) });
const job = async (id: string) => (await (await s.call(`/api/studio/jobs/${id}`, { cookie })).json()) as { state: string; progress: number; error?: string; result?: { scene: Record<string, unknown> } };

describe('adding files to a tour', () => {
  it('refuses markup, a file whose content is not what its name says, bad names and broken files, adding nothing', async () => {
    const png = readFileSync('tests/fixtures/panoramas/webxr-milky-way-2k/milky-way-2k.png');
    // Each with the code (and values) the studio words in the editor's language (tests/studio/errorTexts.test.ts).
    const refusals: [string, Buffer | string, number, Record<string, unknown>][] = [
      ['evil.jpg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 415, { code: 'wrong-content', name: 'evil.jpg', found: 'markup' }],
      ['page.png', '\uFEFF  <!doctype html><script>alert(1)</script>', 415, { code: 'wrong-content', found: 'markup' }],
      ['drawing.svg', '<svg/>', 400, { code: 'type-not-taken', ext: '.svg' }],
      ['page.html', '<p>', 400, { code: 'type-not-taken', ext: '.html' }],
      ['photo.jpg', png, 415, { code: 'wrong-content', found: 'png' }],
      ['../escape.png', png, 400, { code: 'bad-file-name', name: '../escape.png' }],
      ['sub/dir.png', png, 400, { code: 'bad-file-name' }],
      ['.hidden.png', png, 400, { code: 'bad-file-name' }],
      ['two.dots.png', png, 400, { code: 'bad-file-name' }],
      ['broken.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000)]), 422, { code: expect.stringMatching(/^image-/), name: 'broken.jpg' }],
      ['broken.glb', Buffer.concat([Buffer.from('glTF'), Buffer.alloc(40)]), 422, { code: 'bad-model', detail: expect.stringMatching(/GLB_/) }],
      ['reader.gltf', JSON.stringify({ asset: { version: '2.0' }, buffers: [{ uri: '../../../../etc/passwd', byteLength: 10 }] }), 422, { code: 'model-not-embedded' }],
      ['external.gltf', readFileSync('tests/fixtures/models/box-gltf-external-bin/' + readdirSync('tests/fixtures/models/box-gltf-external-bin').find((n) => n.endsWith('.gltf'))), 422, { code: 'model-not-embedded' }],
    ];
    for (const [name, body, status, coded] of refusals) {
      const response = await upload(name, body);
      expect(response.status, name).toBe(status);
      const answer = (await response.json()) as { error: string };
      expect(answer.error, name).toMatch(/\w{3}/);
      expect(answer, name).toMatchObject(coded);
    }
    expect(visible()).toEqual([]);
    expect(readdirSync(join(s.content, 'files', '.uploads'))).toEqual([]);
  });

  it('keeps recorded narration (WebM) and written captions (WebVTT), and refuses either when its content is not what its name says', async () => {
    // The first bytes of what Chromium's MediaRecorder writes: an EBML header naming a "webm" document.
    const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]), Buffer.from('B\x82\x84webm'), Buffer.alloc(64)]);
    expect(await (await upload('walk-01.webm', webm)).json()).toEqual({ file: 'walk-01.webm', kind: 'audio' });
    expect(await (await upload('walk-01-sv.vtt', 'WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.000\nHej\n')).json()).toEqual({ file: 'walk-01-sv.vtt', kind: 'captions' });
    expect((await upload('fake.vtt', '<script>alert(1)</script>')).status).toBe(415);
    expect((await upload('fake.webm', 'WEBVTT\n')).status).toBe(415);
    expect(visible()).toEqual(['walk-01-sv.vtt', 'walk-01.webm']);
    for (const name of ['walk-01-sv.vtt', 'walk-01.webm']) await unlink(join(s.content, 'files', name));
  });

  it('keeps Safari’s recorded narration (M4A) and Ogg/Opus; refuses other audio types, and an .m4a that is not MP4, saying what it is', async () => {
    // What Safari's MediaRecorder writes (`audio/mp4`): an ISO media file, its `ftyp` box first.
    const m4a = Buffer.concat([Buffer.from([0, 0, 0, 0x1c]), Buffer.from('ftypiso5\0\0\0\x01iso5mp42dash'), Buffer.alloc(64)]);
    const ogg = Buffer.concat([Buffer.from('OggS\0\x02'), Buffer.alloc(64)]);
    const webm = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(64)]);
    expect(await (await upload('walk-01.m4a', m4a)).json()).toEqual({ file: 'walk-01.m4a', kind: 'audio' });
    expect(await (await upload('walk-02.ogg', ogg)).json()).toEqual({ file: 'walk-02.ogg', kind: 'audio' });
    const refusals: [string, Buffer, number, Record<string, unknown>][] = [
      ['walk-03.wav', Buffer.concat([Buffer.from('RIFF\0\0\0\0WAVEfmt '), Buffer.alloc(64)]), 400, { code: 'type-not-taken', ext: '.wav', error: expect.stringContaining('audio: .mp3 .ogg .opus .m4a .webm') }],
      ['walk-04.aac', Buffer.from([0xff, 0xf1, 0x50, 0x80]), 400, { code: 'type-not-taken', ext: '.aac' }],
      ['walk-05.m4a', webm, 415, { code: 'wrong-content', found: 'webm', error: '"walk-05.m4a" is WebM audio or video, not what its name says; nothing was added.' }],
      ['walk-06.webm', m4a, 415, { code: 'wrong-content', found: 'mp4', error: '"walk-06.webm" is an MP4/M4A file, not what its name says; nothing was added.' }],
    ];
    for (const [name, body, status, coded] of refusals) {
      const response = await upload(name, body);
      expect(response.status, name).toBe(status);
      expect(await response.json(), name).toMatchObject(coded);
    }
    expect(visible()).toEqual(['walk-01.m4a', 'walk-02.ogg']);
    for (const name of visible()) await unlink(join(s.content, 'files', name));
  });

  it('refuses a file over the size limit, declared or streamed', async () => {
    expect((await upload('big.png', Buffer.alloc(MAX + 1))).status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const response = await fetch(`${s.base}/api/studio/tours/files/files`, { method: 'POST', headers: { origin: s.base, cookie, 'x-file-name': 'big.png' }, body: stream, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(visible()).toEqual([]);
  });

  it('keeps a panorama under its name (another name when taken) and answers with its scene', async () => {
    const png = readFileSync('tests/fixtures/panoramas/webxr-milky-way-2k/milky-way-2k.png');
    const first = await upload('Milky way.png', png);
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ file: 'Milky way.png', kind: 'panorama', scene: { id: 'milky-way', title: 'Milky way', hotspots: [], type: 'panorama', image: 'Milky way.png' } });
    expect(await (await upload('Milky way.png', png)).json()).toMatchObject({ file: 'Milky way-2.png' });
    expect(visible()).toEqual(['Milky way-2.png', 'Milky way.png']);
  });

  it('optimizes a model and tiles a wide panorama in jobs, with progress and the scene to add', async () => {
    const model = await upload('box.glb', readFileSync('tests/fixtures/models/box-glb/Box.glb'));
    expect(model.status).toBe(201);
    const { job: modelJob } = (await model.json()) as { job: { id: string } };
    await expect.poll(async () => (await job(modelJob.id)).state, { timeout: 60_000 }).toBe('done');
    expect((await job(modelJob.id)).result?.scene).toMatchObject({ type: 'model', model: 'box-web.glb' });
    // Smooth noise: a real photo's size, not a solid colour that JPEG squeezes into a few bytes (it would look truncated).
    const noise = await sharp({ create: { width: 288, height: 144, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
    const wide = await sharp(noise).resize(4608, 2304, { kernel: 'cubic' }).jpeg({ quality: 80 }).toBuffer();
    const panorama = await upload('wide.jpg', wide);
    expect(panorama.status).toBe(201);
    const { job: tileJob } = (await panorama.json()) as { job: { id: string } };
    await expect.poll(async () => (await job(tileJob.id)).state, { timeout: 120_000 }).toBe('done');
    expect((await job(tileJob.id)).result?.scene).toMatchObject({ type: 'panorama', image: 'wide.jpg', tiles: 'wide-tiles/tiles.json' });
    expect(JSON.parse(readFileSync(join(s.content, 'files', 'wide-tiles', 'tiles.json'), 'utf8')).levels.length).toBeGreaterThan(0);
    // A self-contained .gltf is taken.
    const embedded = readFileSync('tests/fixtures/models/webp-texture-box-embedded/box-textured-embedded.gltf');
    expect(await (await upload('embedded.gltf', embedded)).json()).toMatchObject({ file: 'embedded.gltf', kind: 'model' });
    expect((await s.call('/api/studio/jobs/0123456789abcdef', { cookie })).status).toBe(404);
    expect((await s.call(`/api/studio/jobs/${tileJob.id}`)).status).toBe(401);
  });
});
