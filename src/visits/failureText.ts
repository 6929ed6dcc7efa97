/**
 * A refused request in the user's words: every 4xx the visit API answers
 * (and no answer at all) gets a sentence of its own; the server's English
 * words appear only for a refusal the pages do not know.
 */
import type { Failure } from './api';
import { fill, type VisitStrings } from './strings';

/** `guest`: registration and the guest's own link; `organiser`: the organiser pages (token, rights). */
export function failureText(failure: Failure, t: VisitStrings, who: 'guest' | 'organiser'): string {
  switch (failure.status) {
    case 0:
      return t.network;
    case 400:
    case 422:
      return t.fixProblems;
    case 401:
      return who === 'organiser' ? t.tokenHelp : t.linkInvalid;
    case 403:
      // A guest meets 403 only when the request did not come from this site's own page.
      return who === 'organiser' ? (failure.token === 'wrong' ? t.tokenWrong : t.forbidden) : t.otherOrigin;
    case 404:
      return t.visitNotFound;
    case 410:
      return t.registrationClosed;
    case 413:
      return t.tooLarge;
    case 429:
      return fill(t.tooMany, { seconds: failure.retryAfter ?? 60 });
  }
  if (failure.status >= 500) return t.serverError;
  return fill(t.refused, { error: failure.error });
}
