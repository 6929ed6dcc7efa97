import type { Text, Tour } from './schema';

/**
 * Picks a text in the visitor's language, falling back to the tour's default
 * language and then to any language the author gave.
 */
export function localize(text: Text | undefined, language: string, fallback: string): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[language] ?? text[fallback] ?? Object.values(text)[0] ?? '';
}

/** The languages a tour offers in its switch. */
export function tourLanguages(tour: Tour): string[] {
  return tour.languages ?? [tour.defaultLanguage];
}
