/**
 * The studio's edits as pure functions: draft in, new draft out (the old one is kept whole for
 * undo). Each works on a copy, so a draft once shown is never changed under anyone's feet.
 */
import type { Text } from '../../tour/schema';
import type { Anchor, Draft, DraftHotspot, DraftScene } from './types';
import { newText, setTextIn } from './texts';

const copy = (draft: Draft): Draft => structuredClone(draft);

export const languagesOf = (draft: Draft): string[] => draft.languages ?? [draft.defaultLanguage ?? 'en'];
export const defaultLanguageOf = (draft: Draft): string => draft.defaultLanguage ?? 'en';

export function sceneOf(draft: Draft, sceneId: string): DraftScene | undefined {
  return draft.scenes.find((s) => s.id === sceneId);
}

export function hotspotOf(draft: Draft, hotspotId: string): { scene: DraftScene; hotspot: DraftHotspot } | undefined {
  for (const scene of draft.scenes) {
    const hotspot = scene.hotspots?.find((h) => h.id === hotspotId);
    if (hotspot) return { scene, hotspot };
  }
  return undefined;
}

/** `prefix-1`, `prefix-2`, …: the first id no scene or hotspot of the tour uses. */
export function freeId(draft: Draft, prefix: string): string {
  const used = new Set(draft.scenes.flatMap((s) => [s.id, ...(s.hotspots ?? []).map((h) => h.id)]));
  for (let n = 1; ; n++) if (!used.has(`${prefix}-${n}`)) return `${prefix}-${n}`;
}

function placeAt(hotspot: DraftHotspot, anchor: Anchor): void {
  delete hotspot.position;
  delete hotspot.yaw;
  delete hotspot.pitch;
  if (anchor.kind === 'model') hotspot.position = anchor.position;
  else Object.assign(hotspot, { yaw: anchor.yaw, pitch: anchor.pitch });
}

/** Adds an info hotspot (or a link to `target`) at `anchor`; returns the new draft and the hotspot's id. */
export function addHotspot(draft: Draft, sceneId: string, type: 'info' | 'link', anchor: Anchor, title: string, target?: string): { draft: Draft; id: string } {
  const next = copy(draft);
  const scene = sceneOf(next, sceneId);
  if (!scene) return { draft, id: '' };
  const id = freeId(next, type);
  const titleText = newText(title, defaultLanguageOf(next));
  const linkTarget = target ?? next.scenes.find((s) => s.id !== sceneId)?.id ?? sceneId;
  const hotspot: DraftHotspot = type === 'info' ? { id, type, title: titleText, body: newText('', defaultLanguageOf(next)) } : { id, type, title: titleText, target: linkTarget };
  placeAt(hotspot, anchor);
  scene.hotspots = [...(scene.hotspots ?? []), hotspot];
  return { draft: next, id };
}

/** Any change to one hotspot, made on a copy of the draft. */
export function editHotspot(draft: Draft, hotspotId: string, change: (hotspot: DraftHotspot, draft: Draft) => void): Draft {
  const next = copy(draft);
  const found = hotspotOf(next, hotspotId);
  if (!found) return draft;
  change(found.hotspot, next);
  return next;
}

export const moveHotspot = (draft: Draft, hotspotId: string, anchor: Anchor) => editHotspot(draft, hotspotId, (h) => placeAt(h, anchor));

const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Moves a hotspot by a step: degrees (`dx` yaw, `dy` pitch) in a panorama, metres (x, y, z) on a model. */
export function nudgeHotspot(draft: Draft, hotspotId: string, dx: number, dy: number, dz = 0): Draft {
  return editHotspot(draft, hotspotId, (h) => {
    if (h.position) h.position = [roundTo(h.position[0] + dx, 2), roundTo(h.position[1] + dy, 2), roundTo(h.position[2] + dz, 2)];
    else {
      let yaw = (h.yaw ?? 0) + dx;
      if (yaw > 180) yaw -= 360;
      if (yaw < -180) yaw += 360;
      h.yaw = roundTo(yaw, 1);
      h.pitch = roundTo(clamp((h.pitch ?? 0) + dy, -90, 90), 1);
    }
  });
}

export type TextField = 'title' | 'body' | 'imageAlt';

/** Sets one language of a hotspot's title, body or image text. */
export function setHotspotText(draft: Draft, hotspotId: string, field: TextField, language: string, value: string): Draft {
  return editHotspot(draft, hotspotId, (h, d) => {
    const current = (h as Record<string, unknown>)[field] as Text | undefined;
    (h as Record<string, unknown>)[field] = setTextIn(current, language, value, languagesOf(d), defaultLanguageOf(d));
  });
}

export const setLinkTarget = (draft: Draft, hotspotId: string, target: string) =>
  editHotspot(draft, hotspotId, (h) => {
    if (h.type === 'link') h.target = target;
  });

