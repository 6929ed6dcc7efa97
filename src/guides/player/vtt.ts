/**
 * A small WebVTT reader for guide captions: cue times and text (tags such as
 * <v Speaker> and <i> are dropped; settings after the times are ignored).
 * Pure: the player and `npm run validate` share it. Reports the first line it
 * cannot read instead of throwing.
 */
export interface Cue {
  /** Seconds from the start of the step's narration. */
  start: number;
  end: number;
  text: string;
}

export type VttResult = { ok: true; cues: Cue[] } | { ok: false; message: string };

const TIME = /^(?:(\d+):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

function seconds(text: string): number | null {
  const m = TIME.exec(text.trim());
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
}

/** The character references WebVTT cue text uses (writeVtt.ts writes them for `&`, `<` and `>`). */
const REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };
const decodeReferences = (text: string) => text.replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => REFERENCES[name]!);

export function parseVtt(source: string): VttResult {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) return { ok: false, message: 'a WebVTT file starts with "WEBVTT"' };
  const cues: Cue[] = [];
  let i = 1;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '' || /^(NOTE|STYLE|REGION)\b/.test(line)) {
      // skip a blank line, or a whole NOTE/STYLE/REGION block
      if (line.trim() !== '') while (i < lines.length && lines[i]!.trim() !== '') i++;
      i++;
      continue;
    }
    // an optional cue identifier, then the timing line
    const timing = line.includes('-->') ? line : lines[++i] ?? '';
    const [from, rest] = timing.split('-->');
    const start = seconds(from ?? '');
    const end = seconds((rest ?? '').trim().split(/\s+/)[0] ?? '');
    if (start === null || end === null || end < start) return { ok: false, message: `line ${i + 1}: expected "00:00.000 --> 00:02.500", not "${timing.slice(0, 60)}"` };
    const text: string[] = [];
    for (i++; i < lines.length && lines[i]!.trim() !== ''; i++) text.push(decodeReferences(lines[i]!.replace(/<[^>]*>/g, '')));
    cues.push({ start, end, text: text.join('\n') });
  }
  return { ok: true, cues };
}

/** The cue showing at `time` seconds, or null. */
export const cueAt = (cues: Cue[], time: number): Cue | null => cues.find((c) => time >= c.start && time < c.end) ?? null;
