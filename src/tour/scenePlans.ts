/**
 * Floor plans of groups of scenes (`plans` in tour.json): one plan shared by
 * several model scenes that share one coordinate frame — a site split into
 * several models (one per building or storey); its plan drawn by
 * `sitevisit plan` from a model of the whole site (it takes one model) or made
 * otherwise in the same form. The minimap shows it in each of them and in the panoramas
 * taken inside them. A model scene's own `plan` is the one-scene case.
 */
import * as z from 'zod/mini';
import { Id } from '../protocol/common';
import { AssetUrl } from './primitives';
import type { ModelScene, Tour } from './schema';

export const ScenePlanGroup = z.strictObject({
  /** `plan.json` written by `sitevisit plan`, relative to the tour file. */
  plan: AssetUrl,
  /** The model scenes it shows, whose coordinates are the plan's (metres, y up). At least one. */
  scenes: z.array(Id).check(z.minLength(1, 'a plan needs at least one scene')),
});
export type ScenePlanGroup = z.infer<typeof ScenePlanGroup>;

/** The plan that shows a model scene and the model scenes it shows: its own, else its group's. */
export function planOf(tour: Pick<Tour, 'plans'>, model: ModelScene): { url: string; scenes: string[] } | undefined {
  if (model.plan) return { url: model.plan, scenes: [model.id] };
  const group = tour.plans?.find((g) => g.scenes.includes(model.id));
  return group ? { url: group.plan, scenes: group.scenes } : undefined;
}
