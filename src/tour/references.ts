/**
 * Checks a manifest's cross-references: things a per-field schema cannot see.
 * Works on the raw JSON (not the parsed tour) so that it can still report
 * dangling links and duplicate ids when the structure has errors elsewhere.
 */
import type { Problem } from './problems';
import { type Json, isObject, asArray, str } from './rawJson';


export function checkReferences(raw: unknown): Problem[] {
  if (!isObject(raw)) return [];
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const warn = (path: string, message: string) => problems.push({ path, message, severity: 'warning' });

  const scenes = asArray(raw.scenes);
  const sceneIndex = new Map<string, number>();
  const sceneType = new Map<string, unknown>();
  scenes.forEach((scene, i) => {
    const id = isObject(scene) ? str(scene.id) : undefined;
    if (id === undefined) return;
    const first = sceneIndex.get(id);
    if (first !== undefined) error(`scenes[${i}].id`, `duplicate scene id "${id}" (also scenes[${first}])`);
    else {
      sceneIndex.set(id, i);
      sceneType.set(id, isObject(scene) ? scene.type : undefined);
    }
  });

  const start = str(raw.startScene);
  if (start !== undefined && !sceneIndex.has(start)) error('startScene', `unknown scene "${start}"`);

  const defaultLanguage = str(raw.defaultLanguage) ?? 'en';
  const languages = asArray(raw.languages).filter((l): l is string => typeof l === 'string');
  if (languages.length > 0 && !languages.includes(defaultLanguage)) {
    error('defaultLanguage', `"${defaultLanguage}" is not one of languages [${languages.join(', ')}]`);
  }

  const hotspotIndex = new Map<string, string>();
  const linked = new Map<string, Set<string>>();
  const standpointsOf = new Map<string, string[]>();
  scenes.forEach((scene, i) => {
    if (!isObject(scene)) return;
    const sceneId = str(scene.id) ?? '';
    const isModel = scene.type === 'model';
    const isPanorama = scene.type === 'panorama';
    const targets = new Set<string>();
    linked.set(sceneId, targets);

    const standpoint = scene.standpoint;
    if (isObject(standpoint)) {
      const ref = str(standpoint.scene);
      if (ref !== undefined && !sceneIndex.has(ref)) error(`scenes[${i}].standpoint.scene`, `unknown scene "${ref}"`);
      else if (ref !== undefined && sceneType.get(ref) !== 'model') {
        error(`scenes[${i}].standpoint.scene`, `scene "${ref}" is not a model scene`);
      } else if (ref !== undefined) {
        targets.add(ref);
        // The model scene shows a marker for each standpoint in it: a way in.
        standpointsOf.set(ref, [...(standpointsOf.get(ref) ?? []), sceneId]);
      }
    }

    asArray(scene.hotspots).forEach((hotspot, j) => {
      if (!isObject(hotspot)) return;
      const here = `scenes[${i}].hotspots[${j}]`;
      const id = str(hotspot.id);
      if (id !== undefined) {
        const first = hotspotIndex.get(id);
        if (first !== undefined) error(`${here}.id`, `duplicate hotspot id "${id}" (also ${first})`);
        else hotspotIndex.set(id, here);
      }
      if (isModel && hotspot.position === undefined) {
        error(here, 'a hotspot in a model scene needs "position": [x, y, z]');
      }
      if (isPanorama && (hotspot.yaw === undefined || hotspot.pitch === undefined)) {
        error(here, 'a hotspot in a panorama scene needs "yaw" and "pitch"');
      }
      if (hotspot.type === 'link') {
        const target = str(hotspot.target);
        if (target === undefined) return;
        // A scene of another tour: checked against that tour's file where it is on disk (checkTourFile).
        const otherTour = str(hotspot.tour);
        if (otherTour !== undefined && otherTour !== str(raw.id)) return;
        if (!sceneIndex.has(target)) error(`${here}.target`, `unknown scene "${target}"`);
        else if (target === sceneId) warn(`${here}.target`, `links to its own scene "${target}"`);
        else targets.add(target);
      }
    });
  });

  checkMapPlaces(raw, sceneIndex, error);
  checkGuides(raw, sceneIndex, sceneType, hotspotIndex, error);

  // Scenes no link leads to are still listed in the scene menu, so this is a warning.
  const first = start ?? (isObject(scenes[0]) ? str(scenes[0].id) : undefined);
  if (first !== undefined && sceneIndex.has(first) && problems.every((p) => p.severity !== 'error')) {
    const seen = new Set([first]);
    const queue = [first];
    while (queue.length > 0) {
      const from = queue.shift() as string;
      for (const next of [...(linked.get(from) ?? []), ...(standpointsOf.get(from) ?? [])]) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    for (const [id, i] of sceneIndex) {
      if (!seen.has(id)) warn(`scenes[${i}]`, `scene "${id}" cannot be reached by a link hotspot from "${first}"`);
    }
  }
  return problems;
}

/** The map's spots name scenes of this tour (or of another, checked where it is on disk) and lie on the image. */
function checkMapPlaces(raw: Json, sceneIndex: Map<string, number>, error: (path: string, message: string) => void): void {
  const map = raw.map;
  if (!isObject(map)) return;
  const width = typeof map.width === 'number' ? map.width : Infinity;
  const height = typeof map.height === 'number' ? map.height : Infinity;
  asArray(map.places).forEach((place, i) => {
    if (!isObject(place)) return;
    const scene = str(place.scene);
    const tour = str(place.tour);
    if (scene !== undefined && (tour === undefined || tour === str(raw.id)) && !sceneIndex.has(scene)) error(`map.places[${i}].scene`, `unknown scene "${scene}"`);
    const [x, y] = asArray(place.position);
    if ((typeof x === 'number' && x > width) || (typeof y === 'number' && y > height)) error(`map.places[${i}].position`, `[${String(x)}, ${String(y)}] lies outside the ${width}×${height} map`);
  });
}

/** Guide steps name scenes, cards and views that exist and fit; guide ids are unique. */
function checkGuides(raw: Json, sceneIndex: Map<string, number>, sceneType: Map<string, unknown>, hotspots: Map<string, string>, error: (path: string, message: string) => void): void {
  const ids = new Map<string, number>();
  asArray(raw.guides).forEach((guide, i) => {
    if (!isObject(guide)) return;
    const id = str(guide.id);
    if (id !== undefined && ids.has(id)) error(`guides[${i}].id`, `duplicate guide id "${id}" (also guides[${ids.get(id)}])`);
    else if (id !== undefined) ids.set(id, i);
    asArray(guide.steps).forEach((step, j) => {
      if (!isObject(step)) return;
      const here = `guides[${i}].steps[${j}]`;
      const scene = str(step.scene);
      if (scene !== undefined && !sceneIndex.has(scene)) return error(`${here}.scene`, `unknown scene "${scene}"`);
      const card = str(step.card);
      const at = card === undefined ? undefined : hotspots.get(card);
      // A panorama's inherited card is "<panorama>--<model hotspot>" (src/tour/standpoints.ts).
      const inherited = card !== undefined && card.startsWith(`${scene}--`) && hotspots.has(card.slice(`${scene}--`.length));
      if (card !== undefined && !inherited && (at === undefined || !at.startsWith(`scenes[${sceneIndex.get(scene ?? '')}].`))) error(`${here}.card`, `scene "${scene}" has no hotspot "${card}"`);
      const kind = isObject(step.view) ? step.view.kind : undefined;
      if (kind !== undefined && scene !== undefined && kind !== sceneType.get(scene)) error(`${here}.view`, `a ${String(kind)} view does not fit the ${String(sceneType.get(scene))} scene "${scene}"`);
    });
  });
}
