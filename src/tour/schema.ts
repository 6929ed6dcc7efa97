/**
 * The tour manifest format. This zod schema is the single source of truth:
 * the TypeScript types below are inferred from it and `public/tour.schema.json`
 * (for editor completion) is generated from it by `npm run schema`.
 * It uses `zod/mini` (same engine, tree-shakable API): it ships in the first
 * JavaScript a visitor downloads.
 */
import * as z from 'zod/mini';
import { Id, LanguageCode } from '../protocol/common';
import { AssetUrl, Text, Vec3 } from './primitives';
import { TourMap } from './tourMap';
import { ScenePlanGroup } from './scenePlans';
import { Guide } from './guide';
import { AmbientSound, CardAudio, CardVideo } from './media';

export { Id, LanguageCode, AssetUrl, Text, Vec3 };

const range = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
export const Yaw = range(-180, 180);
export const Pitch = range(-90, 90);
export const Fov = range(10, 120);

/** Where a model scene's camera starts. */
export const CameraPose = z.strictObject({
  /** Camera position in model units (metres). */
  position: Vec3,
  /** The point the camera looks at and orbits around. */
  target: Vec3,
  /** Vertical field of view in degrees. Default 50. */
  fov: z.optional(Fov),
});

/** Where a panorama scene's camera starts, as authored (every field has a default). */
export const PanoramaStartView = z.strictObject({
  /** Degrees, 0 = centre of the image, positive = to the right. Default 0. */
  yaw: z._default(Yaw, 0),
  /** Degrees, positive = up. Default 0. */
  pitch: z._default(Pitch, 0),
  /** Vertical field of view in degrees. Default 75. */
  fov: z._default(Fov, 75),
});

const hotspotBase = {
  /** Unique within the tour (cards are addressed by hotspot id in links). */
  id: Id,
  /** The hotspot's accessible name and the card's heading. */
  title: Text,
  /** Anchor in a model scene: a 3D point in model units. */
  position: z.optional(Vec3),
  /** Anchor in a panorama scene: degrees. */
  yaw: z.optional(Yaw),
  /** Anchor in a panorama scene: degrees. */
  pitch: z.optional(Pitch),
};

