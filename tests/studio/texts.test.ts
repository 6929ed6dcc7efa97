/** Texts edited one language at a time: what visitors of the other languages see does not change; missing translations are named. */
import { describe, expect, it } from 'vitest';
import { missingLanguages, setTextIn, textIn } from '../../src/studio/draft/texts';

const languages = ['en', 'sv', 'fi'];

describe('texts', () => {
  it('a single string becomes the default language text when another language is written', () => {
    expect(setTextIn('Hall', 'sv', 'Hallen', languages, 'en')).toEqual({ en: 'Hall', sv: 'Hallen' });
    expect(setTextIn('Hall', 'en', 'Big hall', ['en'], 'en')).toBe('Big hall');
  });

  it('an emptied language goes away unless it is the last one', () => {
    expect(setTextIn({ en: 'Hall', sv: 'Hallen' }, 'sv', '', languages, 'en')).toEqual({ en: 'Hall' });
    expect(setTextIn({ en: 'Hall' }, 'en', '', languages, 'en')).toEqual({ en: '' });
  });

  it('names the missing translations', () => {
    expect(missingLanguages({ en: 'Hall', fi: ' ' }, languages)).toEqual(['sv', 'fi']);
    expect(missingLanguages('Hall', languages)).toEqual([]);
    expect(textIn('Hall', 'fi')).toBe('Hall');
    expect(textIn({ en: 'Hall' }, 'fi')).toBeUndefined();
  });
});
