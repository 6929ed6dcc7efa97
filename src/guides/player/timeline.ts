/**
 * A guide as one timeline: where each step starts, how long the guide is, and
 * which step and offset a point on the scrub bar means. Pure (seconds).
 * A step lasts its `duration`, or its narration when that is longer (`audioLengths`).
 */
import type { Guide } from '../../tour/guide';

export interface Timeline {
  /** Start of each step, seconds from the guide's start. */
  starts: number[];
  /** Length of each step, seconds. */
  lengths: number[];
  total: number;
}

export function timeline(guide: Guide, audioLengths: (number | undefined)[] = []): Timeline {
  const lengths = guide.steps.map((step, i) => Math.max(step.duration, audioLengths[i] ?? 0));
  const starts: number[] = [];
  let t = 0;
  for (const length of lengths) {
    starts.push(t);
    t += length;
  }
  return { starts, lengths, total: t };
}

/** The step and the offset into it at `time` (clamped to the guide). */
export function locate(line: Timeline, time: number): { step: number; offset: number } {
  const t = Math.min(Math.max(0, time), line.total);
  let step = 0;
  while (step + 1 < line.starts.length && line.starts[step + 1]! <= t) step++;
  return { step, offset: Math.min(t - line.starts[step]!, line.lengths[step]!) };
}
