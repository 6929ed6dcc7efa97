/**
 * Times of the captions the studio writes: a step's caption text (a cue per paragraph) shared over
 * the step's time, and WebVTT's way of writing a time. Pure.
 */
import { tidyLines } from './cueText';

/** A caption's words and its time, seconds from the start of the step's narration. */
export interface TimedText {
  start: number;
  end: number;
  text: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** `hh:mm:ss.ttt` */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  return `${two(Math.floor(ms / 3_600_000))}:${two(Math.floor(ms / 60_000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, '0')}`;
}

/** A caption text's paragraphs (split at blank lines), lines trimmed: one cue each. */
export const paragraphsOf = (text: string): string[] =>
  text
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map(tidyLines)
    .filter((p) => p !== '');

/**
 * A step's caption text as cues over its `seconds`: each paragraph (split at blank lines) is one
 * cue, and the paragraphs share the time in proportion to their length, as speech would.
 */
export function captionCues(text: string, seconds: number): TimedText[] {
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
