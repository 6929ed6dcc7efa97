/**
 * Pages of EMBED_ORIGINS may create sessions from their own site: a JSON POST
 * from another origin is preceded by a CORS preflight, which only they get
 * granted. Every other origin gets no CORS headers, so its page could not read
 * an answer even if it got one.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** CORS headers for an answer to `origin`, if it is one of `embedOrigins`; else none. */
export function corsHeaders(headers: IncomingHttpHeaders, embedOrigins: readonly string[]): Record<string, string> {
  const origin = headers.origin;
  if (!origin || !embedOrigins.includes(origin)) return { Vary: 'Origin' };
  return { 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': 'Retry-After', Vary: 'Origin' };
}

/** The preflight answer for an allowed origin. */
export function preflightHeaders(headers: IncomingHttpHeaders, embedOrigins: readonly string[]): Record<string, string> {
  return {
    ...corsHeaders(headers, embedOrigins),
    'Access-Control-Allow-Methods': 'POST',
    'Access-Control-Allow-Headers': 'Content-Type, Authorization',
    'Access-Control-Max-Age': '600',
  };
}
