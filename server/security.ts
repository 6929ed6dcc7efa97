/**
 * Security headers of every page the server sends. The policy is strict:
 * our own origin only, no inline scripts or styles, no eval. Its exceptions:
 * - script-src 'wasm-unsafe-eval': compiling WebAssembly, which the Draco,
 *   meshopt and Basis (KTX2) decoders are. It does not allow eval() or new Function().
 * - worker-src blob:: three's DRACOLoader and KTX2Loader start their decoder
 *   workers from blob: URLs they build from the decoder scripts.
 * - img-src/connect-src data: blob:: glTF files embed buffers and images as
 *   data: URIs; dropped local files are opened as blob: URLs.
 * - assetOrigins (ASSET_ORIGINS): hosts the operator trusts to serve models and
 *   panoramas referenced by absolute URL (tours or ?model= quick views).
 * - frame-ancestors: the pages allowed to embed the tour (its own `embed.origins`
 *   and EMBED_ORIGINS).
 */
import type { ServerResponse } from 'node:http';

export interface PolicyOptions {
  /** Origins allowed to embed this page in an iframe, besides our own. */
  frameAncestors?: readonly string[];
  /** Origins models and images may be fetched from, besides our own. */
  assetOrigins?: readonly string[];
}

export function contentSecurityPolicy({ frameAncestors = [], assetOrigins = [] }: PolicyOptions = {}): string {
  const assets = assetOrigins.length > 0 ? ` ${assetOrigins.join(' ')}` : '';
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    `img-src 'self' data: blob:${assets}`,
    "worker-src 'self' blob:",
    "style-src 'self'",
    `connect-src 'self' data: blob:${assets}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors 'self'${frameAncestors.length > 0 ? ` ${frameAncestors.join(' ')}` : ''}`,
  ].join('; ');
}

/**
 * The policy of the Basis (KTX2) decoder worker, /decoders/basis-worker.js: its
 * emscripten glue compiles functions with `new Function`, so this worker, and
 * nothing else, may evaluate code. It has no DOM and may fetch nothing.
 */
export const BASIS_WORKER_POLICY = "default-src 'none'; script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'";

export function setSecurityHeaders(res: ServerResponse, options: PolicyOptions): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(options));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

/**
 * The policy of every response that is not a page or a worker (files, API
 * answers, errors): nothing may load and, if such a file is opened directly
 * (an SVG or XML file with a script in it), it runs sandboxed on an opaque
 * origin, unable to call our API as us. A page loading it as an image, a
 * script or with fetch() is not affected: a response's policy governs only
 * the document or worker it creates.
 */
export const NON_PAGE_POLICY = "default-src 'none'; sandbox";
