/**
 * Live session codes and the `/live/<code>` path, without zod: the viewer's
 * first chunk reads the path, and only live pages load the message catalogue.
 */

/** Session codes: 6 characters without look-alikes (no 0/O, 1/I/L), easy to read aloud. */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_PATTERN = /^[2-9A-HJKMNP-Z]{6}$/;

/** `/live/<code>` → code (upper-cased: codes read aloud get typed in any case), else null. */
export function liveCodeFromPath(pathname: string): string | null {
  const code = /^\/live\/([A-Za-z0-9]{6})\/?$/.exec(pathname)?.[1]?.toUpperCase() ?? null;
  return code && CODE_PATTERN.test(code) ? code : null;
}
