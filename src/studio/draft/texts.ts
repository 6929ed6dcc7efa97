/**
 * Editing a tour text (`Text`: one string for every language, or one per language) one language
 * at a time, so that what visitors see in the languages not edited stays the same.
 */
import type { Text } from '../../tour/schema';

/** The text as written for `language`; a single string is written for all of them. Undefined: not translated. */
export function textIn(text: Text | undefined, language: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return text[language];
}

/** The tour languages this text lacks (empty for a single string, which every language shows). */
export function missingLanguages(text: Text | undefined, languages: readonly string[]): string[] {
  if (typeof text === 'string') return text.trim() === '' ? [...languages] : [];
  return languages.filter((l) => !(text?.[l] ?? '').trim());
}

/**
 * `text` with `language`'s version set to `value`. A single string shared by several languages
 * becomes the default language's text (visitors of other languages fall back to it, as before);
 * an emptied language is removed, unless it is the last one (a text is never absent).
 */
export function setTextIn(text: Text | undefined, language: string, value: string, languages: readonly string[], defaultLanguage: string): Text {
  if (languages.length <= 1 && (text === undefined || typeof text === 'string')) return value;
  const map: Record<string, string> = typeof text === 'string' ? { [defaultLanguage]: text } : { ...(text ?? {}) };
  if (value === '' && Object.keys(map).some((l) => l !== language)) delete map[language];
  else map[language] = value;
  return map;
}

/** A new text in the default language only: the other languages show as missing until written. */
export const newText = (value: string, defaultLanguage: string): Text => ({ [defaultLanguage]: value });
