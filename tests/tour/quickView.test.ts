/** Quick view speaks the visitor's language: a file has none of its own (src/tour/quickView.ts, src/ui/preferredLanguage.ts). */
import { describe, expect, it } from 'vitest';
import { quickViewTour } from '../../src/tour/quickView';
import { Tour } from '../../src/tour/schema';
import { preferredLanguage, UI_LANGUAGES } from '../../src/ui/preferredLanguage';
import { strings } from '../../src/ui/strings';

describe('quick view in the visitor’s language', () => {
  it('takes the link’s lang, else the first browser language offered, else English', () => {
    expect(preferredLanguage('https://x.example/?model=a.glb&lang=fi', ['sv-SE'])).toBe('fi');
    expect(preferredLanguage('https://x.example/?model=a.glb', ['sv-SE'])).toBe('sv');
    expect(preferredLanguage('https://x.example/?model=a.glb', ['FI'])).toBe('fi');
    expect(preferredLanguage('https://x.example/?model=a.glb', ['de-DE'])).toBe('en');
    // A language the link asks for that the page does not offer falls through to the browser's list.
    expect(preferredLanguage('https://x.example/?lang=de', ['de-AT', 'SV-fi', 'fi'])).toBe('sv');
  });

  it('chooses among the languages a page offers (the visit pages offer their own)', () => {
    expect(preferredLanguage('https://x.example/v/ABC', ['fi-FI', 'en'], ['en', 'sv'])).toBe('en');
    expect(preferredLanguage('https://x.example/v/ABC?lang=SV', [], ['en', 'sv'])).toBe('sv');
  });

  it('makes a valid one-scene tour that offers every language of the viewer, starting in the visitor’s', () => {
    const tour = quickViewTour('panorama', '/p.jpg', 'p.jpg', 'sv', UI_LANGUAGES);
    expect(Tour.safeParse(tour).success).toBe(true);
    expect(tour.defaultLanguage).toBe('sv');
    expect(tour.languages).toEqual(['en', 'sv', 'fi']);
  });

  it('says what can be dropped in each language', () => {
    const words = UI_LANGUAGES.map((l) => strings(l).dropRefused);
    expect(new Set(words).size).toBe(3);
    expect(words[1]).toMatch(/panorama/);
  });
});
