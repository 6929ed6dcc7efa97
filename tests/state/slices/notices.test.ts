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

  it('keeps one notice per cause: the same words again change nothing, new words replace it, and it goes with its cause', () => {
    const store = loadedStore();
    store.getState().notify('other');
    let changes = 0;
    const off = store.subscribe(() => changes++);
    for (let i = 0; i < 20; i++) store.getState().notify('Your guests are not following', 'warning', 'live-refusal');
    expect(changes).toBe(1);
    store.getState().notify('Some moves did not arrive', 'warning', 'live-refusal');
    expect(store.getState().notices.map((n) => n.message)).toEqual(['other', 'Some moves did not arrive']);
    store.getState().dismissCause('live-refusal');
    store.getState().dismissCause('live-refusal');
    expect(store.getState().notices.map((n) => n.message)).toEqual(['other']);
    expect(changes).toBe(3);
    off();
  });
});
