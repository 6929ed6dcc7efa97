/**
 * The shared grammar: what an id, a language code and a camera view are, for
 * every writer and reader of them — the tour schema, deep links, the embed and
 * live catalogues, the server. Written here once (a test fails if the id or
 * language pattern appears anywhere else). Pure: zod/mini, no DOM.
 *
 * The schemas are marked pure so that a bundle importing only a pattern (the
 * light-embed poster) leaves zod out.
 */
import * as z from 'zod/mini';

/** Scene, hotspot and tour ids: 1-64 characters of a-z, 0-9, "-" and "_", starting with a letter or digit (they appear in URLs). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
/** BCP-47-ish language tag: `en`, `sv`, `fi`, `pt-BR`. */
export const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** Scene and hotspot ids appear in URLs, so they are kept URL-safe. */
export const Id = /* @__PURE__ */ z
  .string()
  .check(z.regex(ID_PATTERN, 'ids are 1-64 characters of a-z, 0-9, "-" and "_", starting with a letter or digit'));

/** BCP-47-ish language tag: `en`, `sv`, `fi`, `pt-BR`. */
export const LanguageCode = /* @__PURE__ */ z
  .string()
  .check(z.regex(LANGUAGE_PATTERN, 'expected a language code such as "en", "sv" or "fi"'));

const finite = /* @__PURE__ */ z.number().check(z.refine((n) => Number.isFinite(n), 'expected a finite number'));
const FiniteVec3 = /* @__PURE__ */ z.tuple([finite, finite, finite]);

/** Where a panorama camera looks, in degrees. */
export const PanoramaView = /* @__PURE__ */ z.strictObject({
  kind: z.literal('panorama'),
  /** 0 = image centre, positive = right, -180..180. */
  yaw: finite,
  /** Positive = up, -90..90. */
  pitch: finite,
  /** Vertical field of view in degrees. */
  fov: finite,
});

/** A model camera: where it is (metres) and what it orbits around. */
export const ModelView = /* @__PURE__ */ z.strictObject({
  kind: z.literal('model'),
  position: FiniteVec3,
  target: FiniteVec3,
  /** Vertical field of view in degrees. */
  fov: finite,
});

/**
 * A camera view, as the store, links, the embed API and live tours carry it.
 * Only its shape: whether it fits a scene (limits, kind) is the store's to decide.
 */
export const View = /* @__PURE__ */ z.discriminatedUnion('kind', [PanoramaView, ModelView]);
export type View = z.infer<typeof View>;
export type PanoramaView = z.infer<typeof PanoramaView>;
export type ModelView = z.infer<typeof ModelView>;
