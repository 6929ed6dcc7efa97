/**
 * Session codes (short, read aloud) and presenter secrets (long, never logged).
 * Only a hash of each secret is stored; keys are compared in constant time.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET } from '../../src/protocol/live';

/** 6 characters from a 31-letter alphabet: ~887 million codes. */
export function newCode(): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** 192 random bits, URL-safe. */
export const newSecret = (): string => randomBytes(24).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('base64url');

/** Whether `key` is the secret behind `hash`, in time independent of where they differ. */
export function secretMatches(key: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(key));
  const b = Buffer.from(hash);
  return a.length === b.length && timingSafeEqual(a, b);
}
