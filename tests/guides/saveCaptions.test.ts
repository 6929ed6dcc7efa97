/**
 * The studio's "Save captions" (the Guides panel's save path: readVtt → the caption text shown →
 * edited → saveCaptions): what the editor did not change stays as the author wrote it — header,
 * STYLE/REGION/NOTE blocks, cue identifiers, settings, voices and markup, byte for byte — an edited
 * cue keeps its identifier, times, settings and speaker, and the file reads back as written.
 */
import { describe, expect, it } from 'vitest';
import { readVtt, type VttCue, type VttDocument } from '../../src/guides/captions/readVtt';
import { captionText, saveCaptions } from '../../src/guides/captions/saveCaptions';
import { captionCues, vttTime } from '../../src/guides/captions/timing';
import { parseVtt } from '../../src/guides/player/vtt';

async function read(source: string): Promise<VttDocument> {
  const result = await readVtt(source);
  if (!result.ok) throw new Error(result.message);
  return result.doc;
}
const cuesOf = (doc: VttDocument) => doc.blocks.filter((b): b is VttCue => b.kind === 'cue');

/** Everything WebVTT lets an author write: a titled header, a style sheet, a region, notes, identifiers, settings, voices, markup, references. */
const AUTHORED = [
  'WEBVTT - Pump hall, narrated',
  '',
  'STYLE',
  '::cue(.loud) { color: yellow; }',
  '',
  'REGION',
  'id:left',
  'width:40%',
  'lines:3',
  '',
  'NOTE Written by hand: keep the speakers.',
  '',
  'intro',
  '00:00:00.400 --> 00:00:02.000 line:10% position:20%,line-left size:50% align:start',
  '<v Anna>Welcome to the <i>pump hall</i>.</v>',
  '',
  'pressure',
  '00:00:02.000 --> 00:00:04.500 region:left align:left',
  '<v.guide Bo>Here <b>pressure</b> &amp; <u>flow</u> meet,',
  '<c.loud>mind your ears</c>.',
  '',
  'NOTE the Swedish name stays',
  '',
  '00:00:04.500 --> 00:00:06.000 vertical:rl',
  '<lang sv>Pumphallen</lang> &lt;P-101&gt;',
  '',
].join('\n');

describe('saving captions the author wrote in WebVTT', () => {
  it('shows the cues’ words only, a paragraph each', async () => {
    expect(captionText(await read(AUTHORED))).toBe('Welcome to the pump hall.\n\nHere pressure & flow meet,\nmind your ears.\n\nPumphallen <P-101>');
  });

  it('writes the file back byte for byte when no word changed', async () => {
    const doc = await read(AUTHORED);
    expect(saveCaptions(doc, captionText(doc), 6)).toEqual({ vtt: AUTHORED, retimed: false });
    // Line breaks as the file had them (Windows ones here).
    const crlf = AUTHORED.replace(/\n/g, '\r\n');
    const again = await read(crlf);
    expect(saveCaptions(again, captionText(again), 6).vtt).toBe(crlf);
  });

  it('an edited cue keeps its identifier, times, settings and speaker; every other block stays as written', async () => {
    const doc = await read(AUTHORED);
    const text = captionText(doc).replace('Here pressure & flow meet,\nmind your ears.', 'Here pressure and flow meet.');
    const { vtt, retimed } = saveCaptions(doc, text, 6);
    expect(retimed).toBe(false);
    expect(vtt).toBe(AUTHORED.replace('<v.guide Bo>Here <b>pressure</b> &amp; <u>flow</u> meet,\n<c.loud>mind your ears</c>.', '<v.guide Bo>Here pressure and flow meet.'));
    // Read back (as the player and the next edit will): the speaker is still Bo, the untouched cues' markup unchanged.
    const back = cuesOf(await read(vtt));
    expect(back.map((c) => [c.id, c.start, c.end, c.settings, c.text])).toEqual([
      ['intro', 0.4, 2, 'line:10% position:20%,line-left size:50% align:start', 'Welcome to the pump hall.'],
      ['pressure', 2, 4.5, 'region:left align:left', 'Here pressure and flow meet.'],
      ['', 4.5, 6, 'vertical:rl', 'Pumphallen <P-101>'],
    ]);
    expect(back[1]!.nodes).toEqual([{ type: 'v', tagName: 'span', voice: 'Bo', class: 'guide', children: [{ type: 'text', data: 'Here pressure and flow meet.' }] }]);
    const before = cuesOf(doc);
    expect([back[0]!.nodes, back[2]!.nodes]).toEqual([before[0]!.nodes, before[2]!.nodes]);
    // A closed voice stays closed; markup characters typed as words stay words.
    const closed = saveCaptions(doc, text.replace('Welcome to the pump hall.', 'Welcome, <all> & everyone.'), 6).vtt;
    expect(closed).toContain('intro\n00:00:00.400 --> 00:00:02.000 line:10% position:20%,line-left size:50% align:start\n<v Anna>Welcome, &lt;all&gt; &amp; everyone.</v>\n');
  });

  it('with a caption added, shares the step’s time anew; unchanged cues keep identifier, settings and markup; notes stay where they were', async () => {
    const doc = await read(AUTHORED);
    const paragraphs = captionText(doc).split('\n\n');
    const text = [paragraphs[0], 'A caption of our own.', ...paragraphs.slice(1)].join('\n\n');
    const { vtt, retimed } = saveCaptions(doc, text, 6);
    expect(retimed).toBe(true);
    const times = captionCues(text, 6).map((c) => `${vttTime(c.start)} --> ${vttTime(c.end)}`);
    expect(vtt).toBe(
      [
        AUTHORED.slice(0, AUTHORED.indexOf('intro\n')),
        `intro\n${times[0]} line:10% position:20%,line-left size:50% align:start\n<v Anna>Welcome to the <i>pump hall</i>.</v>\n\n`,
        `2\n${times[1]}\nA caption of our own.\n\n`,
        `pressure\n${times[2]} region:left align:left\n<v.guide Bo>Here <b>pressure</b> &amp; <u>flow</u> meet,\n<c.loud>mind your ears</c>.\n\n`,
        'NOTE the Swedish name stays\n\n',
        `${times[3]} vertical:rl\n<lang sv>Pumphallen</lang> &lt;P-101&gt;\n`,
      ].join(''),
    );
    // A new cue's number is left out where a cue that stays already has it.
    const numbered = await read('WEBVTT\n\n1\n00:00.000 --> 00:01.000\nTwo\n');
    expect(saveCaptions(numbered, 'One\n\nTwo', 4).vtt).toBe('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nOne\n\n1\n00:00:02.000 --> 00:00:04.000\nTwo\n');
  });
});

