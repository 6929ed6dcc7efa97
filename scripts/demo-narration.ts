/**
 * Speaks the demo guides' narration: `npm run demo:narration`.
 *
 * For every step of the pilot hall's guide and the Northern Sweden guide
 * (scripts/demo/processumGuide.ts, northernSwedenGuide.ts) and every language
 * (en, sv, fi), Debian's `espeak-ng` speaks the step's text phrase by phrase;
 * the phrases are joined with short pauses into one Ogg/Opus file
 * (`opusenc`, mono speech at 10 kbit/s) and each phrase becomes a WebVTT cue
 * timed from the samples, so the captions follow the voice exactly.
 *
 * Needs `espeak-ng` and `opus-tools` (apt-get install espeak-ng opus-tools);
 * nothing else does: the files are committed and are not part of
 * `npm run demo:check`, since their bytes depend on the synthesizer's version.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { ROOT } from './demo/config';
import { LANGUAGES, type Language, type NarratedGuide, PROCESSUM_GUIDE, narrationFile } from './demo/processumGuide';
import { northernSwedenGuide } from './demo/northernSwedenGuide';
import { SITES, type Site } from './demo/sites';
import { NS_TOUR_ID } from './demo/northernSwedenTour';
import { parseVtt } from '../src/guides/player/vtt';

const VOICE: Record<Language, string> = { en: 'en-gb', sv: 'sv', fi: 'fi' };
/** Words a minute: a little slower than espeak's default, for listeners in a second language. */
const SPEED = 150;
const BITRATE_KBPS = 10;
/** Silence between sentences and between the phrases of one sentence, seconds. */
const SENTENCE_PAUSE = 0.45;
const PHRASE_PAUSE = 0.15;
/** Captions longer than this are cut at a comma, colon or semicolon (two short lines on a phone). */
const MAX_CUE_CHARS = 90;

/** Sentences, and long sentences cut into phrases; `end` marks a sentence's last phrase. */
export function phrases(text: string): { text: string; end: boolean }[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=[A-ZÅÄÖ"(])/u);
  return sentences.flatMap((sentence) => {
    const parts: string[] = [];
    let rest = sentence;
    while (rest.length > MAX_CUE_CHARS) {
      const cuts = [...rest.slice(0, MAX_CUE_CHARS).matchAll(/[,;:](?=\s)/g)].map((m) => m.index);
      const at = cuts.filter((i) => i > 25).pop();
      if (at === undefined) break;
      parts.push(rest.slice(0, at + 1));
      rest = rest.slice(at + 1).trim();
    }
    parts.push(rest);
    return parts.map((p, i) => ({ text: p, end: i === parts.length - 1 }));
  });
}

/** espeak-ng's 16-bit mono WAV: its sample rate and its samples (the header's data size is not to be trusted on stdout). */
function speak(text: string, language: Language): { rate: number; pcm: Buffer } {
  const wav = execFileSync('espeak-ng', ['-v', VOICE[language], '-s', String(SPEED), '--stdout', text], { maxBuffer: 64 * 1024 * 1024 });
  const rate = wav.readUInt32LE(24);
  let at = 12;
  while (at + 8 <= wav.length && wav.toString('ascii', at, at + 4) !== 'data') at += 8 + wav.readUInt32LE(at + 4);
  return { rate, pcm: wav.subarray(at + 8) };
}

function wavFile(rate: number, pcm: Buffer): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + pcm.length, 4);
  header.write('WAVEfmt ', 8, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(pcm.length, 40);
  return Buffer.concat([header, pcm]);
}

const stamp = (s: number) => {
  const ms = Math.round(s * 1000);
  return `${String(Math.floor(ms / 60000)).padStart(2, '0')}:${String(Math.floor(ms / 1000) % 60).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
};

/** One step in one language: the audio (PCM) and its captions. */
function narrate(text: string, language: Language): { rate: number; pcm: Buffer; vtt: string; seconds: number } {
  const chunks: Buffer[] = [];
  const cues: string[] = [];
  let rate = 22050;
  let samples = 0;
  for (const phrase of phrases(text)) {
    const spoken = speak(phrase.text, language);
    rate = spoken.rate;
    const start = samples / rate;
    chunks.push(spoken.pcm);
    samples += spoken.pcm.length / 2;
    cues.push(`${stamp(start)} --> ${stamp(samples / rate)}\n${phrase.text}`);
    const pause = Math.round((phrase.end ? SENTENCE_PAUSE : PHRASE_PAUSE) * rate);
    chunks.push(Buffer.alloc(pause * 2));
    samples += pause;
  }
  return { rate, pcm: Buffer.concat(chunks), vtt: `WEBVTT\n\n${cues.join('\n\n')}\n`, seconds: samples / rate };
}

async function writeGuide(guide: NarratedGuide, tourDir: string, scratch: string): Promise<{ bytes: number; seconds: Record<Language, number> }> {
  let bytes = 0;
  const seconds = { en: 0, sv: 0, fi: 0 };
  for (const [i, step] of guide.steps.entries()) {
    for (const language of LANGUAGES) {
      const { rate, pcm, vtt, seconds: length } = narrate(step.narration[language], language);
      const parsed = await parseVtt(vtt);
      if (!parsed.ok) throw new Error(`${guide.id} step ${i + 1} ${language}: ${parsed.message}`);
      const ogg = join(tourDir, narrationFile(guide.id, i, language, 'ogg'));
      mkdirSync(dirname(ogg), { recursive: true });
      const wav = join(scratch, 'step.wav');
      writeFileSync(wav, wavFile(rate, pcm));
      // A fixed serial number: the same synthesizer gives the same bytes.
      execFileSync('opusenc', ['--quiet', '--speech', '--bitrate', String(BITRATE_KBPS), '--serial', String(1000 + i), '--padding', '0', wav, ogg]);
      writeFileSync(join(tourDir, narrationFile(guide.id, i, language, 'vtt')), vtt);
      bytes += statSync(ogg).size;
      seconds[language] += length;
    }
  }
  return { bytes, seconds };
}

const isMain = process.argv[1] !== undefined && relative(process.argv[1], new URL(import.meta.url).pathname) === '';
if (isMain) {
  const scratch = mkdtempSync(join(tmpdir(), 'narration-'));
  try {
    const sites: Record<string, Site> = {};
    for (const build of SITES) {
      const site = build();
      sites[site.id] = site;
    }
    const jobs: [NarratedGuide, string][] = [
      [PROCESSUM_GUIDE, join(ROOT, 'public/tours/processum')],
      [northernSwedenGuide(sites), join(ROOT, 'public/tours', NS_TOUR_ID)],
    ];
    let total = 0;
    for (const [guide, dir] of jobs) {
      rmSync(join(dir, 'narration', guide.id), { recursive: true, force: true });
      const { bytes, seconds } = await writeGuide(guide, dir, scratch);
      total += bytes;
      const lengths = LANGUAGES.map((l) => `${l} ${Math.floor(seconds[l] / 60)}:${String(Math.round(seconds[l] % 60)).padStart(2, '0')}`).join(', ');
      console.log(`${relative(ROOT, join(dir, 'narration', guide.id))}: ${guide.steps.length} steps × 3 languages, ${lengths}; audio ${(bytes / 1024).toFixed(0)} kB`);
    }
    console.log(`all narration audio: ${(total / 1024).toFixed(0)} kB`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
