/**
 * Checks the committed output of scripts/generate-demo.ts (the Processum demo
 * tour): the manifest validates, and the model and panoramas are the files the
 * manifest promises, within their size budgets.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import sharp from 'sharp';
import { validateTour } from '../../src/tour/validate';
import { describeProblem } from '../../src/tour/problems';
import { inheritModelHotspots } from '../../src/tour/standpoints';

const tourUrl = new URL('../../public/tours/processum/tour.json', import.meta.url);
const publicFile = (path: string) => fileURLToPath(new URL(`../../public/${path}`, import.meta.url));
/** Resolves a manifest path (relative to tour.json) to a file on disk. */
const tourFile = (path: string) => fileURLToPath(new URL(path, tourUrl));

const MB = 1024 * 1024;
const PANORAMAS = ['pretreatment', 'process-floor', 'platform', 'tank-farm'].map((id) => `panoramas/processum-${id}.jpg`);

async function readTour(): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(tourUrl, 'utf8')) as Record<string, unknown>;
}

describe('demo tour: processum', () => {
  it('validates with validateTour, without warnings', async () => {
    const result = validateTour(await readTour());
    expect(result.problems.map(describeProblem)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has every visible text in en, sv and fi', async () => {
    const missing: string[] = [];
    const visit = (value: unknown, path: string) => {
      if (Array.isArray(value)) return value.forEach((v, i) => visit(v, `${path}[${i}]`));
      if (typeof value !== 'object' || value === null) return;
      for (const [key, v] of Object.entries(value)) {
        if (['title', 'description', 'body', 'label', 'imageAlt'].includes(key)) {
          const langs = typeof v === 'object' && v !== null ? Object.keys(v).sort() : [];
          if (langs.join() !== 'en,fi,sv') missing.push(`${path}.${key}`);
        } else visit(v, `${path}.${key}`);
      }
    };
    visit(await readTour(), '');
    expect(missing).toEqual([]);
  });

  it('has at least 15 info hotspots in the model, which every panorama with a standpoint inherits nearby', async () => {
    const result = validateTour(await readTour());
    if (!result.ok) throw new Error('invalid tour');
    const hall = result.tour.scenes.find((s) => s.id === 'hall')!;
    expect(hall.hotspots.filter((h) => h.type === 'info' && h.position).length).toBeGreaterThanOrEqual(15);
    const panoramas = result.tour.scenes.filter((s) => s.type === 'panorama');
    expect(panoramas.length).toBeGreaterThanOrEqual(4);
    // authored once: the panoramas hold only links of their own
    for (const p of panoramas) {
      expect(p.type === 'panorama' && p.standpoint?.scene).toBe('hall');
      expect(p.hotspots.every((h) => h.type === 'link')).toBe(true);
    }
    const shown = inheritModelHotspots(result.tour).scenes.filter((s) => s.type === 'panorama');
    for (const p of shown) expect(p.hotspots.filter((h) => h.type === 'info').length).toBeGreaterThanOrEqual(3);
  });

  it('references the model and panoramas that are checked below', async () => {
    const result = validateTour(await readTour());
    if (!result.ok) throw new Error('invalid tour');
    const files = result.tour.scenes.map((s) => (s.type === 'model' ? tourFile(s.model) : tourFile(s.image)));
    expect(files.sort()).toEqual([publicFile('models/pilot-hall.glb'), ...PANORAMAS.map(publicFile)].sort());
  });

  it('has a meshopt-compressed GLB of at most 4 MB with 50k–300k triangles', async () => {
    const path = publicFile('models/pilot-hall.glb');
    expect((await stat(path)).size).toBeLessThanOrEqual(4 * MB);
    await MeshoptDecoder.ready;
    const io = new NodeIO().registerExtensions([EXTMeshoptCompression, KHRMeshQuantization]).registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
    const doc = await io.read(path);
    const root = doc.getRoot();
    expect(root.listExtensionsUsed().map((e) => e.extensionName)).toContain('EXT_meshopt_compression');
    let triangles = 0;
    for (const mesh of root.listMeshes()) {
      for (const prim of mesh.listPrimitives()) {
        expect(prim.getMode()).toBe(4); // TRIANGLES
        expect(prim.getAttribute('POSITION')).not.toBeNull();
        expect(prim.getAttribute('NORMAL')).not.toBeNull();
        triangles += (prim.getIndices()?.getCount() ?? prim.getAttribute('POSITION')!.getCount()) / 3;
      }
    }
    expect(triangles).toBeGreaterThanOrEqual(50_000);
    expect(triangles).toBeLessThanOrEqual(300_000);
    // the equipment the hotspots talk about exists as named nodes
    const names = new Set(root.listNodes().map((n) => n.getName()));
    for (const name of [
      'biomass-hopper', 'screw-feeder', 'pretreatment-reactor', 'steam-explosion-unit', 'fermenter-1', 'fermenter-2', 'fermenter-3',
      'storage-tank-1', 'pipe-rack', 'pump-1', 'heat-exchanger', 'distillation-column', 'decanter-centrifuge', 'control-room',
      'platform-level-1', 'platform-level-2', 'stairs-1', 'stairs-2', 'floor-markings', 'ibc-totes',
    ]) {
      expect(names).toContain(name);
    }
    // glass is blended
    expect(root.listMaterials().some((m) => m.getAlphaMode() === 'BLEND')).toBe(true);
  });

  it.each(PANORAMAS)('has a 4096×2048 equirectangular JPEG of at most 1.5 MB: %s', async (file) => {
    const path = publicFile(file);
    expect((await stat(path)).size).toBeLessThanOrEqual(1.5 * MB);
    const meta = await sharp(path).metadata();
    expect(meta.format).toBe('jpeg');
    expect([meta.width, meta.height]).toEqual([4096, 2048]);
  });

  it('has a 1200×630 thumbnail of the model scene, rendered from its start camera', async () => {
    const result = validateTour(await readTour());
    if (!result.ok) throw new Error('invalid tour');
    const hall = result.tour.scenes.find((s) => s.id === 'hall');
    expect(hall?.thumbnail).toBe('hall.jpg');
    const path = tourFile(hall!.thumbnail!);
    expect(path).toBe(publicFile('tours/processum/hall.jpg'));
    expect((await stat(path)).size).toBeLessThanOrEqual(200 * 1024);
    const meta = await sharp(path).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 1200, 630]);
    // a picture, not a flat fill
    const { channels } = await sharp(path).stats();
    const meanStdev = channels.reduce((sum, c) => sum + c.stdev, 0) / channels.length;
    expect(meanStdev).toBeGreaterThan(20);
    // only the model scene has one; panoramas get theirs at build time
    expect(result.tour.scenes.filter((s) => s.thumbnail !== undefined).map((s) => s.id)).toEqual(['hall']);
  });

  it('has a 480×270 thumbnail', async () => {
    const meta = await sharp(publicFile('tours/processum/thumbnail.jpg')).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['jpeg', 480, 270]);
  });
});
