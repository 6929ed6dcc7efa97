import { describe, expect, it } from 'vitest';
import { loadedStore } from '../loadedStore';

describe('UI mode slice', () => {
  it('switches only to offered languages', () => {
    const store = loadedStore();
    expect(store.getState().setLanguage('fi', 'user')).toBe(true);
    expect(store.getState().setLanguage('de', 'user')).toBe(false);
    expect(store.getState().language).toBe('fi');
  });

  it('switches the navigation mode and records who did', () => {
    const store = loadedStore();
    store.getState().setMode('walk', 'embed');
    expect(store.getState().mode).toBe('walk');
    expect(store.getState().lastChange).toEqual({ action: 'setMode', source: 'embed' });
  });
});
