/**
 * The demo guides and their committed narration (scripts/demo-narration.ts):
 * the pilot hall's guide goes through every scene in about five minutes in
 * en, sv and fi; the Northern Sweden guide ends in Örnsköldsvik and goes on
 * into the pilot hall's guide; every step has Ogg/Opus audio and WebVTT
 * captions per language, the captions parse and end within their audio; the
 * audio stays small.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateTour } from '../../src/tour/validate';
import { parseVtt } from '../../src/guides/player/vtt';
import type { Tour } from '../../src/tour/schema';

const tourDir = (id: string) => fileURLToPath(new URL(`../../public/tours/${id}/`, import.meta.url));
async function tour(id: string): Promise<Tour> {
  const result = validateTour(JSON.parse(await readFile(`${tourDir(id)}tour.json`, 'utf8')));
  if (!result.ok) throw new Error(`${id} is invalid`);
  return result.tour;
}

/** An Ogg/Opus file's length in seconds: the last page's granule position at 48 kHz, less the pre-skip. */
function oggSeconds(file: Buffer): number {
  const last = file.lastIndexOf('OggS');
  const preSkip = file.readUInt16LE(file.indexOf('OpusHead') + 10);
  return (Number(file.readBigUInt64LE(last + 6)) - preSkip) / 48000;
}

/** Per language: the guide's narration in seconds, and its audio bytes. */
async function narration(id: string, guideIndex = 0) {
  const t = await tour(id);
  const guide = t.guides![guideIndex]!;
  const out: Record<string, { seconds: number; bytes: number }> = {};
  for (const [i, step] of guide.steps.entries()) {
    expect(typeof step.audio, `step ${i + 1}`).toBe('object');
    for (const language of ['en', 'sv', 'fi']) {
      const audio = await readFile(tourDir(id) + (step.audio as Record<string, string>)[language]);
      expect(audio.subarray(0, 4).toString(), `step ${i + 1} ${language}`).toBe('OggS');
      const seconds = oggSeconds(audio);
      const vtt = await parseVtt(await readFile(tourDir(id) + step.captions![language]!, 'utf8'));
      expect(vtt.ok && vtt.cues.length > 0 && vtt.cues.at(-1)!.end <= seconds + 0.05, `captions of step ${i + 1} ${language}`).toBe(true);
      out[language] = { seconds: (out[language]?.seconds ?? 0) + seconds, bytes: (out[language]?.bytes ?? 0) + audio.length };
    }
  }
  return { tour: t, guide, out };
}

describe('demo guides', () => {
  it('the pilot hall guide visits every scene in about five minutes in each language', async () => {
    const { tour: t, guide, out } = await narration('processum');
    expect(new Set(guide.steps.map((s) => s.scene))).toEqual(new Set(t.scenes.map((s) => s.id)));
    for (const language of ['en', 'sv', 'fi']) expect(out[language]!.seconds, language).toBeGreaterThan(4 * 60);
    for (const language of ['en', 'sv', 'fi']) expect(out[language]!.seconds, language).toBeLessThan(6 * 60);
  });

  it('the Northern Sweden guide ends in Örnsköldsvik and continues with the pilot hall guide', async () => {
    const { guide, out } = await narration('northern-sweden');
    expect(guide.steps.at(-1)!.scene).toBe('ornskoldsvik');
    const processum = await tour('processum');
    expect(guide.next).toEqual({ tour: 'processum', scene: 'hall', guide: processum.guides![0]!.id });
    expect(out.en!.seconds).toBeGreaterThan(60);
  });

  it('keeps the committed narration small: all of it under 2 MB', async () => {
    const sizes = await Promise.all(['processum', 'northern-sweden'].map((id) => narration(id)));
    const bytes = sizes.reduce((sum, { out }) => sum + Object.values(out).reduce((s, v) => s + v.bytes, 0), 0);
    expect(bytes).toBeLessThan(2 * 1024 * 1024);
  });
});
