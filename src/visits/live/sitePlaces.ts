/**
 * Names of a multi-site visit's tours and their places, for the speaker panel
 * (which site is on, where a question in another tour was asked). Read from
 * the tour files as the follow-up page reads them.
 */
import { localize } from '../../tour/text';
import type { TourPlaces } from '../useTourPlaces';

export type SitePlaces = Record<string, TourPlaces>;

/** The tour's title in `language`, else its id (a tour file not read yet, or without a title). */
export function siteName(places: SitePlaces, tour: string, language: string): string {
  const file = places[tour];
  return (file?.title && localize(file.title, language, file.defaultLanguage ?? 'en')) || tour;
}
