/**
 * The pilot hall's floor plan, drawn from the published GLB with the same
 * code as `sitevisit plan` (cli/plan/makePlan.ts): the ground floor and the
 * upper platform deck, where the "platform" panorama stands.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeAtomically } from '../../cli/atomicOutput';
import { DEFAULT_PLAN_OPTIONS, makePlan } from '../../cli/plan/makePlan';
import { silentProgress } from '../../cli/progress';
import type { PlanDescriptor } from '../../src/tour/plan';
import { PLATFORM } from './building';

/** Floor heights: the hall floor and the upper deck of the platform (the lower deck is a landing). */
export const PLAN_LEVELS = [0, PLATFORM.y2];

/** Draws the plan of `model` into `dir` (replacing what was there); returns it and every file written. */
export async function drawPlan(model: string, dir: string): Promise<{ plan: PlanDescriptor; files: string[] }> {
  const plan = await writeAtomically(dir, true, (temp) => makePlan(model, temp, { ...DEFAULT_PLAN_OPTIONS, levels: PLAN_LEVELS }, silentProgress));
  const files = (await readdir(dir)).sort().map((name) => join(dir, name));
  return { plan, files };
}
