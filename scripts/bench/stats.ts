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
  /** Median time between a frame that drew and the next frame, ms. */
  medianMs: number;
  p90Ms: number;
  /** Frames that drew (after the warm-up frames). */
  renderedFrames: number;
  /** All frames the recorder saw, drawing or not. */
  observedFrames: number;
  /** Median over every frame, drawing or not (idle frames pull it towards the display rate). */
  medianAllMs: number;
  drawCallsPerFrame: number;
}

/** Frame times of the frames that drew something, skipping the first `warmup` of them. */
export function frameStats({ ticks, counts }: FrameRecording, warmup = 3): FrameStats {
  const rendered: number[] = [];
  const all: number[] = [];
  const calls: number[] = [];
  for (let i = 0; i + 1 < ticks.length; i++) {
    const delta = (ticks[i + 1] as number) - (ticks[i] as number);
    const drew = (counts[i + 1] as number) - (counts[i] as number);
    all.push(delta);
    if (drew > 0) {
      rendered.push(delta);
      calls.push(drew);
    }
  }
  const measured = rendered.slice(warmup);
  return {
    medianMs: round(median(measured), 2),
    p90Ms: round(percentile(measured, 90), 2),
    renderedFrames: measured.length,
    observedFrames: all.length,
    medianAllMs: round(median(all), 2),
    drawCallsPerFrame: round(median(calls), 0),
  };
}
