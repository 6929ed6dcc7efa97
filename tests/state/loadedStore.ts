/** A store with the small test tour open at its start scene (tests/tour/fixtures.ts). */
import { createTourStore, type TourStore } from '../../src/state/store';
import type { Tour } from '../../src/tour/schema';
import { validateTour } from '../../src/tour/validate';
import { validTour } from '../tour/fixtures';

export function testTour(): Tour {
  const result = validateTour(validTour());
  if (!result.ok) throw new Error('fixture invalid');
  return result.tour as Tour;
}

export function loadedStore(): TourStore {
  const store = createTourStore();
  store.getState().openTour(testTour(), 'http://test/tours/t/tour.json');
  return store;
}
