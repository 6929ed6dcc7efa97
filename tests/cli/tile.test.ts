/**
 * `sitevisit tile` on a panorama made here: each cube face must show the part
 * of the source it looks at, the pyramid must be complete, and an existing
 * output is replaced only on --force.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TileDescriptor } from '../../src/tiles/descriptor';
import { tilePath, tilesOfLevel } from '../../src/tiles/pyramid';
import { directionOf, equirectPixelOf, yawPitchOf } from '../../src/tiles/cube';
import { listDir, sitevisit } from './run';

// Each case runs the real CLI in a child process (tsx start-up ~1 s on this machine).
vi.setConfig({ testTimeout: 90_000 }); // each test spawns the CLI (tsx) several times; two unit files run at once

const W = 2048;
const H = 1024;
let dir: string;
let source: Buffer;

/** A smooth, non-repeating colour field: every direction has its own colour, so a wrong orientation shows. */
function colourAt(x: number, y: number): [number, number, number] {
  return [Math.round((x / W) * 255), Math.round((y / H) * 255), Math.round(128 + 100 * Math.sin((2 * Math.PI * x) / W) * Math.cos((Math.PI * (y - H / 2)) / H))];
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sitevisit-tile-'));
  source = Buffer.alloc(W * H * 3);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) source.set(colourAt(x + 0.5, y + 0.5), (y * W + x) * 3);
  await sharp(source, { raw: { width: W, height: H, channels: 3 } }).png().toFile(join(dir, 'pano.png'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function pixel(file: string, x: number, y: number): Promise<number[]> {
  const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
  const o = (y * info.width + x) * info.channels;
  return [data[o]!, data[o + 1]!, data[o + 2]!];
}

describe('sitevisit tile', () => {
  it('cuts a complete pyramid with a descriptor and a small preview', async () => {
    const out = join(dir, 'tiles');
    const run = await sitevisit('tile', join(dir, 'pano.png'), '--out', out);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/2 levels \(face 512, 1024 px\), 30 tiles/);

    const descriptor = TileDescriptor.parse(JSON.parse(await readFile(join(out, 'tiles.json'), 'utf8')));
    expect(descriptor.levels).toEqual([
      { faceSize: 512, tilesPerSide: 1 },
      { faceSize: 1024, tilesPerSide: 2 },
    ]);
    expect(descriptor.source).toEqual({ width: W, height: H, file: 'pano.png' });
    for (const [index, level] of descriptor.levels.entries()) {
      for (const tile of tilesOfLevel(index, level, descriptor.faces)) {
        const meta = await sharp(join(out, tilePath(descriptor, tile))).metadata();
        expect([meta.width, meta.height, meta.format]).toEqual([512, 512, 'jpeg']);
      }
    }
    const preview = join(out, 'preview.jpg');
    expect((await stat(preview)).size).toBeLessThanOrEqual(30_000);
    expect(await sharp(preview).metadata()).toMatchObject({ width: 6 * 128, height: 128 });
  });

  it('puts the right part of the source on each face (orientation, rows and columns)', async () => {
    const out = join(dir, 'tiles');
    const descriptor = TileDescriptor.parse(JSON.parse(await readFile(join(out, 'tiles.json'), 'utf8')));
    // Level 1: 2×2 tiles of 512. Probe points inside each tile, away from JPEG block edges.
    const probes = [
      [0.3, 0.3],
      [0.8, 0.2],
      [0.2, 0.7],
      [0.6, 0.9],
    ] as const;
    for (const face of descriptor.faces) {
      for (const [u, v] of probes) {
        const row = Math.floor(v * 2);
        const col = Math.floor(u * 2);
        const px = Math.floor((u * 1024) % 512);
        const py = Math.floor((v * 1024) % 512);
        const got = await pixel(join(out, tilePath(descriptor, { level: 1, face, row, col })), px, py);
        const { yaw, pitch } = yawPitchOf(directionOf(face, (col * 512 + px + 0.5) / 1024, (row * 512 + py + 0.5) / 1024));
        const { x, y } = equirectPixelOf(yaw, pitch, W, H);
        const want = colourAt(((x % W) + W) % W, y);
        // JPEG at quality 80 and bilinear sampling: a few levels off, never a different region.
        got.forEach((c, i) => expect(Math.abs(c - want[i]!), `${face} (${u}, ${v}) channel ${i}`).toBeLessThan(14));
      }
    }
  });

  it('filters the stretched source near the poles: one-pixel stripes there turn even grey on the up face, not moiré', async () => {
    // Columns alternate black and white above 30° of pitch; below, plain grey.
    const stripes = Buffer.alloc(W * H * 3, 128);
    for (let y = 0; y < H / 3; y++) for (let x = 0; x < W; x++) stripes.fill(x % 2 ? 255 : 0, (y * W + x) * 3, (y * W + x) * 3 + 3);
    await sharp(stripes, { raw: { width: W, height: H, channels: 3 } }).png().toFile(join(dir, 'stripes.png'));
    const out = join(dir, 'stripes-tiles');
    expect((await sitevisit('tile', join(dir, 'stripes.png'), '--out', out)).code).toBe(0);
    const descriptor = TileDescriptor.parse(JSON.parse(await readFile(join(out, 'tiles.json'), 'utf8')));
    // The deepest level's up face is 2×2 tiles of 512: the 128 px of each tile nearest the face centre
    // look above ~76° of pitch, where a face pixel spans 3 or more source columns.
    for (const [row, col] of [[0, 0], [0, 1], [1, 0], [1, 1]] as const) {
      const file = join(out, tilePath(descriptor, { level: 1, face: 'up', row, col }));
      const corner = await sharp(file).extract({ left: col === 0 ? 384 : 0, top: row === 0 ? 384 : 0, width: 128, height: 128 }).png().toBuffer();
      const { channels } = await sharp(corner).stats(); // stats() reads its input, so of the cropped copy
      const { mean, stdev } = channels[0]!;
      expect(mean, `up ${row}_${col}`).toBeGreaterThan(118);
      expect(mean, `up ${row}_${col}`).toBeLessThan(138);
      expect(stdev, `up ${row}_${col}`).toBeLessThan(6);
    }
  });

  it('leaves an existing output alone without --force, and replaces it whole with --force', async () => {
    const out = join(dir, 'tiles');
    await writeFile(join(out, 'marker'), 'old');
    const refused = await sitevisit('tile', join(dir, 'pano.png'), '--out', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already exists; pass --force/);
    expect(await listDir(out)).toContain('marker');

    const forced = await sitevisit('tile', join(dir, 'pano.png'), '--out', out, '--force', '--format', 'webp');
    expect(forced.code).toBe(0);
    expect(await listDir(out)).not.toContain('marker');
    expect(JSON.parse(await readFile(join(out, 'tiles.json'), 'utf8')).ext).toBe('webp');
    expect((await listDir(dir)).filter((n) => n.includes('partial') || n.includes('.old-'))).toEqual([]);
  });

  it('explains its options with --help', async () => {
    const help = await sitevisit('tile', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--out <dir>/);
    expect(help.stdout).toMatch(/--tile-size/);
  });
});
