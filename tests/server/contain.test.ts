/**
 * Failures stay inside their request: a handler that throws or rejects gets
 * its request a 500 with a reason (JSON under /api/) or, once the answer has
 * begun, a closed connection; the log names method and path, never the
 * query; the server goes on. The last-resort handlers log what no handler
 * caught, with the request it came from, and the process does not exit.
 */
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeRange } from '../../server/http/byteRange';
import { listen, plantFixture } from './httpFixture';
import { body, get, header, sendRaw } from './rawHttp';
import fc from 'fast-check';

const fixture = plantFixture();
const logs: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  ({ server, port } = await listen({
    dist: fixture.dist,
    log: (line) => logs.push(line),
    api: (req, res) => {
      const path = req.url?.split('?')[0];
      if (path === '/api/throw') throw new Error('thrown');
      if (path === '/api/reject') return Promise.reject(new Error('rejected'));
      if (path === '/api/begun') {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('partial');
        return new Promise((_, reject) => setImmediate(() => reject(new Error('late'))));
      }
      res.writeHead(204).end();
    },
  }));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  fixture.remove();
});

describe('containment', () => {
  it('answers a throw or a rejection with 500 and a JSON reason, logged without the query', async () => {
    for (const [path, message] of [
      ['/api/throw', 'thrown'],
      ['/api/reject', 'rejected'],
    ]) {
      const response = await get(port, `${path}?key=SECRET-KEY`);
      expect(response.statuses).toEqual([500]);
      expect(header(response, 'content-type')).toBe('application/json');
      expect(JSON.parse(body(response))).toEqual({ error: 'internal error' });
      expect(logs).toContain(`GET ${path}: ${message}`);
    }
    expect(logs.join('\n')).not.toContain('SECRET-KEY');
  });

  it('closes a response that had begun, and serves the next request', async () => {
    const response = await get(port, '/api/begun');
    expect(response.statuses).toEqual([200]);
    expect(response.text).toContain('partial');
    expect(response.timedOut).toBe(false);
    expect(logs).toContain('GET /api/begun: late');
    expect((await get(port, '/api/ok')).statuses).toEqual([204]);
    expect((await get(port, '/')).statuses).toEqual([200]);
  });

  it('answers a request it cannot read before any handler sees it', async () => {
    const response = await sendRaw(port, 'GET /api/throw HTTP/1.1\r\nHost: a b\r\n\r\n');
    expect(response.statuses).toEqual([400]);
    expect(logs.filter((l) => l.includes('a b'))).toEqual([]);
  });
});

describe('byte range judgement', () => {
  it('never gives sirv a range outside the file', () => {
    const headers = fc.oneof(
      fc.tuple(fc.oneof(fc.constant(''), fc.nat().map(String), fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String), fc.string()), fc.oneof(fc.constant(''), fc.nat().map(String), fc.string())).map(([a, b]) => `bytes=${a}-${b}`),
      fc.string(),
      fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 2, maxLength: 4 }).map((r) => `bytes=${r.map(([a, b]) => `${a}-${b}`).join(',')}`),
    );
    fc.assert(
      fc.property(headers, fc.nat(100), (value, size) => {
        const verdict = judgeRange(value, size);
        if (verdict.kind === 'range') return Number.isSafeInteger(verdict.start) && verdict.start >= 0 && verdict.start <= verdict.end && verdict.end < size;
        return true;
      }),
      { numRuns: 5000 },
    );
  });

  it('reads what RFC 9110 defines', () => {
    expect(judgeRange('bytes=2-5', 10)).toEqual({ kind: 'range', start: 2, end: 5 });
    expect(judgeRange('bytes=2-50', 10)).toEqual({ kind: 'range', start: 2, end: 9 });
    expect(judgeRange('bytes=-3', 10)).toEqual({ kind: 'range', start: 7, end: 9 });
    expect(judgeRange('bytes=-30', 10)).toEqual({ kind: 'range', start: 0, end: 9 });
    expect(judgeRange('bytes=10-', 10)).toEqual({ kind: 'unsatisfiable' });
    expect(judgeRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(judgeRange('bytes=5-2', 10)).toEqual({ kind: 'whole' });
    expect(judgeRange('bytes=0-1,3-4', 10)).toEqual({ kind: 'whole' });
  });
});

describe('last resort', () => {
  it('logs a stray rejection and exception with their request, and the process goes on', { timeout: 60_000 }, () => {
    const script = fileURLToPath(new URL('./lastResortChild.ts', import.meta.url));
    const child = spawnSync(process.execPath, ['--import', 'tsx', script], { encoding: 'utf8', timeout: 50_000 });
    expect(child.status).toBe(0);
    expect(child.stderr).toContain('Unhandled rejection in GET /stray: Error: stray rejection');
    expect(child.stderr).toContain('Uncaught exception in POST /thrown: Error: stray exception');
    expect(child.stderr).not.toContain('secret-query');
    expect(child.stdout.trim()).toBe('still running');
  });
});
