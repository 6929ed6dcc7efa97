/** A tour edited in place (the studio) keeps the visitor's place; a deleted scene gives way to the start scene. */
import { describe, expect, it } from 'vitest';
import { loadedStore, testTour } from '../loadedStore';

describe('tour edit slice', () => {
  it('keeps scene, view and an open card that still exist', () => {
    const store = loadedStore();
    const tour = testTour();
    const scene = tour.scenes.find((s) => s.hotspots.some((h) => h.type === 'info'))!;
    const card = scene.hotspots.find((h) => h.type === 'info')!;
    store.getState().openCard(card.id, 'user');
    const { sceneId, view } = store.getState();
    const edited = structuredClone(tour);
    edited.scenes.find((s) => s.id === scene.id)!.title = 'Renamed';
    store.getState().replaceTour(edited, 'app');
    expect(store.getState()).toMatchObject({ tour: edited, sceneId, view, cardId: card.id, sceneStatus: store.getState().sceneStatus });
    expect(store.getState().lastChange).toEqual({ action: 'replaceTour', source: 'app' });
  });

  it('closes a card whose hotspot went, and leaves a deleted scene for the start scene', () => {
    const store = loadedStore();
    const tour = testTour();
    const scene = tour.scenes.find((s) => s.hotspots.some((h) => h.type === 'info'))!;
    const card = scene.hotspots.find((h) => h.type === 'info')!;
    store.getState().openCard(card.id, 'user');
    const withoutCard = structuredClone(tour);
    const holder = withoutCard.scenes.find((s) => s.id === scene.id)!;
    holder.hotspots = holder.hotspots.filter((h) => h.id !== card.id);
    store.getState().replaceTour(withoutCard, 'app');
    expect(store.getState().cardId).toBeNull();

    const other = tour.scenes.find((s) => s.id !== scene.id)!;
    const withoutScene = { ...structuredClone(tour), startScene: other.id, scenes: structuredClone(tour.scenes).filter((s) => s.id !== scene.id) };
    store.getState().replaceTour(withoutScene, 'app');
    expect(store.getState().sceneId).toBe(other.id);
  });
});
