/** Sound and video in the tour schema: card audio with transcript, card video with captions, ambient sound, per-language narration, a guide's continuation. */
import { describe, expect, it } from 'vitest';
import type { TourInput } from '../../src/tour/schema';
import { validateTour } from '../../src/tour/validate';
import { listAssets } from '../../src/tour/assets';
import { validTour } from './fixtures';

const check = (patch: (t: TourInput & Record<string, unknown>) => void) => {
  const tour = validTour() as TourInput & Record<string, unknown>;
  patch(tour);
  return validateTour(JSON.parse(JSON.stringify(tour)));
};
const errors = (result: ReturnType<typeof validateTour>) => result.problems.filter((p) => p.severity === 'error').map((p) => p.path);
const card = (t: TourInput) => t.scenes[0]!.hotspots![0] as Record<string, unknown>;

describe('media in the tour schema', () => {
  it('accepts card audio and video, ambient sound, per-language narration and a next guide, and lists their files', () => {
    const result = check((t) => {
      Object.assign(card(t), { audio: { src: { en: 'a.en.ogg', sv: 'a.sv.ogg' }, transcript: { en: 'Hi', sv: 'Hej' } }, video: { src: 'v.webm', captions: { en: 'v.en.vtt' }, poster: 'v.jpg' } });
      Object.assign(t.scenes[1]!, { ambient: { src: 'hum.ogg', volume: 0.3 } });
      t.guides = [{ id: 'g', title: 'G', steps: [{ scene: 'hall', duration: 3, audio: { en: '1.en.ogg' }, captions: { en: '1.en.vtt' } }], next: { tour: 'other', scene: 'yard', guide: 'walk' } }];
    });
    expect(errors(result)).toEqual([]);
    if (!result.ok) return;
    const paths = listAssets(result.tour).map((r) => `${r.path}=${r.url}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'scenes[0].hotspots[0].audio.src.en=a.en.ogg',
        'scenes[0].hotspots[0].video.src=v.webm',
        'scenes[0].hotspots[0].video.poster=v.jpg',
        'scenes[0].hotspots[0].video.captions.en=v.en.vtt',
        'scenes[1].ambient.src=hum.ogg',
        'guides[0].steps[0].audio.en=1.en.ogg',
        'guides[0].steps[0].captions.en=1.en.vtt',
      ]),
    );
    // Sound, video and captions are media (the viewer does not check them at load; their players report a missing one); scene files are not.
    const media = listAssets(result.tour).filter((r) => r.media).map((r) => r.path);
    expect(media).toHaveLength(paths.filter((p) => /audio|video|captions|ambient/.test(p)).length);
    expect(media.some((p) => /\.(image|model|tiles)$/.test(p))).toBe(false);
  });

  it('refuses YouTube and Vimeo as video files (they are links), audio without a transcript, and a volume above 1', () => {
    for (const src of ['https://www.youtube.com/watch?v=x', 'https://youtu.be/x', 'https://player.vimeo.com/video/1']) {
      const result = check((t) => Object.assign(card(t), { video: { src } }));
      expect(result.problems.find((p) => p.path === 'scenes[0].hotspots[0].video.src')?.message).toMatch(/cannot be embedded/);
    }
    expect(errors(check((t) => Object.assign(card(t), { audio: { src: 'a.ogg' } })))).toEqual(['scenes[0].hotspots[0].audio.transcript']);
    expect(errors(check((t) => Object.assign(t.scenes[0]!, { ambient: { src: 'hum.ogg', volume: 2 } })))).toEqual(['scenes[0].ambient.volume']);
  });
});
