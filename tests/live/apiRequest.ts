/** `POST /api/live` with exactly the headers a test names, from a chosen local address (node:http: fetch sets Host and Origin itself). */
import { request } from 'node:http';

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export function post(url: string, headers: Record<string, string>, body = '{}', localAddress?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/live`, { method: 'POST', headers, ...(localAddress ? { localAddress } : {}) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

export const json = { 'Content-Type': 'application/json' };
