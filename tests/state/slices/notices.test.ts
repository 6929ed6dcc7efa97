import { describe, expect, it } from 'vitest';
import { loadedStore } from '../loadedStore';

describe('notices slice', () => {
  it('keeps only the newest notices', () => {
    const store = loadedStore();
    for (let i = 0; i < 10; i++) store.getState().notify(`n${i}`);
    expect(store.getState().notices.map((n) => n.message)).toEqual(['n6', 'n7', 'n8', 'n9']);
  });

  it('dismisses a notice by id', () => {
    const store = loadedStore();
    store.getState().notify('one');
    store.getState().notify('two', 'warning');
    const [first] = store.getState().notices;
    store.getState().dismissNotice(first?.id as number);
    expect(store.getState().notices).toEqual([expect.objectContaining({ message: 'two', level: 'warning' })]);
  });
});
