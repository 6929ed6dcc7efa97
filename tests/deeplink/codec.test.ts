import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/deeplink/codec';
import { createTourStore } from '../../src/state/store';
import { findScene, selectViewState } from '../../src/state/selectors';
import { MODEL_FOV, PANORAMA_FOV } from '../../src/state/viewLimits';
import type { View, ViewState } from '../../src/state/types';
import { validateTour } from '../../src/tour/validate';
import type { Scene, Tour } from '../../src/tour/schema';

const result = validateTour(JSON.parse(readFileSync('public/tours/processum/tour.json', 'utf8')));
if (!result.ok) throw new Error('demo tour invalid');
const tour: Tour = result.tour;
const languages = tour.languages ?? [tour.defaultLanguage];

function storeWith(target: ReturnType<typeof decodeLink>['target']) {
  const store = createTourStore();
  store.getState().openTour(tour, 'http://test/tours/processum/tour.json');
  store.getState().applyViewState(target, 'url');
  return store;
}

const angle = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const coordinate = fc.double({ min: -200, max: 200, noNaN: true, noDefaultInfinity: true });
const viewFor = (scene: Scene): fc.Arbitrary<View> =>
  scene.type === 'panorama'
    ? fc.record({ kind: fc.constant('panorama' as const), yaw: angle(-180, 180), pitch: angle(-90, 90), fov: angle(PANORAMA_FOV.min, PANORAMA_FOV.max) })
    : fc
        .record({
          kind: fc.constant('model' as const),
          position: fc.tuple(coordinate, coordinate, coordinate),
          target: fc.tuple(coordinate, coordinate, coordinate),
          fov: angle(MODEL_FOV.min, MODEL_FOV.max),
        })
        .filter((v) => v.position.some((p, i) => Math.abs(p - (v.target[i] as number)) > 0.05));

const stateArbitrary: fc.Arbitrary<ViewState> = fc.constantFrom(...tour.scenes).chain((scene) =>
  fc.record({
    tour: fc.constant(tour.id),
    scene: fc.constant(scene.id),
    view: viewFor(scene),
    card: fc.constantFrom(null, ...scene.hotspots.filter((h) => h.type === 'info').map((h) => h.id)),
    language: fc.constantFrom(...languages),
  }),
);

const angleDistance = (a: number, b: number) => Math.abs((((a - b) % 360) + 540) % 360 - 180);

describe('deep-link codec', () => {
  it('encodes a readable, short link', () => {
    const link = encodeLink({
      tour: 'processum',
      scene: 'process-floor',
      view: { kind: 'panorama', yaw: 12.5, pitch: -3, fov: 75 },
      card: 'process-floor-view-pumps',
      language: 'sv',
    });
    expect(link).toBe('/t/processum/process-floor?v=12.5,-3,75&card=process-floor-view-pumps&lang=sv');
    expect(encodeLink({ tour: 'processum', scene: 'hall', view: { kind: 'model', position: [30.123, 24, 32], target: [0, 2, -1.005], fov: 50 }, card: null, language: 'en' })).toBe(
      '/t/processum/hall?v=30.12,24,32,0,2,-1,50&lang=en',
    );
  });

  it('round-trips every state of every demo scene within the stated precision', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const { target, problems } = decodeLink(encodeLink(state));
        expect(problems).toEqual([]);
        const back = selectViewState(storeWith(target).getState());
        expect(back).toMatchObject({ tour: state.tour, scene: state.scene, card: state.card, language: state.language });
        const [a, b] = [state.view, back?.view];
        if (a.kind === 'panorama' && b?.kind === 'panorama') {
          expect(angleDistance(a.yaw, b.yaw)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.abs(a.pitch - b.pitch)).toBeLessThanOrEqual(0.05 + 1e-9);
          expect(Math.abs(a.fov - b.fov)).toBeLessThanOrEqual(0.05 + 1e-9);
        } else if (a.kind === 'model' && b?.kind === 'model') {
          [...a.position, ...a.target].forEach((v, i) => expect(Math.abs(v - ([...b.position, ...b.target][i] as number))).toBeLessThanOrEqual(0.005 + 1e-9));
          expect(Math.abs(a.fov - b.fov)).toBeLessThanOrEqual(0.05 + 1e-9);
        } else {
          throw new Error(`view kind changed: ${a.kind} → ${b?.kind}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  const hostile = fc.oneof(
    fc.string({ maxLength: 400 }),
    fc.webUrl(),
    fc.tuple(fc.string(), fc.string(), fc.string(), fc.string(), fc.string()).map(([t, s, v, c, l]) => `/t/${t}/${s}?v=${v}&card=${c}&lang=${l}`),
    fc.tuple(fc.constantFrom(...tour.scenes.map((s) => s.id)), fc.array(fc.double(), { maxLength: 8 })).map(([s, n]) => `/t/processum/${s}?v=${n.join(',')}`),
    fc.constantFrom(
      '/t/processum/hall?v=NaN,NaN,NaN',
      '/t/processum/hall?v=1e999,0,0,0,0,0,50',
      '/t/processum/process-floor?v=12,-3,75,javascript:alert(1)',
      '/t/<script>alert(1)</script>/hall',
      '/t/processum/%E0%A4%A?card=%00',
      `/t/processum/hall?card=${'a'.repeat(100000)}`,
      '/t/processum/hall?lang=javascript:alert(1)',
      '//evil.example/t/processum/hall',
    ),
  );

  it('never throws on arbitrary input and always leads to a valid state', () => {
    fc.assert(
      fc.property(hostile, (href) => {
        const { target } = decodeLink(href);
        const state = storeWith(target).getState();
        const viewState = selectViewState(state);
        expect(viewState).not.toBeNull();
        const scene = findScene(tour, viewState!.scene);
        expect(scene).toBeDefined();
        expect(viewState!.view.kind).toBe(scene!.type);
        const numbers = viewState!.view.kind === 'panorama' ? [viewState!.view.yaw, viewState!.view.pitch, viewState!.view.fov] : [...viewState!.view.position, ...viewState!.view.target, viewState!.view.fov];
        expect(numbers.every(Number.isFinite)).toBe(true);
        if (viewState!.card !== null) expect(scene!.hotspots.some((h) => h.id === viewState!.card && h.type === 'info')).toBe(true);
        expect(languages).toContain(viewState!.language);
      }),
      { numRuns: 1000 },
    );
  });

  it('names what it had to drop', () => {
    expect(decodeLink('/t/processum/hall?v=1,2&lang=xx-yy-zz').problems).toEqual(['the view in the link is not valid', 'the language in the link is not valid']);
    expect(decodeLink('/t/Bad Tour/hall').problems).toEqual(['the tour in the link is not valid']);
    expect(decodeLink('/t/processum/%E0%A4%A').problems).toEqual(['the scene in the link is not valid']);
    expect(decodeLink('/?tour=processum').target).toEqual({ tour: 'processum' });
  });
});
