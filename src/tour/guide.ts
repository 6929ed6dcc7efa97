/**
 * Guides (`guides` in tour.json): tours that play by themselves. A guide is an
 * ordered list of steps; a step is a view state (scene, view, open card), how
 * long it stays, and optional narration audio with captions (WebVTT) per
 * language. The guide player (src/guides/player/, a lazy chunk) plays them.
 */
import * as z from 'zod/mini';
import { Id, LanguageCode, View } from '../protocol/common';
import { AssetUrl, LocalizedAsset, Text } from './primitives';

/** A step stays on screen at most this long, seconds (a 30-minute guide is many steps). */
export const MAX_STEP_SECONDS = 600;

export const GuideStep = z.strictObject({
  /** The scene this step shows. */
  scene: Id,
  /** The camera view (as links carry it: `kind` panorama or model). Default: the scene's start view. */
  view: z.optional(View),
  /** Id of an info hotspot whose card is open during the step. Default: none. */
  card: z.optional(Id),
  /** How long the step stays, seconds. With audio, the longer of this and the audio. */
  duration: z.number().check(z.positive(), z.lte(MAX_STEP_SECONDS)),
  /** A short heading of the step, shown in the player. Default: the scene's title. */
  title: z.optional(Text),
  /** Narration (.webm, .ogg/.opus, .m4a or .mp3: audioTypes.ts), relative to the tour file: one file, or one per language (`{"en": "01.en.ogg", …}`). */
  audio: z.optional(LocalizedAsset),
  /** Captions of the narration per language: WebVTT files relative to the tour file. */
  captions: z.optional(z.record(LanguageCode, AssetUrl)),
});

export const Guide = z.strictObject({
  /** Unique among the tour's guides (`?guide=<id>` in links). */
  id: Id,
  title: Text,
  description: z.optional(Text),
  steps: z.array(GuideStep).check(z.minLength(1, 'a guide needs at least one step')),
  /** Where the guide goes on when it ends: a guide of another tour, opened at its first step by a link the visitor follows. Default: it just ends. */
  next: z.optional(
    z.strictObject({
      /** Id of the other tour (served as `tours/<id>/tour.json`). */
      tour: Id,
      /** The scene of that tour the link opens. */
      scene: Id,
      /** Id of the guide in that tour. */
      guide: Id,
    }),
  ),
});

export type GuideStep = z.infer<typeof GuideStep>;
export type Guide = z.infer<typeof Guide>;
