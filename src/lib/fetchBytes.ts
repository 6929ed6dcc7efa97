import { refusedByPolicy, watchPolicyRefusals } from './policyRefusals';

/** A file could not be fetched; `status` is the HTTP status when there was one, `blocked` when this site's security policy refused it. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly blocked = false,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export interface FetchOptions {
  signal?: AbortSignal;
  /** Called with 0..1 as bytes arrive, or null when the size is unknown. */
  onProgress?: (fraction: number | null) => void;
}

/** Fetches a file into memory, reporting progress and turning failures into readable errors. */
export async function fetchBytes(url: string, { signal, onProgress }: FetchOptions = {}): Promise<ArrayBuffer> {
  let response: Response;
  watchPolicyRefusals();
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    if (await refusedByPolicy(url)) {
      throw new FetchError(`this site's Content-Security-Policy does not allow ${new URL(url, location.href).origin} (connect-src)`, url, undefined, true);
    }
    throw new FetchError('the file could not be downloaded (network error)', url);
  }
  if (!response.ok) {
    const reason = response.status === 404 ? 'the file does not exist (404)' : `the server answered ${response.status}`;
    throw new FetchError(reason, url, response.status);
  }
  // With content-encoding, content-length counts compressed bytes while the stream yields
  // decoded ones; our server names the decoded size in X-Uncompressed-Length.
  const declared = response.headers.get('x-uncompressed-length') ?? (response.headers.get('content-encoding') ? null : response.headers.get('content-length'));
  const length = Number(declared ?? NaN);
  const total = Number.isFinite(length) && length > 0 ? length : null;
  if (!response.body || !onProgress) return response.arrayBuffer();

  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  onProgress(total ? 0 : null);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.byteLength;
    onProgress(total ? Math.min(1, received / total) : null);
  }
  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * A small in-memory byte cache so that files can be fetched ahead of need
 * (the first scene while its code loads, link targets of the current scene)
 * without touching the GPU. Whoever takes a file still sees its progress.
 */
interface Preload {
  bytes: Promise<ArrayBuffer>;
  progress: number | null;
  listeners: Set<(fraction: number | null) => void>;
}
const preloaded = new Map<string, Preload>();
const MAX_PRELOADED = 6;

export function preloadBytes(url: string): void {
  if (preloaded.has(url)) return;
  const entry: Preload = { bytes: Promise.resolve(new ArrayBuffer(0)), progress: null, listeners: new Set() };
  entry.bytes = fetchBytes(url, {
    onProgress: (fraction) => {
      entry.progress = fraction;
      for (const listener of entry.listeners) listener(fraction);
    },
  }).catch(() => {
    preloaded.delete(url);
    return new ArrayBuffer(0); // the real load retries and reports the error
  });
  preloaded.set(url, entry);
  while (preloaded.size > MAX_PRELOADED) preloaded.delete(preloaded.keys().next().value as string);
}

/** The bytes of a file being preloaded, without taking it out of the cache (an early decode reads them too). */
export const preloadedBytes = (url: string): Promise<ArrayBuffer> | null => preloaded.get(url)?.bytes ?? null;

/** Takes a preloaded file out of the cache (following its progress), or fetches it now. */
export async function takeBytes(url: string, options: FetchOptions = {}): Promise<ArrayBuffer> {
  const entry = preloaded.get(url);
  if (entry) {
    preloaded.delete(url);
    const { onProgress } = options;
    if (onProgress) {
      onProgress(entry.progress);
      entry.listeners.add(onProgress);
    }
    const bytes = await entry.bytes;
    if (onProgress) entry.listeners.delete(onProgress);
    if (bytes.byteLength > 0) {
      onProgress?.(1);
      return bytes;
    }
  }
  return fetchBytes(url, options);
}
