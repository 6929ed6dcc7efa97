/**
 * The list of tours a site offers (`tours/index.json`, written by the demo
 * generator): what the "Tours" menu and the `/tours` page show, and which tour
 * `/` opens. Validated at the edge like a manifest; a broken index loses the
 * list (and the default), never a tour named in a link. The server reads the
 * same file (TOURS_DIR's when it has one) for the default tour of its embed
 * headers and live API, so an operator changes what `/` opens without a rebuild.
 */
import * as z from 'zod/mini';
import { AssetUrl, Id, Text } from './schema';

export const TourIndexEntry = z.strictObject({
  /** The tour's id: its manifest is `tours/<id>/tour.json`. */
  id: Id,
  title: Text,
  description: z.optional(Text),
  /** Preview image, relative to the index file. */
  thumbnail: z.optional(AssetUrl),
  /** Number of scenes, shown in the list. */
  scenes: z.optional(z.number().check(z.int(), z.gte(1))),
});

export const TourIndex = z.strictObject({
  $schema: z.optional(z.string()),
  /** The tour `/` opens (and a link to an unknown tour falls back to). Default: the first of `tours`. */
  default: z.optional(Id),
  tours: z.array(TourIndexEntry),
});

export type TourIndexEntry = z.infer<typeof TourIndexEntry>;
export type TourIndex = z.infer<typeof TourIndex>;

/** The site's default tour: the index's `default`, else its first tour; null when it names none. */
export const defaultTourOf = (index: TourIndex): string | null => index.default ?? index.tours[0]?.id ?? null;

/** Fetches and validates the index; null when it is missing or invalid. */
export async function fetchTourIndex(url: string, signal?: AbortSignal): Promise<TourIndex | null> {
  try {
    const response = await fetch(url, signal ? { signal } : {});
    if (!response.ok) return null;
    const parsed = TourIndex.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const tourIndexUrl = () => new URL(`${import.meta.env.BASE_URL}tours/index.json`, location.href).href;

/** The viewer's address of a tour, in a language. */
export const tourHref = (id: string, language: string) => `${import.meta.env.BASE_URL}t/${encodeURIComponent(id)}?lang=${encodeURIComponent(language)}`;
