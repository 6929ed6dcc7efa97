import { useTour } from '../state/hooks';
import type { Text } from '../tour/schema';
import { localize } from '../tour/text';

/** A tour text in the visitor's language (with the tour's fallback). */
export function useText(text: Text | undefined): string {
  return useTour((s) => localize(text, s.language, s.tour?.defaultLanguage ?? 'en'));
}
