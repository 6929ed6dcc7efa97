/**
 * A step's captions as the player shows them: each cue's time, its words, and its text as a tree
 * (voice, italics and the rest of WebVTT's markup), read by readVtt.ts (which `npm run validate`
 * shares). A file that cannot be read says why instead of throwing.
 */
import type { VTTNode } from 'media-captions';
import { readVtt } from '../captions/readVtt';

export interface Cue {
  /** Seconds from the start of the step's narration. */
  start: number;
  end: number;
  /** The words alone, without markup. */
  text: string;
  /** The text with its markup, as CueText.tsx shows it. */
  nodes: VTTNode[];
}

export type VttResult = { ok: true; cues: Cue[] } | { ok: false; message: string };

export async function parseVtt(source: string): Promise<VttResult> {
  const read = await readVtt(source);
  if (!read.ok) return read;
  return { ok: true, cues: read.doc.blocks.flatMap((b) => (b.kind === 'cue' ? [{ start: b.start, end: b.end, text: b.text, nodes: b.nodes }] : [])) };
}

/** The cue showing at `time` seconds, or null. */
export const cueAt = (cues: Cue[], time: number): Cue | null => cues.find((c) => time >= c.start && time < c.end) ?? null;
