/** The live visit's words in the tour's current language (as the live UI's), and a refusal in the reader's words. */
import { inLanguage } from '../../ui/inLanguage';
import { useTour } from '../../state/hooks';
import { en } from './strings/en';
import { sv } from './strings/sv';
import { fi } from './strings/fi';

export type VisitLiveStrings = Record<keyof typeof en, string>;

export function useVisitLiveText(): VisitLiveStrings {
  const language = useTour((s) => s.language);
  return inLanguage<VisitLiveStrings>({ en, sv, fi }, language);
}

const REFUSALS: Record<string, keyof VisitLiveStrings> = {
  'too-long': 'tooLong',
  invalid: 'invalid',
  'too-large': 'tooLong',
  'rate-limited': 'rateLimited',
  'doors-closed': 'doorsClosed',
  'already-voted': 'alreadyVoted',
  'own-question': 'ownQuestion',
  'unknown-question': 'gone',
  'unknown-poll': 'gone',
  'poll-closed': 'pollIsClosed',
  'not-speaker': 'notAllowed',
  'not-guest': 'notAllowed',
};

/** What to tell the reader when the server refused (`reason`) or the request did not get through. */
export const refusalText = (t: VisitLiveStrings, reason: string): string => t[REFUSALS[reason] ?? 'notSent'];
