/** Two editors, one tour: a hotspot-by-hotspot three-way merge keeps both people's edits; a hotspot both changed follows the user's choice. */
import { describe, expect, it } from 'vitest';
import { addHotspot, moveHotspot, renameScene, setHotspotText } from '../../src/studio/draft/edits';
import { hotspotConflicts, mergeDrafts } from '../../src/studio/draft/merge';
import type { Draft } from '../../src/studio/draft/types';
import { validateTour } from '../../src/tour/validate';

const base = (): Draft => {
  const draft: Draft = {
    id: 'plant',
    title: 'Plant',
    scenes: [
      { id: 'yard', type: 'panorama', title: 'Yard', image: 'yard.jpg' },
      { id: 'hall', type: 'panorama', title: 'Hall', image: 'hall.jpg' },
    ],
  };
  return addHotspot(draft, 'yard', 'link', { kind: 'panorama', yaw: 0, pitch: 0 }, 'Hall', 'hall').draft;
};

describe('merge', () => {
  it('keeps edits of different hotspots and scenes from both sides', () => {
    const start = base();
    const mine = addHotspot(start, 'yard', 'info', { kind: 'panorama', yaw: 10, pitch: 0 }, 'Mine').draft;
    const theirs = renameScene(addHotspot(start, 'hall', 'info', { kind: 'panorama', yaw: 20, pitch: 0 }, 'Theirs').draft, 'hall', 'en', 'Big hall');
    // Both add "info-1" in different scenes: a conflict on that id, which the user decides.
    expect(hotspotConflicts(start, mine, theirs).map((c) => c.id)).toEqual(['info-1']);
    const mineRenamed = setHotspotText(mine, 'link-1', 'title', 'en', 'To the hall');
    const merged = mergeDrafts(start, mineRenamed, theirs, { 'info-1': 'theirs' });
    expect(merged.scenes[1]!.title).toBe('Big hall');
    expect(merged.scenes[0]!.hotspots!.find((h) => h.id === 'link-1')!.title).toEqual({ en: 'To the hall' });
    expect(merged.scenes[1]!.hotspots!.map((h) => h.id)).toEqual(['info-1']);
    expect(validateTour(merged).ok).toBe(true);
  });

  it('a hotspot both moved follows the choice, mine by default', () => {
    const start = base();
    const mine = moveHotspot(start, 'link-1', { kind: 'panorama', yaw: 30, pitch: 1 });
    const theirs = moveHotspot(start, 'link-1', { kind: 'panorama', yaw: -30, pitch: 2 });
    expect(mergeDrafts(start, mine, theirs).scenes[0]!.hotspots![0]).toMatchObject({ yaw: 30 });
    expect(mergeDrafts(start, mine, theirs, { 'link-1': 'theirs' }).scenes[0]!.hotspots![0]).toMatchObject({ yaw: -30 });
  });
});
