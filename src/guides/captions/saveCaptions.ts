/**
 * The studio's "Save captions": a step's caption text as edited in a text box (words only, a
 * paragraph per cue) written over the file it was read from, keeping everything the editor did not
 * change as the author wrote it — the header; NOTE, STYLE and REGION blocks; every cue whose words
 * are unchanged, byte for byte. A cue whose words changed keeps its identifier, times, settings and
 * speaker (a cue one voice speaks stays that voice's); the rest of its markup went with its old words.
 * With as many paragraphs as cues each paragraph is its cue's. Otherwise the paragraphs share the
 * step's time anew (`retimed`), and a paragraph whose words a cue had keeps that cue's identifier,
 * settings and markup at its new time. Pure.
 */
import { escapeCueText } from './cueText';
import type { VttCue, VttDocument } from './readVtt';
import { captionCues, paragraphsOf, vttTime, type TimedText } from './timing';

export interface SavedCaptions {
  /** The file to write. */
  vtt: string;
  /** Whether the cues were timed anew (their number changed, so their times could not be kept). */
  retimed: boolean;
}

const NEW_FILE: VttDocument = { header: ['WEBVTT'], blocks: [], newline: '\n' };

/** The cues the caption text shows: those with words (a cue without stays in the file as it is). */
const shownCues = (doc: VttDocument): VttCue[] => doc.blocks.filter((b): b is VttCue => b.kind === 'cue' && b.text !== '');

/** A file's caption text as the studio shows it: a paragraph per cue. */
export const captionText = (doc: VttDocument): string =>
  shownCues(doc)
    .map((cue) => cue.text)
    .join('\n\n');

/** The cue's opening `<v Anna>` as written, when one voice speaks the whole cue (and whether it was closed). */
function voiceOf(cue: VttCue): { open: string; closed: boolean } | null {
  const spoken = cue.nodes.filter((node) => node.type !== 'text' || node.data.trim() !== '');
  if (spoken.length !== 1 || spoken[0]!.type !== 'v') return null;
  const open = /^\s*(<v[^>]*>)/.exec(cue.payload[0] ?? '')?.[1];
  return open ? { open, closed: /<\/v>\s*$/.test(cue.payload.at(-1) ?? '') } : null;
}

/** The cue's block with new words, in its voice if it had one. */
function reworded(cue: VttCue, words: string): string[] {
  const lines = escapeCueText(words).split('\n');
  const voice = voiceOf(cue);
  if (voice) {
    lines[0] = voice.open + lines[0]!;
    if (voice.closed) lines[lines.length - 1] += '</v>';
  }
  return [...cue.lines.slice(0, cue.lines.length - cue.payload.length), ...lines];
}

const timingLine = ({ start, end }: TimedText, settings: string) => `${vttTime(start)} --> ${vttTime(end)}${settings ? ` ${settings}` : ''}`;

/** The cues timed anew, the other blocks each after the cue it followed (those before the first cue stay first). */
function retimedBlocks(doc: VttDocument, cues: VttCue[], timed: TimedText[]): string[][] {
  // A paragraph with a cue's words takes that cue (the first one not taken yet).
  const free = new Set(cues);
  const taken = timed.map((t) => {
    const cue = cues.find((c) => free.has(c) && c.text === t.text) ?? null;
    if (cue) free.delete(cue);
    return cue;
  });
  // Identifiers stay unique: a new cue is numbered by its place unless a cue that stays has that number.
  const staying = new Set(doc.blocks.flatMap((b) => (b.kind === 'cue' && b.id !== '' && (!cues.includes(b) || taken.includes(b)) ? [b.id] : [])));
  const after = new Map<number, string[][]>();
  let place = -1;
  for (const block of doc.blocks) {
    if (block.kind === 'cue' && cues.includes(block)) {
      const at = taken.indexOf(block);
      place = at !== -1 ? at : Math.min(cues.indexOf(block), timed.length - 1);
    } else after.set(place, [...(after.get(place) ?? []), block.lines]);
  }
  const blocks = [...(after.get(-1) ?? [])];
  timed.forEach((t, i) => {
    const cue = taken[i];
    const id = cue ? cue.id : staying.has(String(i + 1)) ? '' : String(i + 1);
    blocks.push([...(id ? [id] : []), timingLine(t, cue?.settings ?? ''), ...(cue ? cue.payload : escapeCueText(t.text).split('\n'))]);
    blocks.push(...(after.get(i) ?? []));
  });
  return blocks;
}

const written = (doc: VttDocument, blocks: string[][]) =>
  [doc.header, ...blocks].map((lines) => lines.join(doc.newline)).join(doc.newline + doc.newline) + doc.newline;

/** `doc`: the file the text was read from (null: the step has none yet); `seconds`: the step's duration. */
export function saveCaptions(doc: VttDocument | null, text: string, seconds: number): SavedCaptions {
  const file = doc ?? NEW_FILE;
  const cues = shownCues(file);
  const paragraphs = paragraphsOf(text);
  if (cues.length > 0 && paragraphs.length === cues.length) {
    const words = new Map(cues.map((cue, i) => [cue, paragraphs[i]!]));
    const blocks = file.blocks.map((block) => {
      const now = block.kind === 'cue' ? words.get(block) : undefined;
      return block.kind === 'cue' && now !== undefined && now !== block.text ? reworded(block, now) : block.lines;
    });
    return { vtt: written(file, blocks), retimed: false };
  }
  // A paragraph too short for a millisecond of the step would be a cue that ends as it starts.
  const timed = captionCues(text, seconds).filter((t) => t.end > t.start);
  return { vtt: written(file, retimedBlocks(file, cues, timed)), retimed: cues.length > 0 && paragraphs.length > 0 };
}
