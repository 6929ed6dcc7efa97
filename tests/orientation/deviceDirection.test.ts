/** The direction the back of a phone points, from its deviceorientation angles. */
import { describe, expect, it } from 'vitest';
import { deviceDirection, headingDelta } from '../../src/orientation/deviceDirection';

const close = (d: { heading: number; elevation: number }, heading: number, elevation: number) => {
  expect(headingDelta(d.heading, heading)).toBeCloseTo(0, 6);
  expect(d.elevation).toBeCloseTo(elevation, 6);
};

describe('deviceDirection', () => {
  it('upright facing north looks north at the horizon; alpha turns it anticlockwise', () => {
    close(deviceDirection(0, 90, 0), 0, 0);
    close(deviceDirection(-90, 90, 0), 90, 0);
    close(deviceDirection(30, 90, 0), -30, 0);
  });
  it('tilting the top back past upright looks up; flat on a table looks at the floor', () => {
    close(deviceDirection(0, 120, 0), 0, 30);
    close(deviceDirection(0, 60, 0), 0, -30);
    expect(deviceDirection(0, 0, 0).elevation).toBeCloseTo(-90, 6);
  });
  it('held sideways (gamma ±90, landscape) the back still points where the phone faces', () => {
    close(deviceDirection(0, 0, -90), 90, 0);
    close(deviceDirection(0, 0, 90), -90, 0);
  });
  it('headingDelta wraps into -180..180', () => {
    expect(headingDelta(170, -170)).toBe(-20);
    expect(headingDelta(-170, 170)).toBe(20);
  });
});
