/**
 * Writes guide captions as WebVTT, the counterpart of vtt.ts (which reads them back): the studio
 * turns a step's caption text into cues over the step's time. Pure.
 */
import type { Cue } from './vtt';

const two = (n: number) => String(n).padStart(2, '0');

/** `hh:mm:ss.ttt` */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  return `${two(Math.floor(ms / 3_600_000))}:${two(Math.floor(ms / 60_000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`;
}

/** Cue text as WebVTT holds it: no blank line (which would end the cue), markup characters escaped. */
const cueText = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');

export function writeVtt(cues: Cue[]): string {
  const body = cues
    .map((cue) => ({ ...cue, text: cueText(cue.text) }))
    .filter((cue) => cue.text !== '' && cue.end > cue.start)
    .map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${cue.text}\n`);
  return ['WEBVTT\n', ...body].join('\n');
}

/** A caption text's paragraphs (split at blank lines): one cue each. */
const paragraphsOf = (text: string) =>
  text
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((p) => p.trim())
    .filter((p) => p !== '');

/**
 * A step's caption text as cues over its `seconds`: each paragraph (split at blank lines) is one
 * cue, and the paragraphs share the time in proportion to their length, as speech would.
 */
export function captionCues(text: string, seconds: number): Cue[] {
  const paragraphs = paragraphsOf(text);
  const total = paragraphs.reduce((sum, p) => sum + p.length, 0);
  let at = 0;
  return paragraphs.map((p, i) => {
    const end = i === paragraphs.length - 1 ? seconds : at + (seconds * p.length) / total;
    const cue = { start: Math.round(at * 1000) / 1000, end: Math.round(end * 1000) / 1000, text: p };
    at = end;
    return cue;
  });
}

/**
 * An edited caption text as cues. With as many paragraphs as the step's current cues (`timed`,
 * perhaps timed by hand to the narration), each paragraph takes the time of its cue: editing the
 * words keeps the timing. Otherwise the paragraphs share the step's time anew (`retimed`: there
 * were timings, and they could not be kept).
 */
export function editedCaptionCues(text: string, seconds: number, timed: Cue[]): { cues: Cue[]; retimed: boolean } {
  const paragraphs = paragraphsOf(text);
  if (timed.length > 0 && paragraphs.length === timed.length) return { cues: timed.map((cue, i) => ({ ...cue, text: paragraphs[i]! })), retimed: false };
  return { cues: captionCues(text, seconds), retimed: timed.length > 0 && paragraphs.length > 0 };
}
