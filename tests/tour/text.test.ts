import { describe, expect, it } from 'vitest';
import { localize } from '../../src/tour/text';

describe('localize', () => {
  it('picks the visitor language, then the default, then any', () => {
    const text = { en: 'Reactor', sv: 'Reaktor' };
    expect(localize(text, 'sv', 'en')).toBe('Reaktor');
    expect(localize(text, 'fi', 'en')).toBe('Reactor');
    expect(localize({ fi: 'Reaktori' }, 'sv', 'en')).toBe('Reaktori');
    expect(localize('Plain', 'fi', 'en')).toBe('Plain');
    expect(localize(undefined, 'fi', 'en')).toBe('');
  });
});
