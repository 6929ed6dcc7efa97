/** The tour format's smallest words: texts, points and file references (schema.ts, tourMap.ts and plan.ts build on them). */
import * as z from 'zod/mini';
import { LanguageCode } from '../protocol/common';

/** A visible text: one string for every language, or one string per language. */
export const Text = z.union([
  z.string(),
  z
    .record(LanguageCode, z.string())
    .check(z.refine((map) => Object.keys(map).length > 0, 'a per-language text needs at least one language')),
]);

export const Vec3 = z.tuple([z.number(), z.number(), z.number()]);

/** An asset reference: a path relative to the tour file, a root-relative path, or an http(s) URL. */
export const AssetUrl = z
  .string()
  .check(
    z.minLength(1),
    z.refine((s) => !/^\s*(javascript|data|vbscript):/i.test(s), 'asset URLs must be paths or http(s) URLs'),
  );

/** A file per language (narration, captions of a video), or one file for every language. */
export const LocalizedAsset = z.union([AssetUrl, z.record(LanguageCode, AssetUrl)]);
