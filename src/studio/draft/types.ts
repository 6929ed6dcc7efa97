/**
 * The studio's draft is the tour file itself, as authored (`TourInput`: defaults not filled in), so
 * that saving writes back what the author wrote and nothing more; undo is a stack of these drafts.
 */
import type { TourInput } from '../../tour/schema';

export type Draft = TourInput;
export type DraftScene = Draft['scenes'][number];
export type DraftHotspot = NonNullable<DraftScene['hotspots']>[number];

/** Where a hotspot sits: metres in a model scene, degrees in a panorama. */
export type Anchor = { kind: 'model'; position: [number, number, number] } | { kind: 'panorama'; yaw: number; pitch: number };

/** What is selected: a scene, and maybe one of its hotspots. */
export interface Selection {
  sceneId: string;
  hotspotId: string | null;
}
