import { describe, expect, it } from 'vitest';
import { validateTour } from '../../src/tour/validate';
import { describeProblem } from '../../src/tour/problems';
import { validTour } from './fixtures';

const messages = (raw: unknown) => validateTour(raw).problems.map(describeProblem);

describe('validateTour', () => {
  it('accepts a valid tour and fills defaults', () => {
    const result = validateTour(validTour());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const west = result.tour.scenes[2];
    expect(west?.type === 'panorama' && west.view).toEqual({ yaw: 0, pitch: 0, fov: 75 });
    expect(result.problems).toEqual([]);
  });

  it('names a dangling link target with its JSON path', () => {
    const tour = validTour();
    (tour.scenes[1]!.hotspots![1] as { target: string }).target = 'hall-b';
    expect(messages(tour)).toContain('scenes[1].hotspots[1].target: unknown scene "hall-b"');
  });

  it('reports duplicate scene and hotspot ids, pointing at the first', () => {
    const tour = validTour();
    tour.scenes[2]!.id = 'east';
    tour.scenes[2]!.hotspots![0]!.id = 'pump';
    const found = messages(tour);
    expect(found).toContain('scenes[2].id: duplicate scene id "east" (also scenes[1])');
    expect(found).toContain('scenes[2].hotspots[0].id: duplicate hotspot id "pump" (also scenes[1].hotspots[0])');
  });

  it('lists every structural problem at once, not only the first', () => {
    const tour = validTour() as Record<string, unknown> & ReturnType<typeof validTour>;
    tour.id = 'Not An Id';
    (tour.scenes[0] as Record<string, unknown>).camera = { position: [0, 0], target: [0, 0, 0] };
    (tour.scenes[1] as Record<string, unknown>).view = { yaw: 400 };
    (tour.scenes[2] as Record<string, unknown>).type = 'video';
    tour.startScene = 'nowhere';
    const found = messages(tour);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^id: ids are/),
        expect.stringMatching(/^scenes\[0\]\.camera\.position/),
        expect.stringMatching(/^scenes\[1\]\.view\.yaw: Too big/),
        expect.stringMatching(/^scenes\[2\]\.type: .*'model' \| 'panorama'/),
        'startScene: unknown scene "nowhere"',
      ]),
    );
    expect(validateTour(tour).ok).toBe(false);
  });

  it('requires anchors that match the scene type', () => {
    const tour = validTour();
    delete (tour.scenes[0]!.hotspots![0] as { position?: unknown }).position;
    delete (tour.scenes[1]!.hotspots![0] as { yaw?: unknown }).yaw;
    const found = messages(tour);
    expect(found).toContain('scenes[0].hotspots[0]: a hotspot in a model scene needs "position": [x, y, z]');
    expect(found).toContain('scenes[1].hotspots[0]: a hotspot in a panorama scene needs "yaw" and "pitch"');
  });

  it('refuses script URLs for assets and card links', () => {
    const tour = validTour();
    (tour.scenes[1] as { image: string }).image = 'javascript:alert(1)';
    (tour.scenes[0]!.hotspots![0] as { links?: unknown }).links = [{ label: 'x', url: 'javascript:alert(1)' }];
    const found = messages(tour);
    expect(found).toContain('scenes[1].image: asset URLs must be paths or http(s) URLs');
    expect(found).toContain('scenes[0].hotspots[0].links[0].url: links must be http(s), mailto or relative URLs');
  });

  it('checks the default language against the offered languages', () => {
    const tour = validTour();
    tour.defaultLanguage = 'de';
    expect(messages(tour)).toContain('defaultLanguage: "de" is not one of languages [en, sv, fi]');
  });

  it('warns (without failing) about scenes no link reaches', () => {
    const tour = validTour();
    tour.scenes[1]!.hotspots = tour.scenes[1]!.hotspots!.filter((h) => h.type !== 'link');
    const result = validateTour(tour);
    expect(result.ok).toBe(true);
    expect(result.problems.map(describeProblem)).toEqual(['scenes[2]: scene "west" cannot be reached by a link hotspot from "hall"']);
  });

  it('reports non-objects without throwing', () => {
    for (const raw of [null, 42, 'tour', [], { scenes: 'no' }]) {
      const result = validateTour(raw);
      expect(result.ok).toBe(false);
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});
