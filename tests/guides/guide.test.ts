/**
 * Guides without a browser: the schema and its references (unknown scene, card
 * or view kind, each with its JSON path), WebVTT captions, the timeline the
 * scrub bar uses, the store's guide position and the `guide=<id>&step=N` link.
 */
import { describe, expect, it } from 'vitest';
import { decodeLink, encodeLink } from '../../src/deeplink/codec';
import { locate, timeline } from '../../src/guides/player/timeline';
import { cueAt, parseVtt } from '../../src/guides/player/vtt';
import { createTourStore } from '../../src/state/store';
import { Tour } from '../../src/tour/schema';
import { validateForAuthoring } from '../../src/tour/validateAuthoring';
import { validTour } from '../tour/fixtures';

const guide = {
  id: 'walk',
  title: { en: 'A walk', sv: 'En promenad' },
  steps: [
    { scene: 'hall', view: { kind: 'model', position: [10, 8, 10], target: [0, 1, 0], fov: 50 }, duration: 4, audio: 'a1.ogg', captions: { sv: 'c1.sv.vtt' } },
    { scene: 'east', view: { kind: 'panorama', yaw: 20, pitch: 0, fov: 70 }, card: 'pump', duration: 3 },
    { scene: 'west', duration: 5 },
  ],
};
const withGuides = (guides: unknown) => {
  const tour = validTour();
  (tour as Record<string, unknown>).guides = guides;
  return tour;
};
const errors = (raw: unknown) => validateForAuthoring(raw).problems.filter((p) => p.severity === 'error').map((p) => `${p.path}: ${p.message}`);

describe('guides in the tour schema', () => {
  it('accepts a guide of steps with views, cards, audio and captions', () => {
    expect(errors(withGuides([guide]))).toEqual([]);
  });

  it('reports unknown scenes and cards, views of the wrong kind and duplicate ids with their paths', () => {
    const bad = [
      guide,
      { ...guide, steps: [{ scene: 'nowhere', duration: 2 }, { scene: 'hall', card: 'pump', duration: 2 }, { scene: 'east', view: guide.steps[0]!.view, duration: 2 }, { scene: 'east', duration: 0 }] },
    ];
    expect(errors(withGuides(bad))).toEqual([
      'guides[1].id: duplicate guide id "walk" (also guides[0])',
      'guides[1].steps[0].scene: unknown scene "nowhere"',
      'guides[1].steps[1].card: scene "hall" has no hotspot "pump"',
      'guides[1].steps[2].view: a model view does not fit the panorama scene "east"',
      expect.stringMatching(/^guides\[1\]\.steps\[3\]\.duration: /),
    ]);
  });
});

describe('a guide card a panorama inherits from its model', () => {
  // east was taken in the hall at [2, 1.6, -3]; the reactor is 6.5 m away, the far tank 20 m.
  const inherited = (card: string) => {
    const tour = withGuides([{ id: 'walk', title: 'Walk', steps: [{ scene: 'east', card, duration: 3 }] }]);
    Object.assign(tour.scenes[1]!, { standpoint: { scene: 'hall', position: [2, 1.6, -3] } });
    tour.scenes[0]!.hotspots!.push({ id: 'far-tank', type: 'info', title: 'Tank', body: 'Far.', position: [2, 1.6, 17] });
    return errors(tour);
  };
  it('is fine within 16 m of the standpoint', () => {
    expect(inherited('east--reactor')).toEqual([]);
  });
  it('is reported with its path and distance when it is further (the panorama does not carry it)', () => {
    expect(inherited('east--far-tank')).toEqual([
      'guides[0].steps[0].card: "east--far-tank": "far-tank" is 20.0 m from the standpoint of "east"; only hotspots within 16 m are carried into a panorama, so this card does not exist there',
    ]);
  });
  it('is reported when it is a link, or the panorama has no standpoint', () => {
    expect(inherited('east--to-east')).toEqual(['guides[0].steps[0].card: "east--to-east": "to-east" is a link, and only info hotspots become cards in a panorama']);
    const tour = withGuides([{ id: 'walk', title: 'Walk', steps: [{ scene: 'west', card: 'west--reactor', duration: 3 }] }]);
    expect(errors(tour)).toEqual(['guides[0].steps[0].card: scene "west" has no standpoint, so it inherits no card "west--reactor"']);
  });
});

