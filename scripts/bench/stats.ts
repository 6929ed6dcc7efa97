/** Small numeric helpers for the benchmark. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface FrameRecording {
  /** rAF timestamps, one per frame. */
  ticks: number[];
  /** WebGL draw calls issued so far, read at each tick. */
  counts: number[];
}

export interface FrameStats {
  /** Median time from a frame that drew to the next frame that drew, ms. */
  medianMs: number;
  p90Ms: number;
  /** Mean of the same intervals (not quantised to the display's frame interval like the median), ms. */
  meanMs: number;
  /** Intervals measured (frames that drew, after the warm-up ones). */
  renderedFrames: number;
  /** All frames the recorder saw, drawing or not. */
  observedFrames: number;
  /** Median time between any two consecutive frames, drawing or not, ms. */
  medianAllMs: number;
  drawCallsPerFrame: number;
}

/**
 * Frame time as a user sees it: the interval from one frame that drew to the
 * next one that drew (an on-demand renderer skips frames with nothing to do;
 * GPU work shows up as a delay of a later frame, not of the one that drew).
 * The first `warmup` intervals of each recording are skipped.
 */
export function frameStats(recordings: FrameRecording | FrameRecording[], warmup = 2): FrameStats {
  const all: number[] = [];
  const calls: number[] = [];
  const intervals: number[] = [];
  // Several recordings (rounds) pool their intervals.
  for (const { ticks, counts } of Array.isArray(recordings) ? recordings : [recordings]) {
    const drewAt: number[] = [];
    for (let i = 0; i + 1 < ticks.length; i++) {
      all.push((ticks[i + 1] as number) - (ticks[i] as number));
      const drew = (counts[i + 1] as number) - (counts[i] as number);
      if (drew > 0) {
        drewAt.push(ticks[i] as number);
        calls.push(drew);
      }
    }
    intervals.push(...drewAt.slice(1).map((t, i) => t - (drewAt[i] as number)).slice(warmup));
  }
  return {
    medianMs: round(median(intervals), 2),
    p90Ms: round(percentile(intervals, 90), 2),
    meanMs: round(intervals.reduce((a, b) => a + b, 0) / intervals.length, 2),
    renderedFrames: intervals.length,
    observedFrames: all.length,
    medianAllMs: round(median(all), 2),
    drawCallsPerFrame: round(median(calls), 0),
  };
}
