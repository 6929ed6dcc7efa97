/**
 * How guests are named to each other in the live visit: an opaque participant
 * id derived from the registration (stable across reconnections and processes,
 * but not the registration's id nor anything personal).
 */
import { createHash } from 'node:crypto';

export const participantOf = (registrationId: string): string => `g${createHash('sha256').update(`participant:${registrationId}`).digest('base64url').slice(0, 12)}`;

/** Milliseconds since 1970 as the catalogue's ISO 8601 text. */
export const iso = (ms: number): string => new Date(ms).toISOString();
