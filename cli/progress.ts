/** A progress bar on stderr for long work; silent when stderr is not a terminal (tests, CI logs) unless forced. */
import { SingleBar, Presets } from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  tick(count?: number): void;
  stop(): void;
}

export function progressBar(enabled = process.stderr.isTTY === true): Progress {
  let bar: SingleBar | null = null;
  return {
    start(label, total) {
      bar?.stop();
      if (!enabled) return;
      bar = new SingleBar({ format: `${label.padEnd(14)} [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left`, stream: process.stderr, hideCursor: true }, Presets.shades_classic);
      bar.start(total, 0);
    },
    tick(count = 1) {
      bar?.increment(count);
    },
    stop() {
      bar?.stop();
      bar = null;
    },
  };
}

export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };
