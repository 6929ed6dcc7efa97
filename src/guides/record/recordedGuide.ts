/**
 * The guide a recording makes, as a tour file holds it: its id and title from the time it was
 * recorded, one step per recorded step, and the narration of each step as a file beside tour.json
 * (`<guide>-01.webm`, `.ogg` or `.m4a`, as the browser recorded). Pure: the files' bytes travel
 * separately (saved to the studio or zipped).
 */
import type { Guide } from '../../tour/guide';
import { guideSteps, type Take } from './recordSteps';

export interface Narration {
  /** One recording per recorded step (null: nothing was heard, or the step had none). */
  clips: (Blob | null)[];
  /** The files' extension, from the type the browser recorded (`webm`, `ogg`, `m4a`: recordingType.ts). */
  extension: string;
}

export interface RecordedGuide {
  guide: Guide;
  /** The files the guide names, by name. */
  files: { name: string; blob: Blob }[];
}

const two = (n: number) => String(n).padStart(2, '0');

/** `recorded-2026-12-02-2215`: a guide id from the local time recording began. */
export const recordedId = (at: Date) =>
  `recorded-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}-${two(at.getHours())}${two(at.getMinutes())}`;

/** A guide id that `taken` does not hold yet (`-2`, `-3`… after it). */
export function freeGuideId(id: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(id)) return id;
  for (let n = 2; ; n++) if (!used.has(`${id}-${n}`)) return `${id}-${n}`;
}

export function recordedGuide(take: Take, end: number, narration: Narration | null, id: string, title: string): RecordedGuide {
  const { steps, parts } = guideSteps(take, end);
  const files: RecordedGuide['files'] = [];
  let first = 0;
  parts.forEach((count, i) => {
    const clip = narration?.clips[i];
    if (clip && clip.size > 0 && narration) {
      const name = `${id}-${two(i + 1)}.${narration.extension}`;
      files.push({ name, blob: clip });
      steps[first] = { ...steps[first]!, audio: name };
    }
    first += count;
  });
  return { guide: { id, title, steps }, files };
}

/** The guide with its files renamed (the studio may have kept an upload under another free name). */
export function renameFiles(guide: Guide, names: ReadonlyMap<string, string>): Guide {
  return { ...guide, steps: guide.steps.map((s) => (typeof s.audio === 'string' && names.has(s.audio) ? { ...s, audio: names.get(s.audio)! } : s)) };
}
