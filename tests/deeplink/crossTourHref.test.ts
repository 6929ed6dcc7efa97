import { describe, expect, it } from 'vitest';
import { crossTourHref } from '../../src/deeplink/crossTourHref';
import { decodeLink } from '../../src/deeplink/codec';
import type { LinkHotspot } from '../../src/tour/schema';

const link = (extra: Partial<LinkHotspot> = {}): LinkHotspot => ({ id: 'x', type: 'link', title: 'X', target: 'hall', ...extra });

describe('crossTourHref', () => {
  it('stays in the tour when the link names no tour or this one', () => {
    expect(crossTourHref(link(), 'processum', 'en')).toBeNull();
    expect(crossTourHref(link({ tour: 'processum' }), 'processum', 'en')).toBeNull();
  });
  it('addresses the scene of another tour in the visitor\'s language, as a link the codec reads back', () => {
    const href = crossTourHref(link({ tour: 'processum' }), 'northern-sweden', 'fi');
    expect(href).toBe('/t/processum/hall?lang=fi');
    expect(decodeLink(href!)).toEqual({ target: { tour: 'processum', scene: 'hall', language: 'fi' }, problems: [] });
  });
});
