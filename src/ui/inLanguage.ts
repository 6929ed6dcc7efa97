/** A text table in the visitor's language: the exact code, else its base ("sv-FI" → "sv"), else English. */
export function inLanguage<T>(tables: { en: T } & Record<string, T>, language: string): T {
  return tables[language] ?? tables[language.split('-')[0] ?? ''] ?? tables.en;
}
