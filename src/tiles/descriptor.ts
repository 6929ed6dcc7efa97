/**
 * The tile descriptor (`tiles.json`) written by `sitevisit tile` next to a
 * cube-face pyramid and read by the viewer. This zod schema is the source of
 * its types. `zod/mini`: the viewer ships it in the visitor's JavaScript.
 */
import * as z from 'zod/mini';

/** The six cube faces in the order they appear in the preview strip. */
export const FACES = ['front', 'right', 'back', 'left', 'up', 'down'] as const;
export const Face = z.enum(FACES);
export type Face = z.infer<typeof Face>;

const positiveInt = () => z.number().check(z.int(), z.positive());

/** One resolution level: every face is `faceSize` px square, cut into `tilesPerSide`² tiles. */
export const Level = z.object({
  /** Edge of a face at this level, in px; a multiple of the descriptor's tileSize. */
  faceSize: positiveInt(),
  /** Tiles along one edge of a face: faceSize / tileSize. */
  tilesPerSide: positiveInt(),
});
export type Level = z.infer<typeof Level>;

export const TileDescriptor = z
  .object({
    format: z.literal('sitevisit-tiles'),
    version: z.literal(1),
    projection: z.literal('cube'),
    /** Edge of every tile in px (all tiles are full squares). */
    tileSize: positiveInt(),
    /** Edge of a face at the deepest level (= the last entry of `levels`). */
    faceSize: positiveInt(),
    /** Smallest first; level index 0 is the smallest. */
    levels: z.array(Level).check(z.minLength(1)),
    /** Always the six faces in this order. */
    faces: z.tuple([z.literal('front'), z.literal('right'), z.literal('back'), z.literal('left'), z.literal('up'), z.literal('down')]),
    /** Path template relative to tiles.json: `{level}/{face}/{row}_{col}.{ext}`. */
    tilePath: z.string().check(z.minLength(1)),
    ext: z.enum(['jpg', 'webp']),
    /** A tiny image shown at once: the six faces side by side in FACES order. */
    preview: z.object({
      path: z.string().check(z.minLength(1)),
      layout: z.literal('cube-strip-6x1'),
      /** Edge of each face in the strip, px (the strip is 6·faceSize × faceSize). */
      faceSize: positiveInt(),
    }),
    /** The equirectangular image the pyramid was cut from. */
    source: z.object({ width: positiveInt(), height: positiveInt(), file: z.string() }),
  })
  .check(
    z.refine((d) => d.levels[d.levels.length - 1]?.faceSize === d.faceSize, 'the last level must have the descriptor faceSize'),
    z.refine((d) => d.levels.every((l) => l.faceSize === l.tilesPerSide * d.tileSize), 'each level faceSize must be tilesPerSide × tileSize'),
    z.refine((d) => d.levels.every((l, i) => i === 0 || l.faceSize > d.levels[i - 1]!.faceSize), 'levels must grow, smallest first'),
  );
export type TileDescriptor = z.infer<typeof TileDescriptor>;
