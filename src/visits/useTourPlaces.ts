/**
 * The tour files of a visit's tours, read loosely for their names (tour,
 * scenes, cards): what the follow-up page needs to say where each question was
 * asked. A tour that cannot be read is left out (the page then links the view
 * without naming it).
 */
import { useEffect, useState } from 'react';
import type { Text } from '../tour/schema';
import type { NamedPlaces } from './live/placeName';

export type TourPlaces = NamedPlaces & { title?: Text };

const tourFile = (id: string) => `${import.meta.env.BASE_URL}tours/${encodeURIComponent(id)}/tour.json`;

const looksLikeTour = (json: unknown): json is TourPlaces =>
  typeof json === 'object' && json !== null && typeof (json as { id?: unknown }).id === 'string' && Array.isArray((json as { scenes?: unknown }).scenes);

export function useTourPlaces(ids: readonly string[]): Record<string, TourPlaces> {
  const [tours, setTours] = useState<Record<string, TourPlaces>>({});
  const key = ids.join(' ');
  useEffect(() => {
    let current = true;
    for (const id of new Set(key.split(' ').filter(Boolean))) {
      void fetch(tourFile(id))
        .then((r) => (r.ok ? r.json() : null))
        .catch(() => null)
        .then((json: unknown) => {
          if (current && looksLikeTour(json)) setTours((all) => ({ ...all, [id]: json }));
        });
    }
    return () => {
      current = false;
    };
  }, [key]);
  return tours;
}