describe('saving captions written in the studio', () => {
  it('writes times as hh:mm:ss.ttt', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(61.5)).toBe('00:01:01.500');
    expect(vttTime(3725.0004)).toBe('01:02:05.000');
  });

  it('writes a step’s first captions as numbered cues the player reads back, markup characters kept as words', async () => {
    const { vtt, retimed } = saveCaptions(null, 'Pumps <P-101> & <P-102>\n\n  Line one\n Line two --> on', 6);
    expect(retimed).toBe(false);
    expect(vtt).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.936\nPumps &lt;P-101&gt; &amp; &lt;P-102&gt;\n\n2\n00:00:02.936 --> 00:00:06.000\nLine one\nLine two --&gt; on\n');
    expect(await parseVtt(vtt)).toMatchObject({ ok: true, cues: [{ start: 0, end: 2.936, text: 'Pumps <P-101> & <P-102>' }, { start: 2.936, end: 6, text: 'Line one\nLine two --> on' }] });
    expect(saveCaptions(null, '  \n ', 4).vtt).toBe('WEBVTT\n');
    expect(await parseVtt('WEBVTT\n')).toEqual({ ok: true, cues: [] });
  });

  it('shares a step’s time between its paragraphs by their length', () => {
    expect(captionCues('Aaaa\n\nBbbbbbbbbbbb\n \nCccc', 10)).toEqual([
      { start: 0, end: 2, text: 'Aaaa' },
      { start: 2, end: 8, text: 'Bbbbbbbbbbbb' },
      { start: 8, end: 10, text: 'Cccc' },
    ]);
    expect(captionCues('  ', 5)).toEqual([]);
    expect(captionCues('One line\nand its second', 3)).toEqual([{ start: 0, end: 3, text: 'One line\nand its second' }]);
  });

  it('keeps hand-set cue times when only the words of the captions change', async () => {
    const doc = await read('WEBVTT\n\n00:00:00.400 --> 00:00:01.900\nWelcome to the hall.\n\n00:00:02.600 --> 00:00:05.250\nHere the process starts.\n');
    const { vtt, retimed } = saveCaptions(doc, 'Welcome to the pilot hall.\n\nHere the process\nbegins.', 10);
    expect(retimed).toBe(false);
    expect(vtt).toBe('WEBVTT\n\n00:00:00.400 --> 00:00:01.900\nWelcome to the pilot hall.\n\n00:00:02.600 --> 00:00:05.250\nHere the process\nbegins.\n');
  });

  it('shares the step’s time anew when captions are added or removed, and says so', async () => {
    const doc = await read('WEBVTT\n\n00:00.400 --> 00:01.900\nOne.\n');
    const { vtt, retimed } = saveCaptions(doc, 'Aaaa\n\nBbbb', 10);
    expect(retimed).toBe(true);
    expect(await parseVtt(vtt)).toMatchObject({ ok: true, cues: captionCues('Aaaa\n\nBbbb', 10) });
    // Nothing was timed yet (a step's first captions): nothing to tell.
    expect(saveCaptions(null, 'Aaaa', 4)).toEqual({ vtt: 'WEBVTT\n\n1\n00:00:00.000 --> 00:00:04.000\nAaaa\n', retimed: false });
  });
});
