/**
 * The server's refusals reach the studio user in en/sv/fi: every code the studio's server
 * answers has a text in each language, with the values it names filled in, and an answer
 * without a known code keeps the server's English.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/studio/server/errorTexts';

const serverCodes = () => {
  // The upload's image reasons come from the CLI's own validator, which the server runs.
  const files = [...['server/studio', 'server/content'].flatMap((dir) => readdirSync(dir).map((f) => join(dir, f))), 'cli/validate/checkImage.ts'];
  const codes = new Set<string>();
  for (const file of files) for (const m of readFileSync(file, 'utf8').matchAll(/code: (?:[^'?]*\? )?'([a-z-]+)'(?: : '([a-z-]+)')?/g)) [m[1], m[2]].forEach((c) => c && codes.add(c));
  return [...codes];
};

const values = { id: 'pier', limitMb: 1024, seconds: 5, name: 'hall.jpg', ext: '.svg', found: 'markup', width: 1600, height: 1200, kb: 12, format: 'gif', detail: 'GLB_UNEXPECTED_END_OF_CHUNK_DATA', errno: 'ENOSPC' };

describe('studio error texts', () => {
  it('has every code the server answers in English, Swedish and Finnish', () => {
    const codes = serverCodes();
    expect(codes.length).toBeGreaterThan(15);
    for (const code of codes) {
      const texts = ['en', 'sv', 'fi'].map((language) => errorText({ code, ...values }, language));
      expect(texts.every((t) => typeof t === 'string' && t.length > 0 && !t.includes('{')), code).toBe(true);
      expect(new Set(texts).size, `${code} is translated`).toBe(3);
    }
  });

  it('fills in the values the server named and falls back to the server\'s English without a known code', () => {
    expect(errorText({ code: 'id-taken', id: 'pier', error: 'A tour with the id "pier" already exists.' }, 'sv')).toBe('Det finns redan en tur med id "pier". Välj ett annat id.');
    expect(errorText({ code: 'file-too-large', limitMb: 1024 }, 'fi-FI')).toBe('Tiedosto on suurempi kuin studion ottamat 1024 Mt.');
    expect(errorText({ error: '"x.jpg" is an HTML page, not what its name says.' }, 'sv')).toBeNull();
    expect(errorText({ code: 'unknown-code' }, 'fi')).toBeNull();
    // What the file was found to be is worded in the language too.
    expect(errorText({ code: 'wrong-content', name: 'plan.jpg', found: 'markup' }, 'sv')).toBe('"plan.jpg" är märkspråk (SVG, HTML eller XML), inte det som namnet säger; inget lades till.');
    // A recording named for another type: each kind the server tells apart has its words (not "a kind of file a tour does not use").
    expect(errorText({ code: 'wrong-content', name: 'walk-01.m4a', found: 'webm' }, 'sv')).toBe('"walk-01.m4a" är WebM-ljud eller -video, inte det som namnet säger; inget lades till.');
    for (const found of ['jpeg', 'png', 'webp', 'glb', 'gltf', 'mp3', 'ogg', 'webm', 'mp4', 'vtt', 'markup']) {
      for (const language of ['en', 'sv', 'fi']) expect(errorText({ code: 'wrong-content', name: 'x', found }, language), `${found} in ${language}`).not.toMatch(/a kind of file|en sorts fil|tiedostotyyppi, jota/);
    }
    expect(errorText({ code: 'image-not-equirect', name: 'a.jpg', width: 1600, height: 1200 }, 'fi')).toBe('"a.jpg" on 1600×1200, ei 360°-panoraama (2:1); mitään ei lisätty.');
  });
});
