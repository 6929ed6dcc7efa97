/** Requests written byte by byte on a loopback socket, so nothing (fetch, undici) tidies them up on the way. */
import { connect } from 'node:net';

export interface RawResponse {
  /** Every status code in the answer (pipelined requests get several), empty if the server only closed. */
  statuses: number[];
  text: string;
  /** True when the server neither answered nor closed within the time limit. */
  timedOut: boolean;
}

export function sendRaw(port: number, request: string | Buffer, { timeoutMs = 3000, halfClose = true, localAddress }: { timeoutMs?: number; halfClose?: boolean; localAddress?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', ...(localAddress ? { localAddress } : {}) });
    const chunks: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('connect', () => {
      socket.write(request);
      if (halfClose) socket.end();
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {
      // A reset after a 400 is how Node ends a connection it will not parse further.
    });
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const statuses = [...text.matchAll(/HTTP\/1\.[01] (\d{3}) /g)].map((m) => Number(m[1]));
      resolve({ statuses, text, timedOut });
    });
  });
}

/** A GET with the given extra header lines; `Connection: close` so the answer ends the socket. */
export function get(port: number, path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  const lines = Object.entries({ Host: `127.0.0.1:${port}`, Connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`);
  return sendRaw(port, `GET ${path} HTTP/1.1\r\n${lines.join('')}\r\n`, { halfClose: false });
}

/** The value of a header in a raw answer (first occurrence), or null. */
export function header(response: RawResponse, name: string): string | null {
  const match = new RegExp(`^${name}: (.*)$`, 'im').exec(response.text.split('\r\n\r\n')[0] ?? '');
  return match?.[1]?.trim() ?? null;
}

/** The body of a single raw answer (chunked transfer coding undone). */
export function body(response: RawResponse): string {
  const raw = response.text.split('\r\n\r\n').slice(1).join('\r\n\r\n');
  if (!/^transfer-encoding: chunked/im.test(response.text.split('\r\n\r\n')[0] ?? '')) return raw;
  let decoded = '';
  let rest = raw;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (lineEnd < 0 || !(size > 0)) return decoded;
    decoded += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}
