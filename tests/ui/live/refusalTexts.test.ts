/**
 * A presenter's refused messages reach them in en/sv/fi: every reason code the live channel (and the visits'
 * extension of it) sends back in `rejected` has a text in each language, and a code the page does not know
 * gets the general text naming it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusalText } from '../../../src/ui/live/refusalTexts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

/** The codes of `rejected`: `reject('…'` and `reason: '…'` in the live channel, and the visits' `checkState`. */
const serverCodes = () => {
  const codes = new Set<string>();
  for (const file of [...filesUnder('server/live'), 'server/visits/live/index.ts']) {
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:reject\(|reason: )'([a-z-]+)'/g)) codes.add(m[1] as string);
  }
  return [...codes];
};

describe('live refusal texts', () => {
  it('has every code the live channel refuses with in English, Swedish and Finnish', () => {
    const codes = serverCodes();
    // The ones the brief names are among them: the walk really found the server's codes.
    expect(codes).toEqual(expect.arrayContaining(['not-in-control', 'not-a-visit-tour', 'rate-limited', 'too-many-refused', 'expired']));
    for (const code of codes) {
      const texts = ['en', 'sv', 'fi'].map((language) => refusalText(code, language));
      expect(texts.every((t) => t.length > 20 && !t.includes('{') && !t.includes(code)), `${code}: ${texts.join(' | ')}`).toBe(true);
      expect(new Set(texts).size, `${code} is translated`).toBe(3);
    }
  });

  it('says what happened and what to do, in the speaker’s language (its base, else English)', () => {
    expect(refusalText('not-in-control', 'en')).toBe('Your guests are not following: another speaker has control. Press Take control to present.');
    expect(refusalText('not-in-control', 'sv-FI')).toBe('Dina gäster följer inte med: en annan talare har kontrollen. Tryck på Ta över för att presentera.');
    expect(refusalText('not-in-control', 'fi')).toBe('Vieraasi eivät seuraa sinua: toisella puhujalla on ohjaus. Paina Ota ohjaus esittääksesi.');
    expect(refusalText('not-a-visit-tour', 'de')).toBe(refusalText('not-a-visit-tour', 'en'));
  });

  it('names a code it does not know in the general text, and takes no inherited name for a code', () => {
    expect(refusalText('brand-new-reason', 'en')).toBe('Your guests may not be following: the server refused your last move (brand-new-reason). If this keeps happening, reload the page.');
    expect(refusalText('constructor', 'fi')).toContain('(constructor)');
    expect(refusalText('other', 'sv')).toContain('(other)');
  });
});
