/** `sitevisit plan <model.glb> --out <dir>`: a top-down floor plan per level (WebP) and plan.json for the minimap. */
import type { Command } from 'commander';
import { writeAtomically } from '../atomicOutput';
import { CliError } from '../errors';
import { DEFAULT_PLAN_OPTIONS, makePlan } from '../plan/makePlan';
import { progressBar } from '../progress';

interface PlanFlags {
  out: string;
  size: string;
  levels?: string;
  cutAbove: string;
  quality: string;
  force?: boolean;
}

function parseLevels(text: string): number[] {
  const heights = text.split(',').map((part) => Number(part.trim()));
  if (heights.length === 0 || heights.some((h) => !Number.isFinite(h)) || text.trim() === '') throw new CliError(`--levels must be floor heights in metres separated by commas, like "0,4.5", not "${text}"`, 2);
  const sorted = [...heights].sort((a, b) => a - b);
  if (sorted.some((h, i) => i > 0 && h === sorted[i - 1])) throw new CliError(`--levels lists a height twice: "${text}"`, 2);
  return sorted;
}

function number(name: string, value: string, min: number, max: number, whole: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (whole && !Number.isInteger(n))) {
    throw new CliError(`--${name} must be a ${whole ? 'whole ' : ''}number from ${min} to ${max}, not "${value}"`, 2);
  }
  return n;
}

export function planCommand(program: Command) {
  program
    .command('plan')
    .description('draw a top-down floor plan of a glTF/GLB model, one WebP image per level, with plan.json (how model x/z map to pixels) for the minimap')
    .argument('<model>', '.glb or .gltf (Draco and meshopt compressed files too)')
    .requiredOption('-o, --out <dir>', 'output directory (written complete or not at all)')
    .option('--levels <heights>', 'floor heights in metres, comma-separated (default: found from the floor slabs)')
    .option('--size <px>', 'long side of each image', String(DEFAULT_PLAN_OPTIONS.size))
    .option('--cut-above <m>', 'how far above its floor each level is cut (never above the next floor)', String(DEFAULT_PLAN_OPTIONS.cutAbove))
    .option('--quality <1-100>', 'WebP quality', String(DEFAULT_PLAN_OPTIONS.quality))
    .option('-f, --force', 'replace an existing output directory')
    .addHelpText('after', '\nExample:\n  npx sitevisit plan public/models/pilot-hall.glb --out public/plans/pilot-hall --levels 0,5.4\n\nThe model scene in tour.json then points at it: "plan": "../../plans/pilot-hall/plan.json".')
    .action(async (model: string, flags: PlanFlags) => {
      const options = {
        size: number('size', flags.size, 64, 8192, true),
        cutAbove: number('cut-above', flags.cutAbove, 0.1, 100, false),
        quality: number('quality', flags.quality, 1, 100, true),
        ...(flags.levels === undefined ? {} : { levels: parseLevels(flags.levels) }),
      };
      const started = performance.now();
      const plan = await writeAtomically(flags.out, flags.force === true, (dir) => makePlan(model, dir, options, progressBar()));
      const levels = plan.levels.map((l) => `${l.height} m`).join(', ');
      console.log(
        `${flags.out}: ${plan.levels.length} ${plan.levels.length === 1 ? 'level' : 'levels'} (${levels}), ${plan.width}×${plan.height} px, ${(plan.metresPerPixel * 100).toFixed(2)} cm per pixel — ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    });
}
