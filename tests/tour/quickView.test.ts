/** Quick view speaks the visitor's language: a file has none of its own (src/tour/quickView.ts, src/ui/preferredLanguage.ts). */
import { describe, expect, it } from 'vitest';
import { quickViewTour } from '../../src/tour/quickView';
import { Tour } from '../../src/tour/schema';
import { preferredLanguage, UI_LANGUAGES } from '../../src/ui/preferredLanguage';
import { strings } from '../../src/ui/strings';

describe('quick view in the visitor’s language', () => {
  it('takes the link’s lang, else the browser’s language, else English', () => {
    expect(preferredLanguage('https://x.example/?model=a.glb&lang=fi', 'sv-SE')).toBe('fi');
    expect(preferredLanguage('https://x.example/?model=a.glb', 'sv-SE')).toBe('sv');
    expect(preferredLanguage('https://x.example/?model=a.glb', 'FI')).toBe('fi');
    expect(preferredLanguage('https://x.example/?model=a.glb', 'de-DE')).toBe('en');
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
