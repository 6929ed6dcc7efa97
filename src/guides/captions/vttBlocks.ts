/**
 * A WebVTT file cut into its blocks, each kept line for line as written: the header (the WEBVTT line
 * and any lines under it), then the blocks between blank lines — cues, and NOTE, STYLE and REGION
 * blocks. Only the file's layout is read here, so that what the studio did not change can be written
 * back byte for byte; what a cue's lines mean (times, settings, markup) is media-captions' to read
 * (readVtt.ts). Pure.
 */

export interface RawBlock {
  /** The block's lines as written. */
  lines: string[];
  /** The number of its first line in the file (from 1), for messages. */
  line: number;
}

export interface VttLayout {
  /** The WEBVTT line (with any byte order mark and title) and the lines under it, as written. */
  header: string[];
  blocks: RawBlock[];
  /** The file's line break (its first one), which a rewrite keeps. */
  newline: string;
}

export type LayoutResult = { ok: true; layout: VttLayout } | { ok: false; message: string };

const LINE_BREAK = /\r\n|\r|\n/;
const SIGNATURE = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;
// White space alone separates blocks too: a cue cannot hold an empty line, and an editor may leave spaces.
const blank = (line: string) => line.trim() === '';

export function splitVtt(source: string): LayoutResult {
  const lines = source.split(LINE_BREAK);
  if (!SIGNATURE.test(lines[0] ?? '')) return { ok: false, message: 'a WebVTT file starts with "WEBVTT"' };
  let i = 0;
  const header: string[] = [];
  for (; i < lines.length && !blank(lines[i]!); i++) {
    if (i > 0 && lines[i]!.includes('-->')) return { ok: false, message: `line ${i + 1}: an empty line must come between the WEBVTT line and the first cue` };
    header.push(lines[i]!);
  }
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (blank(line)) {
      current = null;
      continue;
    }
    if (!current) {
      current = { lines: [], line: i + 1 };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return { ok: true, layout: { header, blocks, newline: LINE_BREAK.exec(source)?.[0] ?? '\n' } };
}
