/**
 * Ducking without a browser: the ambient volume aimed at under narration, the
 * ramp that moves there (no jump, ends exactly on the target, stoppable), and
 * the store's `narrating` flag that drives it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ambientVolume, DUCK_FACTOR, DUCK_RAMP_MS, rampVolume } from '../../src/media/duck';
import { createTourStore } from '../../src/state/store';

afterEach(() => void vi.useRealTimers());

describe('ambient sound under narration', () => {
  it('aims at a fifth of its volume while something narrates, the full volume otherwise', () => {
    expect(ambientVolume(0.4, true)).toBeCloseTo(0.4 * DUCK_FACTOR);
    expect(DUCK_FACTOR).toBeLessThanOrEqual(0.25);
    expect(ambientVolume(0.4, false)).toBe(0.4);
  });

  it('ramps there in small steps, ending exactly on the target; a stopped ramp stays where it is', () => {
    vi.useFakeTimers();
    const element = { volume: 0.5 };
    const seen: number[] = [];
    rampVolume(element, 0.1);
    for (let t = 0; t < DUCK_RAMP_MS; t += 20) {
      vi.advanceTimersByTime(20);
      seen.push(element.volume);
    }
    expect(element.volume).toBe(0.1);
    // Monotonic, no step larger than a tenth of the way.
    seen.reduce((prev, v) => (expect(v).toBeLessThanOrEqual(prev), expect(prev - v).toBeLessThanOrEqual(0.04 + 1e-9), v), 0.5);
    const stop = rampVolume(element, 0.5);
    vi.advanceTimersByTime(100);
    stop();
    const held = element.volume;
    expect(held).toBeGreaterThan(0.1);
    expect(held).toBeLessThan(0.5);
    vi.advanceTimersByTime(1000);
    expect(element.volume).toBe(held);
  });

  it('the store says whether something narrates; setting it twice changes nothing', () => {
    const store = createTourStore();
    expect(store.getState().narrating).toBe(false);
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().setNarrating(true, 'app');
    store.getState().setNarrating(true, 'app');
    expect(store.getState().narrating).toBe(true);
    expect(changes).toBe(1);
  });
});
