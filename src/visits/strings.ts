/** The visit pages' words in the region's languages (one table per file under strings/). */
import { inLanguage } from '../ui/inLanguage';
import { en } from './strings/en';
import { sv } from './strings/sv';
import { fi } from './strings/fi';

export type VisitStringKey = keyof typeof en;
export type VisitStrings = Record<VisitStringKey, string>;

/** The languages the pages are written in, named in themselves. */
export const PAGE_LANGUAGES: Record<string, string> = { en: 'English', sv: 'Svenska', fi: 'Suomi' };

export function visitStrings(language: string): VisitStrings {
  return inLanguage<VisitStrings>({ en, sv, fi }, language);
}

/** A text with `{name}` placeholders filled in. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