describe('WebVTT captions', () => {
  const vtt = 'WEBVTT\n\nNOTE made by hand\nstill the note\n\n1\n00:00.000 --> 00:01.500 align:start\n<v Guide>Välkommen</v>\n\n00:01.500 --> 00:03.000\nTill <i>hallen</i>\nrad två\n';
  it('reads cues: their words without tags, their markup as a tree; finds the cue at a time', async () => {
    const parsed = await parseVtt(vtt);
    expect(parsed).toEqual({
      ok: true,
      cues: [
        { start: 0, end: 1.5, text: 'Välkommen', nodes: [{ type: 'v', tagName: 'span', voice: 'Guide', children: [{ type: 'text', data: 'Välkommen' }] }] },
        { start: 1.5, end: 3, text: 'Till hallen\nrad två', nodes: [{ type: 'text', data: 'Till ' }, { type: 'i', tagName: 'i', children: [{ type: 'text', data: 'hallen' }] }, { type: 'text', data: '\nrad två' }] },
      ],
    });
    if (!parsed.ok) return;
    expect(cueAt(parsed.cues, 1.49)?.text).toBe('Välkommen');
    expect(cueAt(parsed.cues, 1.5)?.text).toBe('Till hallen\nrad två');
    expect(cueAt(parsed.cues, 3)).toBeNull();
  });
  it('says what it cannot read, with the line', async () => {
    expect(await parseVtt('1\n00:00.000 --> 00:01.000\nHi')).toEqual({ ok: false, message: 'a WebVTT file starts with "WEBVTT"' });
    expect(await parseVtt('WEBVTT\n\n00:00 --> 00:01.000\nHi')).toMatchObject({ ok: false, message: expect.stringContaining('line 3') });
    expect(await parseVtt('WEBVTT\n\nNOTE x\n\n00:02.000 --> 00:01.000\nHi')).toEqual({ ok: false, message: 'line 5: the cue must end after it starts ("00:02.000 --> 00:01.000")' });
    expect(await parseVtt('WEBVTT\n\n00:00.000 --> 00:01.000\nHi\n00:01.000 --> 00:02.000\nthere')).toEqual({ ok: false, message: "line 5: an empty line must come before the next cue's times" });
    expect(await parseVtt('WEBVTT\n\nhello\nworld')).toMatchObject({ ok: false, message: expect.stringMatching(/^line 4: expected a cue's times/) });
    expect(await parseVtt('WEBVTT\n00:00.000 --> 00:01.000\nHi')).toMatchObject({ ok: false, message: expect.stringMatching(/^line 2: an empty line must come between/) });
  });
});

describe('timeline', () => {
  const parsed = Tour.parse(withGuides([guide])).guides![0]!;
  it('lays the steps end to end; narration longer than a step stretches it', () => {
    expect(timeline(parsed)).toEqual({ starts: [0, 4, 7], lengths: [4, 3, 5], total: 12 });
    const stretched = timeline(parsed, [6.5]);
    expect(stretched.total).toBe(14.5);
    expect(locate(stretched, 7)).toEqual({ step: 1, offset: 0.5 });
    expect(locate(stretched, 99)).toEqual({ step: 2, offset: 5 });
    expect(locate(stretched, -1)).toEqual({ step: 0, offset: 0 });
  });
});

describe('guide position in the store and the link', () => {
  it('keeps only guides and steps the tour has', () => {
    const store = createTourStore();
    store.getState().openTour(Tour.parse(withGuides([guide])), 'http://test/tours/t/tour.json');
    expect(store.getState().setGuide({ id: 'walk', step: 2 }, 'user')).toBe(true);
    expect(store.getState().guide).toEqual({ id: 'walk', step: 2 });
    expect(store.getState().setGuide({ id: 'walk', step: 3 }, 'user')).toBe(false);
    expect(store.getState().setGuide({ id: 'other', step: 0 }, 'user')).toBe(false);
    expect(store.getState().setGuide(null, 'user')).toBe(true);
    expect(store.getState().guide).toBeNull();
  });

  it('writes and reads guide=<id>&step=N, counting steps from 1', () => {
    const state = { tour: 't', scene: 'east', view: { kind: 'panorama' as const, yaw: 20, pitch: 0, fov: 70 }, card: null, language: 'sv' };
    const link = encodeLink(state, { guide: { id: 'walk', step: 1 } });
    expect(link).toBe('/t/t/east?v=20,0,70&lang=sv&guide=walk&step=2');
    expect(decodeLink(link).target.guide).toEqual({ id: 'walk', step: 1 });
    expect(decodeLink('/t/t/east?guide=walk').target.guide).toEqual({ id: 'walk', step: 0 });
    expect(decodeLink('/t/t/east?guide=walk&step=0').problems).toEqual(['the guide step in the link is not valid']);
    expect(decodeLink('/t/t/east?guide=Walk!').problems).toEqual(['the guide in the link is not valid']);
  });
});
