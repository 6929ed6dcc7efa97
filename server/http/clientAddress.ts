/**
 * Who sent a request, for per-address limits. Behind a reverse proxy every
 * request comes from the proxy, so `X-Forwarded-For` is read — but only as far
 * as the operator says proxies are trusted (TRUST_PROXY hops): any client can
 * write that header, and only the entries our own proxies appended are true.
 */
import type { IncomingMessage } from 'node:http';

/** `::ffff:127.0.0.2` (IPv4 on a dual-stack socket) is the same client as `127.0.0.2`. */
function normalize(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith('::ffff:') && trimmed.includes('.') ? trimmed.slice('::ffff:'.length) : trimmed;
}

/**
 * The client's address: the socket's peer, or with `trustedProxies` = n > 0 the
 * n-th address from the right of `X-Forwarded-For` (each trusted proxy appends the
 * address it received the request from). Falls back to the peer when the header
 * has fewer entries than that.
 */
export function clientAddress(req: Pick<IncomingMessage, 'headers' | 'socket'>, trustedProxies = 0): string {
  const peer = normalize(req.socket.remoteAddress ?? 'unknown');
  if (trustedProxies <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const list = (Array.isArray(header) ? header.join(',') : (header ?? '')).split(',').map((s) => s.trim()).filter(Boolean);
  const entry = list[list.length - trustedProxies];
  return entry ? normalize(entry) : peer;
}

/** TRUST_PROXY: how many reverse proxies in front of the server append to X-Forwarded-For (default 0: none). */
export function trustedProxiesFromEnv(value: string | undefined): number {
  if (value === undefined || value === '' || value === 'false') return 0;
  if (value === 'true') return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUST_PROXY must be a number of proxies from 0 to 10, not "${value}"`);
  return n;
}