export function deleteHotspot(draft: Draft, hotspotId: string): Draft {
  const next = copy(draft);
  for (const scene of next.scenes) if (scene.hotspots?.some((h) => h.id === hotspotId)) scene.hotspots = scene.hotspots.filter((h) => h.id !== hotspotId);
  return next;
}

/** Any change to one scene, made on a copy of the draft. */
export function editScene(draft: Draft, sceneId: string, change: (scene: DraftScene, draft: Draft) => void): Draft {
  const next = copy(draft);
  const scene = sceneOf(next, sceneId);
  if (!scene) return draft;
  change(scene, next);
  return next;
}

export type StartView = { kind: 'panorama'; yaw: number; pitch: number; fov: number } | { kind: 'model'; position: [number, number, number]; target: [number, number, number]; fov: number };

/** The scene's start view becomes `view` (the current camera), in the file's precision. */
export const setStartView = (draft: Draft, sceneId: string, view: StartView) =>
  editScene(draft, sceneId, (scene) => {
    if (scene.type === 'panorama' && view.kind === 'panorama') scene.view = { yaw: roundTo(view.yaw, 1), pitch: roundTo(view.pitch, 1), fov: roundTo(view.fov, 1) };
    if (scene.type === 'model' && view.kind === 'model') {
      const r = (v: [number, number, number]): [number, number, number] => [roundTo(v[0], 2), roundTo(v[1], 2), roundTo(v[2], 2)];
      scene.camera = { position: r(view.position), target: r(view.target), fov: roundTo(view.fov, 1) };
    }
  });

export const renameScene = (draft: Draft, sceneId: string, language: string, value: string) =>
  editScene(draft, sceneId, (scene, d) => {
    scene.title = setTextIn(scene.title, language, value, languagesOf(d), defaultLanguageOf(d));
  });

/** Moves a scene up (-1) or down (+1) in the tour's order. */
export function moveScene(draft: Draft, sceneId: string, delta: number): Draft {
  const from = draft.scenes.findIndex((s) => s.id === sceneId);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= draft.scenes.length) return draft;
  const next = copy(draft);
  const [scene] = next.scenes.splice(from, 1);
  next.scenes.splice(to, 0, scene as DraftScene);
  return next;
}

/** The link hotspots of this tour that lead to `sceneId` (listed before the scene is deleted). */
export function linksTo(draft: Draft, sceneId: string): { scene: DraftScene; hotspot: DraftHotspot }[] {
  return draft.scenes.flatMap((scene) =>
    (scene.hotspots ?? []).filter((h) => h.type === 'link' && h.target === sceneId && (h.tour ?? draft.id) === draft.id).map((hotspot) => ({ scene, hotspot })),
  );
}

/**
 * Deletes a scene and what pointed into it: the links that led to it, the guides' steps at it (a
 * guide left without steps goes too), its spot on the tour's map (a map left without spots goes
 * too) and its place in a floor plan's group — each would be an error that keeps the tour from being published. A tour keeps at least one scene.
 */
export function deleteScene(draft: Draft, sceneId: string): Draft {
  if (draft.scenes.length <= 1 || !sceneOf(draft, sceneId)) return draft;
  const next = copy(draft);
  const doomed = new Set(linksTo(next, sceneId).map((l) => l.hotspot.id));
  next.scenes = next.scenes.filter((s) => s.id !== sceneId);
  for (const scene of next.scenes) if (scene.hotspots?.some((h) => doomed.has(h.id))) scene.hotspots = scene.hotspots.filter((h) => !doomed.has(h.id));
  if (next.startScene === sceneId) delete next.startScene;
  if (next.guides) {
    const guides = next.guides.map((g) => ({ ...g, steps: g.steps.filter((step) => step.scene !== sceneId) })).filter((g) => g.steps.length > 0);
    if (guides.length > 0) next.guides = guides;
    else delete next.guides;
  }
  if (next.map) {
    const places = next.map.places.filter((p) => p.scene !== sceneId || (p.tour ?? next.id) !== next.id);
    if (places.length > 0) next.map = { ...next.map, places };
    else delete next.map;
  }
  if (next.plans) {
    // Likewise a floor plan's group of scenes (a group left without scenes goes too).
    const plans = next.plans.map((g) => ({ ...g, scenes: g.scenes.filter((id) => id !== sceneId) })).filter((g) => g.scenes.length > 0);
    if (plans.length > 0) next.plans = plans;
    else delete next.plans;
  }
  return next;
}

/** Adds a scene (an upload job's result) at the end. */
export function addScene(draft: Draft, scene: DraftScene): Draft {
  const next = copy(draft);
  next.scenes.push(scene);
  return next;
}
