import { describe, expect, it } from 'vitest';
import { Vector3 } from 'three';
import { directionFromYawPitch, fovForZoom, yawPitchFromDirection, zoomForFov } from '../../src/viewer/cameraMath';
import { wrapDegrees } from '../../src/state/view';

describe('camera math', () => {
  it('yaw 0 looks at -Z, positive yaw turns right (+X), positive pitch looks up', () => {
    const ahead = directionFromYawPitch(0, 0);
    expect(ahead.z).toBeCloseTo(-1);
    expect(directionFromYawPitch(90, 0).x).toBeCloseTo(1);
    expect(directionFromYawPitch(0, 90).y).toBeCloseTo(1);
  });

  it('round-trips yaw/pitch through a direction', () => {
    for (const [yaw, pitch] of [[0, 0], [45, 10], [-120, -30], [179, 60]] as const) {
      const back = yawPitchFromDirection(directionFromYawPitch(yaw, pitch, new Vector3()));
      expect(back.yaw).toBeCloseTo(yaw);
      expect(back.pitch).toBeCloseTo(pitch);
    }
  });

  it('converts between zoom and field of view', () => {
    expect(fovForZoom(90, zoomForFov(90, 40))).toBeCloseTo(40);
    expect(zoomForFov(90, 90)).toBeCloseTo(1);
  });

  it('wraps angles into -180..180', () => {
    expect(wrapDegrees(190)).toBe(-170);
    expect(wrapDegrees(-190)).toBe(170);
    expect(wrapDegrees(540)).toBe(180);
  });
});
