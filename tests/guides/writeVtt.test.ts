/** Writing guide captions as WebVTT (the studio's Guides panel): read back by the player's reader as written. */
import { describe, expect, it } from 'vitest';
import { parseVtt } from '../../src/guides/player/vtt';
import { captionCues, editedCaptionCues, vttTime, writeVtt } from '../../src/guides/player/writeVtt';

describe('WebVTT writing', () => {
  it('writes times as hh:mm:ss.ttt', () => {
    expect(vttTime(0)).toBe('00:00:00.000');
    expect(vttTime(61.5)).toBe('00:01:01.500');
    expect(vttTime(3725.0004)).toBe('01:02:05.000');
  });

  it('writes cues the player reads back, with markup characters kept as text and no blank line inside a cue', () => {
    const cues = [
      { start: 0, end: 2.5, text: 'Pumps <P-101> & <P-102>' },
      { start: 2.5, end: 6, text: 'Line one\n\n  Line two --> on' },
    ];
    const text = writeVtt(cues);
    expect(text).toBe('WEBVTT\n\n1\n00:00:00.000 --> 00:00:02.500\nPumps &lt;P-101&gt; &amp; &lt;P-102&gt;\n\n2\n00:00:02.500 --> 00:00:06.000\nLine one\nLine two --&gt; on\n');
    expect(parseVtt(text)).toEqual({ ok: true, cues: [cues[0], { start: 2.5, end: 6, text: 'Line one\nLine two --> on' }] });
  });

  it('leaves out empty cues and writes a file with none', () => {
    expect(writeVtt([{ start: 0, end: 1, text: '  \n ' }])).toBe('WEBVTT\n');
    expect(parseVtt(writeVtt([]))).toEqual({ ok: true, cues: [] });
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

  it('keeps hand-set cue times when only the words of the captions change', () => {
    const timed = [
      { start: 0.4, end: 1.9, text: 'Welcome to the hall.' },
      { start: 2.6, end: 5.25, text: 'Here the process starts.' },
    ];
    expect(editedCaptionCues('Welcome to the pilot hall.\n\nHere the process\nbegins.', 10, timed)).toEqual({
      cues: [
        { start: 0.4, end: 1.9, text: 'Welcome to the pilot hall.' },
        { start: 2.6, end: 5.25, text: 'Here the process\nbegins.' },
      ],
      retimed: false,
    });
    // Read back from the file as written: the same times.
    const { cues } = editedCaptionCues('A.\n\nB.', 10, timed);
    expect(parseVtt(writeVtt(cues))).toEqual({ ok: true, cues: [{ start: 0.4, end: 1.9, text: 'A.' }, { start: 2.6, end: 5.25, text: 'B.' }] });
  });

  it('shares the step’s time anew when captions are added or removed, and says so', () => {
    const timed = [{ start: 0.4, end: 1.9, text: 'One.' }];
    expect(editedCaptionCues('Aaaa\n\nBbbb', 10, timed)).toEqual({ cues: captionCues('Aaaa\n\nBbbb', 10), retimed: true });
    // Nothing was timed yet (a step's first captions), or nothing is left: nothing to tell.
    expect(editedCaptionCues('Aaaa', 4, [])).toEqual({ cues: [{ start: 0, end: 4, text: 'Aaaa' }], retimed: false });
    expect(editedCaptionCues(' ', 4, timed)).toEqual({ cues: [], retimed: false });
  });
});