export const CardLink = z.strictObject({
  label: Text,
  url: z
    .string()
    .check(z.refine((s) => /^(https?:|mailto:|\/|\.|#)/i.test(s.trim()), 'links must be http(s), mailto or relative URLs')),
});

export const InfoHotspot = z.strictObject({
  ...hotspotBase,
  type: z.literal('info'),
  /** Markdown. Raw HTML is not rendered. */
  body: Text,
  /** Optional illustration, relative to the tour file. */
  image: z.optional(AssetUrl),
  /** Alternative text for the image. */
  imageAlt: z.optional(Text),
  links: z.optional(z.array(CardLink)),
  /** Optional: a recording with its transcript, played on the card. */
  audio: z.optional(CardAudio),
  /** Optional: a video file (MP4/WebM) with captions. YouTube and Vimeo go in `links`. */
  video: z.optional(CardVideo),
});

export const LinkHotspot = z.strictObject({
  ...hotspotBase,
  type: z.literal('link'),
  /** Id of the scene this hotspot leads to (a scene of `tour` when that is set). */
  target: Id,
  /**
   * Id of another tour (served as `tours/<id>/tour.json`) that holds `target`:
   * the link opens that tour at that scene. Default: this tour.
   */
  tour: z.optional(Id),
  /** Its place in a sequence of scenes: a Back or Next marker, with its own arrow and a label kept in view. Default: a plain link. */
  role: z.optional(z.enum(['back', 'next'])),
});

export const Hotspot = z.discriminatedUnion('type', [InfoHotspot, LinkHotspot]);

const sceneBase = {
  id: Id,
  title: Text,
  description: z.optional(Text),
  /** Image for link previews (og:image), relative to the tour file. Default: cut from the panorama, or the tour's thumbnail.jpg. */
  thumbnail: z.optional(AssetUrl),
  hotspots: z._default(z.array(Hotspot), []),
  /** Optional: a looped background sound, off until the visitor turns sound on. */
  ambient: z.optional(AmbientSound),
};

export const ModelScene = z.strictObject({
  ...sceneBase,
  type: z.literal('model'),
  /** glTF or GLB file; Draco, meshopt and KTX2 (Basis) are supported. */
  model: AssetUrl,
  /** Start camera. Default: framed to show the whole model. */
  camera: z.optional(CameraPose),
  /** Eye height above the floor in walk mode, metres. Default 1.6. */
  eyeHeight: z.optional(z.number().check(z.positive(), z.lte(10))),
  /**
   * Optional: `plan.json` of a floor plan drawn from the model by `sitevisit plan`. The minimap shows it,
   * in this scene and in the panoramas whose standpoint is in it. (A plan of several model scenes: the tour's `plans`.)
   */
  plan: z.optional(AssetUrl),
});

export const PanoramaScene = z.strictObject({
  ...sceneBase,
  type: z.literal('panorama'),
  /** Equirectangular image (2:1), JPEG, PNG or WebP. The fallback when `tiles` is set, and the source of link previews. */
  image: AssetUrl,
  /** Optional: `tiles.json` of a cube-face tile pyramid cut from `image` by `sitevisit tile`; the viewer then streams only what is seen. */
  tiles: z.optional(AssetUrl),
  view: z._default(PanoramaStartView, { yaw: 0, pitch: 0, fov: 75 }),
  /** Optional: where the photo was taken inside a model scene. */
  standpoint: z.optional(
    z.strictObject({
      scene: Id,
      position: Vec3,
      /** Compass correction: the model-space heading (degrees) of the image centre. Default 0. */
      heading: z.optional(Yaw),
    }),
  ),
});

export const Scene = z.discriminatedUnion('type', [ModelScene, PanoramaScene]);

/** A web origin: scheme, host and optional port, no path (`https://partner.example.org`). */
export const Origin = z
  .string()
  .check(z.regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'an origin is "https://host" or "http://host:port", without a path'));

/** Who may embed the tour (iframe) and drive it with the embed API. The viewer's own origin always may. */
export const EmbedSettings = z.strictObject({
  /** Origins of partner pages, e.g. ["https://industrialpark.example"]. Default: none. */
  origins: z._default(z.array(Origin), []),
});

export const Tour = z.strictObject({
  /** Editor hint; ignored by the viewer. */
  $schema: z.optional(z.string()),
  id: Id,
  title: Text,
  description: z.optional(Text),
  /** Language used when a text lacks the visitor's language. */
  defaultLanguage: z._default(LanguageCode, 'en'),
  /** Languages offered by the language switch. Default: [defaultLanguage]. */
  languages: z.optional(z.array(LanguageCode).check(z.minLength(1))),
  /** Id of the first scene. Default: the first scene. */
  startScene: z.optional(Id),
  scenes: z.array(Scene).check(z.minLength(1, 'a tour needs at least one scene')),
  /** Embedding in partner sites. Default: only the viewer's own origin. */
  embed: z.optional(EmbedSettings),
  /** Optional: a map of the tour's sites, shown by the minimap. */
  map: z.optional(TourMap),
  /** Optional: floor plans each shared by a group of model scenes in one coordinate frame (see scenePlans.ts). */
  plans: z.optional(z.array(ScenePlanGroup)),
  /** Optional: guides, tours that play by themselves (narrated, with captions). */
  guides: z.optional(z.array(Guide)),
});

export type LanguageCode = z.infer<typeof LanguageCode>;
export type Text = z.infer<typeof Text>;
export type Vec3 = z.infer<typeof Vec3>;
export type CameraPose = z.infer<typeof CameraPose>;
export type PanoramaStartView = z.infer<typeof PanoramaStartView>;
export type InfoHotspot = z.infer<typeof InfoHotspot>;
export type LinkHotspot = z.infer<typeof LinkHotspot>;
export type Hotspot = z.infer<typeof Hotspot>;
export type ModelScene = z.infer<typeof ModelScene>;
export type PanoramaScene = z.infer<typeof PanoramaScene>;
export type Scene = z.infer<typeof Scene>;
export type { MapPlace, TourMap } from './tourMap';
export type { ScenePlanGroup } from './scenePlans';
export type { Guide, GuideStep } from './guide';
export type { AmbientSound, CardAudio, CardVideo } from './media';
export type Tour = z.infer<typeof Tour>;
/** The manifest as authored (defaults not yet applied). */
export type TourInput = z.input<typeof Tour>;
