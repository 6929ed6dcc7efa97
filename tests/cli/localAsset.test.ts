import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, localAssetPath } from '../../cli/localAsset';

describe('isInside', () => {
  const dist = '/srv/site/dist';

  it('accepts the folder itself and anything below it', () => {
    expect(isInside(dist, dist)).toBe(true);
    expect(isInside(dist, `${dist}/`)).toBe(true);
    expect(isInside(dist, `${dist}/tours/a/hall.jpg`)).toBe(true);
    expect(isInside(`${dist}/`, `${dist}/models/x.glb`)).toBe(true);
    // A name that merely starts with two dots is still inside.
    expect(isInside(dist, `${dist}/..hidden.jpg`)).toBe(true);
  });

  it('refuses a sibling whose name starts with the folder name (dist-x/), the parent and paths that climb out', () => {
    expect(isInside(dist, '/srv/site/dist-x/secret.jpg')).toBe(false);
    expect(isInside(dist, '/srv/site/distx')).toBe(false);
    expect(isInside(dist, '/srv/site')).toBe(false);
    expect(isInside(dist, `${dist}/../dist-x/secret.jpg`)).toBe(false);
    expect(isInside(dist, `${dist}/tours/../../etc/passwd`)).toBe(false);
    expect(isInside(dist, '/etc/passwd')).toBe(false);
  });

  it('catches a tour reference that leads into dist-x/, root-relative or relative', () => {
    const tourFile = join(dist, 'tours/a/tour.json');
    expect(isInside(dist, localAssetPath('/../dist-x/secret.jpg', tourFile, dist) as string)).toBe(false);
    expect(isInside(dist, localAssetPath('../../../dist-x/secret.jpg', tourFile, dist) as string)).toBe(false);
    expect(isInside(dist, localAssetPath('%2e%2e/%2e%2e/%2e%2e/dist-x/secret.jpg', tourFile, dist) as string)).toBe(false);
    expect(isInside(dist, localAssetPath('hall.jpg', tourFile, dist) as string)).toBe(true);
    expect(isInside(dist, localAssetPath('/models/x.glb', tourFile, dist) as string)).toBe(true);
  });
});
