/**
 * Sound and video in a tour: audio and video on info cards, ambient sound of
 * a scene. Only files the tour serves itself: YouTube and Vimeo (and any
 * other player page) are for `links`, never embedded, so the page's
 * Content-Security-Policy stays closed. The player code is a lazy chunk
 * (src/media/); a tour without media downloads none of it.
 */
import * as z from 'zod/mini';
import { LanguageCode } from '../protocol/common';
import { AssetUrl, LocalizedAsset, Text } from './primitives';

/** Video sites whose pages are players, not files: they can only be linked. */
const PLAYER_PAGE = /^\s*https?:\/\/([a-z0-9-]+\.)*(youtube\.com|youtu\.be|youtube-nocookie\.com|vimeo\.com)(\/|$)/i;
const notAPlayerPage = z.refine((s: unknown) => typeof s !== 'string' || !PLAYER_PAGE.test(s), 'YouTube and Vimeo videos cannot be embedded: add them to the card\'s "links" instead');

/** Audio on a card: a recording (.webm, .ogg/.opus, .m4a or .mp3: audioTypes.ts), one or one per language, with its transcript. */
export const CardAudio = z.strictObject({
  src: LocalizedAsset,
  /** What is said, for those who cannot or would rather not listen (shown under the player). */
  transcript: Text,
});

/** A video file on a card (MP4 or WebM), played by the browser's own player. */
export const CardVideo = z.strictObject({
  src: AssetUrl.check(notAPlayerPage),
  /** Captions per language: WebVTT files relative to the tour file. */
  captions: z.optional(z.record(LanguageCode, AssetUrl)),
  /** Still image shown before it plays. Default: its first frame. */
  poster: z.optional(AssetUrl),
  /** What the video shows, for its accessible name. Default: the card's title. */
  title: z.optional(Text),
});

/** A scene's ambient sound: looped, off until the visitor turns sound on. */
export const AmbientSound = z.strictObject({
  src: AssetUrl,
  /** 0–1. Default 0.5: background, under any narration. */
  volume: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

export type CardAudio = z.infer<typeof CardAudio>;
export type CardVideo = z.infer<typeof CardVideo>;
export type AmbientSound = z.infer<typeof AmbientSound>;
