/** Setting where a panorama was taken inside a model scene (its standpoint). Pure, like edits.ts. */
import type { Draft } from './types';
import { editScene } from './edits';

type Standpoint = NonNullable<Extract<Draft['scenes'][number], { type: 'panorama' }>['standpoint']>;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Where a panorama was taken inside a model scene (position in metres, heading in degrees), in the
 * file's precision; null removes it. A change names only what changes: `{ heading: 12 }`.
 */
export const setStandpoint = (draft: Draft, sceneId: string, change: Partial<Standpoint> | null) =>
  editScene(draft, sceneId, (scene, d) => {
    if (scene.type !== 'panorama') return;
    if (change === null) return void delete scene.standpoint;
    const model = d.scenes.find((s) => s.type === 'model')?.id ?? '';
    const next: Standpoint = { scene: model, position: [0, 1.6, 0], ...scene.standpoint, ...change };
    next.position = next.position.map((v) => round(v, 2)) as Standpoint['position'];
    if (next.heading !== undefined) next.heading = round(((((next.heading + 180) % 360) + 360) % 360) - 180, 1);
    scene.standpoint = next;
  });

/** Eye height above the floor when a model scene names none (as the viewer's walk mode), metres. */
export const DEFAULT_EYE_HEIGHT = 1.6;

/** Where the camera stood, from the floor point under it: the eye height above it, in the file's precision. */
export const standpointAbove = (floor: readonly [number, number, number], eyeHeight = DEFAULT_EYE_HEIGHT): [number, number, number] => [
  round(floor[0], 2),
  round(floor[1] + eyeHeight, 2),
  round(floor[2], 2),
];
