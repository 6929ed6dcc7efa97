/**
 * Checks for authors, not for visitors: `npm run validate`, `sitevisit
 * validate` and the studio run them (validateForAuthoring); the viewer does
 * not, so they cost the visitor's first load nothing. The viewer copes with
 * what they find: a plan group naming a wrong scene is ignored, a guide card
 * that does not exist opens no card. Like references.ts they work on the raw
 * JSON and report every problem with its JSON path.
 */
import type { Problem } from './problems';
import { type Json, isObject, asArray } from './rawJson';
import { INHERIT_DISTANCE } from './standpoints';


export function authoringProblems(raw: unknown): Problem[] {
  if (!isObject(raw)) return [];
  const problems: Problem[] = [];
  const error = (path: string, message: string) => problems.push({ path, message, severity: 'error' });
  const scenes = asArray(raw.scenes).filter(isObject);
  checkPlanGroups(raw, scenes, error);
  checkInheritedCards(raw, scenes, error);
  return problems;
}

/** Each scene of a plan group (`plans`) is a model scene, without a plan of its own, in no other group. */
function checkPlanGroups(raw: Json, scenes: Json[], error: (path: string, message: string) => void): void {
  const groupOf = new Map<string, number>();
  asArray(raw.plans).forEach((group, i) => {
    if (!isObject(group)) return;
    asArray(group.scenes).forEach((id, j) => {
      const here = `plans[${i}].scenes[${j}]`;
      if (typeof id !== 'string') return;
      const at = scenes.findIndex((s) => s.id === id);
      const scene = scenes[at];
      if (!scene) return error(here, `unknown scene "${id}"`);
      if (scene.type !== 'model') return error(here, `scene "${id}" is not a model scene (a panorama shows the plan of the model its standpoint is in)`);
      if (scene.plan !== undefined) return error(here, `scene "${id}" has a plan of its own (scenes[${asArray(raw.scenes).indexOf(scene)}].plan)`);
      const other = groupOf.get(id);
      if (other !== undefined) return error(here, `scene "${id}" is already in plans[${other}]`);
      groupOf.set(id, i);
    });
  });
}

/**
 * A guide step's card "<panorama>--<hotspot>" is one the panorama inherits from its model
 * (inheritModelHotspots in standpoints.ts): only info hotspots of the standpoint's own model within
 * `INHERIT_DISTANCE` of the standpoint are carried in, so a step opening any other opens nothing.
 * (references.ts reports cards that name no hotspot at all.)
 */
function checkInheritedCards(raw: Json, scenes: Json[], error: (path: string, message: string) => void): void {
  const authored = new Set(scenes.flatMap((s) => asArray(s.hotspots).filter(isObject).map((h) => h.id)));
  asArray(raw.guides).forEach((guide, i) => {
    if (!isObject(guide)) return;
    asArray(guide.steps).forEach((step, j) => {
      if (!isObject(step) || typeof step.scene !== 'string' || typeof step.card !== 'string') return;
      const prefix = `${step.scene}--`;
      if (!step.card.startsWith(prefix) || authored.has(step.card) || !authored.has(step.card.slice(prefix.length))) return;
      const why = notInherited(scenes, step.scene, step.card.slice(prefix.length));
      if (why) error(`guides[${i}].steps[${j}].card`, why);
    });
  });
}

/** Why a model hotspot does not become the card "<panorama>--<hotspot>" in that panorama; null when it does. */
function notInherited(scenes: Json[], panoramaId: string, hotspotId: string): string | null {
  const panorama = scenes.find((s) => s.id === panoramaId);
  const standpoint = panorama && isObject(panorama.standpoint) ? panorama.standpoint : undefined;
  const card = `"${panoramaId}--${hotspotId}"`;
  if (!standpoint) return `scene "${panoramaId}" has no standpoint, so it inherits no card ${card}`;
  const model = scenes.find((s) => s.id === standpoint.scene);
  const hotspot = asArray(model?.hotspots).filter(isObject).find((h) => h.id === hotspotId);
  if (!hotspot) return `${card}: "${hotspotId}" is not a hotspot of "${String(standpoint.scene)}", the model scene "${panoramaId}" was taken in`;
  if (hotspot.type !== 'info') return `${card}: "${hotspotId}" is a link, and only info hotspots become cards in a panorama`;
  const from = asArray(standpoint.position);
  const to = asArray(hotspot.position);
  if (from.length !== 3 || to.length !== 3 || ![...from, ...to].every((v) => typeof v === 'number')) return null; // the schema reports it
  const distance = Math.hypot(...to.map((v, k) => (v as number) - (from[k] as number)));
  if (distance <= INHERIT_DISTANCE) return null;
  return `${card}: "${hotspotId}" is ${distance.toFixed(1)} m from the standpoint of "${panoramaId}"; only hotspots within ${INHERIT_DISTANCE} m are carried into a panorama, so this card does not exist there`;
}
