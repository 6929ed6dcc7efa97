/** A tour text as the studio's lists show it: the tour's default language, else any language written. */
import type { Text } from '../../tour/schema';
import { localize } from '../../tour/text';
import { defaultLanguageOf } from '../draft/edits';
import type { Draft } from '../draft/types';

export const titleIn = (draft: Draft, text: Text | undefined, fallback: string) => localize(text, defaultLanguageOf(draft), defaultLanguageOf(draft)) || fallback;
