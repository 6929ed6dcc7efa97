/**
 * Recording a live visit as a guide, without a browser: the presenter's changes become steps (a camera
 * move is one step, a scene or card change starts one), each lasting until the next; a step longer
 * than the format allows is split; the narration files are named and attached; the guide validates
 * in a tour; the download is a zip of guide.json and the audio. The recording's type is the first
 * the browser records of Opus in WebM, Opus in Ogg and MP4 (Safari), its files named to match.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { LiveState } from '../../src/protocol/live';
import { addChange, guideSteps, newTake, SETTLE_MS, type Take } from '../../src/guides/record/recordSteps';
import { freeGuideId, recordedGuide, recordedId, renameFiles } from '../../src/guides/record/recordedGuide';
import { guideZip } from '../../src/guides/record/downloadGuide';
import { RECORDING_TYPES, recordingType } from '../../src/guides/record/recordingType';
import { AUDIO_TYPES } from '../../src/tour/audioTypes';
import { UPLOAD_TYPES } from '../../server/content/sniff';
import { validateTour } from '../../src/tour/validate';
import { validTour } from '../tour/fixtures';

const pano = (yaw: number, scene = 'east', card: string | null = null): LiveState => ({ scene, view: { kind: 'panorama', yaw, pitch: 0, fov: 70 }, card });

function play(changes: [number, LiveState][], first = pano(0)): { take: Take; newSteps: number[] } {
  let take = newTake(first);
  const newSteps: number[] = [];
  for (const [at, state] of changes) {
    const next = addChange(take, at, state);
    take = next.take;
    if (next.newStep) newSteps.push(at);
  }
  return { take, newSteps };
}

describe('steps from the presenter’s changes', () => {
  it('starts a step at each change, and lasts each until the next', () => {
    const { take, newSteps } = play([
      [1500, pano(30)],
      [3200, pano(30, 'east', 'pump')],
      [5000, pano(30)],
      [6400, pano(0, 'west')],
      [8000, pano(90, 'west')],
    ]);
    expect(newSteps).toEqual([1500, 3200, 5000, 6400, 8000]);
    const { steps, parts } = guideSteps(take, 9250);
    expect(steps.map((s) => s.duration)).toEqual([1.5, 1.7, 1.8, 1.4, 1.6, 1.25]);
    expect(steps.map((s) => [s.scene, s.card ?? null])).toEqual([['east', null], ['east', null], ['east', 'pump'], ['east', null], ['west', null], ['west', null]]);
    expect(steps[5]!.view).toEqual(pano(90, 'west').view);
    expect(parts).toEqual([1, 1, 1, 1, 1, 1]);
  });

  it('makes a camera move one step: its start kept, its last view taken; a pause ends the move', () => {
    const drag: [number, LiveState][] = [2000, 2050, 2100, 2150, 2200].map((at, i) => [at, pano(10 + i * 5)]);
    const pause = 2200 + SETTLE_MS + 10;
    const { take, newSteps } = play([...drag, [pause, pano(60)], [pause + 2 * SETTLE_MS, pano(62)]]);
    expect(newSteps).toEqual([2000, pause, pause + 2 * SETTLE_MS]);
    expect(take.steps[1]).toEqual({ start: 2000, state: pano(30) });
  });

  it('makes a hotspot’s turn and its card one step: a state held briefly was on the way', () => {
    const { take, newSteps } = play([
      [2000, pano(40)],
      [2000 + SETTLE_MS - 1, pano(40, 'east', 'pump')],
      [4000, pano(40)],
    ]);
    expect(newSteps).toEqual([2000, 4000]);
    expect(take.steps.map((s) => [s.start, s.state.card])).toEqual([[0, null], [2000, 'pump'], [4000, null]]);
  });

  it('joins a scene change with the view that arrives with it, ignores repeats, and merges changes close together', () => {
    const { take } = play([
      [1000, pano(0, 'west')],
      [1100, pano(45, 'west')],
      [1100, pano(45, 'west')],
      [3000, pano(45, 'west', 'gate')],
      [3000.4, pano(45, 'east')],
    ]);
    expect(take.steps).toEqual([
      { start: 0, state: pano(0) },
      { start: 1000, state: pano(45, 'west') },
      { start: 3000, state: pano(45, 'east') },
    ]);
  });

  it('splits a step longer than ten minutes into equal parts of the same view', () => {
    const { take } = play([[1000, pano(30)]]);
    const { steps, parts } = guideSteps(take, 1000 + 25 * 60_000);
    expect(parts).toEqual([1, 3]);
    expect(steps.slice(1).map((s) => s.duration)).toEqual([500, 500, 500]);
  });
});

describe('the recorded guide', () => {
  const { take } = play([
    [2000, pano(30)],
    [4000, pano(0, 'west')],
  ]);
  const clips = [new Blob(['a']), null, new Blob(['ccc'], { type: 'audio/webm' })];

  it('names one narration file per step and validates in a tour', () => {
    const { guide, files } = recordedGuide(take, 6000, { clips, extension: 'webm' }, 'recorded-1', 'Live visit');
    expect(files.map((f) => f.name)).toEqual(['recorded-1-01.webm', 'recorded-1-03.webm']);
    expect(guide.steps.map((s) => s.audio ?? null)).toEqual(['recorded-1-01.webm', null, 'recorded-1-03.webm']);
    const tour = { ...validTour(), guides: [guide] };
    expect(validateTour(tour).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const renamed = renameFiles(guide, new Map([['recorded-1-03.webm', 'recorded-1-03-2.webm']]));
    expect(renamed.steps.map((s) => s.audio ?? null)).toEqual(['recorded-1-01.webm', null, 'recorded-1-03-2.webm']);
  });

  it('records the steps alone without a microphone', () => {
    const { guide, files } = recordedGuide(take, 6000, null, 'recorded-1', 'Live visit');
    expect(files).toEqual([]);
    expect(guide.steps.every((s) => s.audio === undefined)).toBe(true);
  });

  it('takes an id from the time and one no guide of the tour has', () => {
    expect(recordedId(new Date(2026, 11, 2, 9, 5))).toBe('recorded-2026-12-02-0905');
    expect(freeGuideId('recorded', ['recorded', 'recorded-2'])).toBe('recorded-3');
    expect(freeGuideId('recorded', [])).toBe('recorded');
  });

  it('downloads as a zip of guide.json and the audio files', async () => {
    const recorded = recordedGuide(take, 6000, { clips, extension: 'webm' }, 'recorded-1', 'Live visit');
    const zip = unzipSync(new Uint8Array(await (await guideZip(recorded)).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['guide.json', 'recorded-1-01.webm', 'recorded-1-03.webm']);
    expect(JSON.parse(strFromU8(zip['guide.json']!))).toEqual(recorded.guide);
    expect(strFromU8(zip['recorded-1-03.webm']!)).toBe('ccc');
  });
});

describe('the recording type', () => {
  /** A browser's MediaRecorder.isTypeSupported that records `types`, and the types it was asked about, in order. */
  const browser = (...types: string[]) => {
    const asked: string[] = [];
    return { asked, isTypeSupported: (type: string) => (asked.push(type), types.includes(type)) };
  };

  it('is Opus in WebM where the browser records it (Chromium, Firefox), else Opus in Ogg, else MP4 (Safari), named to match', () => {
    const chromium = browser('audio/webm;codecs=opus', 'audio/webm', 'audio/mp4');
    expect(recordingType(chromium.isTypeSupported)).toEqual({ mimeType: 'audio/webm;codecs=opus', extension: 'webm' });
    expect(chromium.asked).toEqual(['audio/webm;codecs=opus']);
    expect(recordingType(browser('audio/ogg;codecs=opus', 'audio/webm;codecs=opus').isTypeSupported)?.extension).toBe('webm');
    expect(recordingType(browser('audio/ogg;codecs=opus').isTypeSupported)).toEqual({ mimeType: 'audio/ogg;codecs=opus', extension: 'ogg' });
    const safari = browser('audio/mp4', 'video/mp4');
    expect(recordingType(safari.isTypeSupported)).toEqual({ mimeType: 'audio/mp4', extension: 'm4a' });
    expect(safari.asked).toEqual(['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4']);
    // Nothing it can record: the steps are recorded without narration.
    expect(recordingType(browser('audio/wav').isTypeSupported)).toBeNull();
  });

  it('gives files every tour plays and the studio keeps as audio', () => {
    for (const { extension } of RECORDING_TYPES) {
      expect(AUDIO_TYPES[`.${extension}`], extension).toBeDefined();
      expect(UPLOAD_TYPES[`.${extension}`]?.kind, extension).toBe('audio');
    }
  });

  it('names Safari’s recordings .m4a in the guide, the zip and the tour', async () => {
    const { take } = play([[2000, pano(30)]]);
    const recorded = recordedGuide(take, 4000, { clips: [new Blob(['m4a one'], { type: 'audio/mp4' }), new Blob(['m4a two'], { type: 'audio/mp4' })], extension: 'm4a' }, 'recorded-2', 'Live visit');
    expect(recorded.guide.steps.map((s) => s.audio)).toEqual(['recorded-2-01.m4a', 'recorded-2-02.m4a']);
    expect(recorded.files.map((f) => [f.name, f.blob.type])).toEqual([['recorded-2-01.m4a', 'audio/mp4'], ['recorded-2-02.m4a', 'audio/mp4']]);
    const zip = unzipSync(new Uint8Array(await (await guideZip(recorded)).arrayBuffer()));
    expect(Object.keys(zip).sort()).toEqual(['guide.json', 'recorded-2-01.m4a', 'recorded-2-02.m4a']);
    expect(JSON.parse(strFromU8(zip['guide.json']!)).steps.map((s: { audio: string }) => s.audio)).toEqual(['recorded-2-01.m4a', 'recorded-2-02.m4a']);
    expect(validateTour({ ...validTour(), guides: [recorded.guide] }).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
