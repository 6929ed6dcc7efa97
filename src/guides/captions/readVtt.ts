/**
 * Reads guide captions (WebVTT) for the player, the studio and `npm run validate`: the file's blocks
 * as written (vttBlocks.ts), each cue read by media-captions — its times, its settings, its text
 * with markup (voice, italics, classes, language) as a tree. Each cue is read on its own, so every
 * cue keeps its own block and a problem names its line. A file that cannot be read says why;
 * settings a browser would ignore are warnings.
 */
import { parseText, parseVTTTimestamp, tokenizeVTTCue, type VTTNode } from 'media-captions';
import { plainText } from './cueText';
import { splitVtt, type RawBlock } from './vttBlocks';

export interface VttCue {
  kind: 'cue';
  /** The block as written (identifier, times and settings, text): written back as it is while the cue is unchanged. */
  lines: string[];
  /** The identifier line as written; '' when the cue has none. */
  id: string;
  /** Seconds from the start of the narration. */
  start: number;
  end: number;
  /** The cue settings as written after the times (`line:10% align:start`); '' when none. */
  settings: string;
  /** The cue's text as written, a line each, markup and all. */
  payload: string[];
  /** The cue's text as a tree: text, voice (`v`), `i`, `b`, `u`, class (`c`), `lang`, `ruby`, timestamps. */
  nodes: VTTNode[];
  /** The words alone (plainText): what the studio's caption text shows. */
  text: string;
}

/** A comment, or the style sheet or a region of the cues, kept as written. */
export interface VttOtherBlock {
  kind: 'note' | 'style' | 'region';
  lines: string[];
}

export type VttBlock = VttCue | VttOtherBlock;

export interface VttDocument {
  /** The WEBVTT line and the lines under it, as written. */
  header: string[];
  blocks: VttBlock[];
  /** The file's line break. */
  newline: string;
}

export type VttRead = { ok: true; doc: VttDocument; warnings: string[] } | { ok: false; message: string };

const OTHER = /^(NOTE|STYLE|REGION)(?:[ \t]|$)/;
const TIMES = /^\s*(\S+)\s*-->\s*(\S+)/;
/** A time as browsers' own WebVTT parsers take it (media-captions also takes `00:01` or `00:01.5`; a card video's <track> would drop that cue). */
const STRICT_TIME = /^(?:\d{2,}:)?[0-5]\d:[0-5]\d\.\d{3}$/;
/** What follows the end time on a timing line. */
const SETTINGS = /-->\s*\S+\s*(.*)$/;

export async function readVtt(source: string): Promise<VttRead> {
  const split = splitVtt(source);
  if (!split.ok) return split;
  const warnings: string[] = [];
  const blocks: VttBlock[] = [];
  for (const block of split.layout.blocks) {
    const other = OTHER.exec(block.lines[0]!);
    if (other) {
      blocks.push({ kind: other[1]!.toLowerCase() as VttOtherBlock['kind'], lines: block.lines });
      continue;
    }
    const cue = await readCue(block, warnings);
    if (typeof cue === 'string') return { ok: false, message: cue };
    blocks.push(cue);
  }
  return { ok: true, doc: { header: split.layout.header, blocks, newline: split.layout.newline }, warnings };
}

/** One cue block, or why it cannot be read. */
async function readCue({ lines, line }: RawBlock, warnings: string[]): Promise<VttCue | string> {
  const at = lines[0]!.includes('-->') ? 0 : 1;
  const timing = lines[at];
  if (timing === undefined || !timing.includes('-->')) {
    return `line ${line + at}: expected a cue's times ("00:00.000 --> 00:02.500") or a NOTE, STYLE or REGION block, not "${(timing ?? lines[0]!).slice(0, 60)}"`;
  }
  const next = lines.findIndex((l, i) => i > at && l.includes('-->'));
  if (next !== -1) return `line ${line + next}: an empty line must come before the next cue's times`;
  // media-captions numbers the lines of what it is given: the block comes third.
  const parsed = await parseText(['WEBVTT', '', ...lines].join('\n'), { type: 'vtt', errors: true });
  const where = (l: number) => `line ${line + l - 3}`;
  const reason = (error: Error) => error.message.replace(/ on line \d+/, '');
  const cue = parsed.cues[0];
  if (!cue) {
    const first = parsed.errors[0];
    if (first) return `${where(first.line)}: ${reason(first)}`;
    // media-captions drops a cue that does not end after it starts, and says nothing.
    const [, from = '', to = ''] = TIMES.exec(timing) ?? [];
    const ends = [parseVTTTimestamp(from), parseVTTTimestamp(to)];
    return ends[0] !== null && ends[1] !== null ? `line ${line + at}: the cue must end after it starts ("${timing.slice(0, 60)}")` : `line ${line + at}: expected "00:00.000 --> 00:02.500", not "${timing.slice(0, 60)}"`;
  }
  const loose = (TIMES.exec(timing) ?? []).slice(1).find((time) => !STRICT_TIME.test(time));
  if (loose !== undefined) return `line ${line + at}: "${loose}" is not a WebVTT time: write it as mm:ss.ttt or hh:mm:ss.ttt ("00:01.500")`;
  for (const error of parsed.errors) warnings.push(`${where(error.line)}: ${reason(error)}`);
  const nodes = tokenizeVTTCue(cue);
  return {
    kind: 'cue',
    lines,
    id: at === 1 ? lines[0]! : '',
    start: cue.startTime,
    end: cue.endTime,
    settings: SETTINGS.exec(timing)?.[1]?.trim() ?? '',
    payload: lines.slice(at + 1),
    nodes,
    text: plainText(nodes),
  };
}
