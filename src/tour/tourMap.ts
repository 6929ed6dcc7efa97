/** A tour's map (`map` in tour.json): a self-hosted image with each scene's spot on it, for the minimap. */
import * as z from 'zod/mini';
import { Id } from '../protocol/common';
import { AssetUrl, Text } from './primitives';

/** A spot on the tour's map: a scene of this tour, or of another tour. */
export const MapPlace = z.strictObject({
  /** Id of the scene (of `tour` when that is set). */
  scene: Id,
  /** Id of another tour (served as `tours/<id>/tour.json`) that holds `scene`. Default: this tour. */
  tour: z.optional(Id),
  /** Where on the image, px from its top-left corner. */
  position: z.tuple([z.number().check(z.gte(0)), z.number().check(z.gte(0))]),
  /** The spot's label. Default: the scene's title. */
  title: z.optional(Text),
});

/** A map of a multi-site tour: a self-hosted image with each scene's spot on it. */
export const TourMap = z.strictObject({
  /** WebP or PNG, relative to the tour file (no map tile servers: the page loads nothing from other hosts). */
  image: AssetUrl,
  /** Size of the image, px (the spots' coordinate system). */
  width: z.number().check(z.int(), z.positive()),
  height: z.number().check(z.int(), z.positive()),
  /** What the map shows, for people who cannot see it. */
  imageAlt: z.optional(Text),
  places: z.array(MapPlace).check(z.minLength(1)),
});

export type MapPlace = z.infer<typeof MapPlace>;
export type TourMap = z.infer<typeof TourMap>;
