import type { TourInput } from '../../src/tour/schema';

/** A small valid tour: one model scene and two panoramas linked together. */
export function validTour(): TourInput {
  return {
    id: 'test-tour',
    title: { en: 'Test hall', sv: 'Testhall', fi: 'Testihalli' },
    defaultLanguage: 'en',
    languages: ['en', 'sv', 'fi'],
    startScene: 'hall',
    scenes: [
      {
        id: 'hall',
        type: 'model',
        title: 'Hall',
        model: 'hall.glb',
        camera: { position: [10, 8, 10], target: [0, 1, 0] },
        hotspots: [
          { id: 'reactor', type: 'info', title: { en: 'Reactor', sv: 'Reaktor' }, body: '**Hot**', position: [1, 2, 3] },
          { id: 'to-east', type: 'link', title: 'East', target: 'east', position: [4, 1, 0] },
        ],
      },
      {
        id: 'east',
        type: 'panorama',
        title: 'East',
        image: 'east.jpg',
        view: { yaw: 30, pitch: -5, fov: 70 },
        hotspots: [
          { id: 'pump', type: 'info', title: 'Pump', body: 'Moves liquid.', yaw: 10, pitch: -20 },
          { id: 'to-west', type: 'link', title: 'West', target: 'west', yaw: 90, pitch: 0 },
        ],
      },
      {
        id: 'west',
        type: 'panorama',
        title: 'West',
        image: 'west.jpg',
        hotspots: [{ id: 'back-to-hall', type: 'link', title: 'Hall', target: 'hall', yaw: 0, pitch: 0 }],
      },
    ],
  };
}
