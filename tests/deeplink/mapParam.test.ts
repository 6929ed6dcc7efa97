/** `map=1` in a link opens the minimap: read and written in the link grammar, ignored when absent, named when unreadable. */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/deeplink/codec';

const state = { tour: 'processum', scene: 'hall', view: { kind: 'panorama' as const, yaw: 10, pitch: 0, fov: 75 }, card: null, language: 'sv' };

describe('map parameter', () => {
  it('round-trips map=1 after the other parameters, and leaves it out when the map is closed', () => {
    const link = encodeLink(state, { map: true });
    expect(link).toBe('/t/processum/hall?v=10,0,75&lang=sv&map=1');
    expect(decodeLink(link)).toEqual({ target: { tour: 'processum', scene: 'hall', view: state.view, language: 'sv', map: true }, problems: [] });
    expect(encodeLink(state)).toBe('/t/processum/hall?v=10,0,75&lang=sv');
    expect(decodeLink('/t/processum/hall?map=0').target.map).toBe(false);
    expect(decodeLink('/t/processum/hall').target).not.toHaveProperty('map');
  });

  it('names a map setting it cannot read and keeps the rest of the link', () => {
    expect(decodeLink('/t/processum/hall?map=yes&lang=fi')).toEqual({ target: { tour: 'processum', scene: 'hall', language: 'fi' }, problems: ['the map setting in the link is not valid'] });
  });
});
