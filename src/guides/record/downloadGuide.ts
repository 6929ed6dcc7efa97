/**
 * Without the studio, the recording is one download: a zip of guide.json and the narration files,
 * to put beside a tour.json (and the guide into its `guides`). Audio is stored, not compressed
 * (Opus does not shrink). guide.json is written as the studio would write the guide into tour.json
 * (views rounded as links round them, a step a line).
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { GUIDE_PATH, standardForm, tourJsonText } from '../../tour/tourJson';
import type { RecordedGuide } from './recordedGuide';

export async function guideZip(recorded: RecordedGuide): Promise<Blob> {
  const entries: Zippable = { 'guide.json': strToU8(`${tourJsonText(standardForm(recorded.guide), GUIDE_PATH)}\n`) };
  for (const file of recorded.files) entries[file.name] = [new Uint8Array(await file.blob.arrayBuffer()), { level: 0 }];
  // fflate's bytes are always on an ArrayBuffer of their own.
  return new Blob([zipSync(entries) as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}

export async function downloadGuide(recorded: RecordedGuide): Promise<void> {
  const url = URL.createObjectURL(await guideZip(recorded));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${recorded.guide.id}.zip`;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own copy once it started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
