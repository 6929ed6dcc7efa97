/**
 * Generated HTTP requests for the fuzz test: the pieces outsiders try (encoded
 * dots and slashes, NULs, overlong paths, hosts, byte ranges, conflicting
 * lengths, odd methods and versions, bodies, truncation, pipelining), mixed
 * with real paths of the app so that many of them reach deep into it.
 */
import fc from 'fast-check';

/** Segments the app knows, and tricks that stay well-formed HTTP. */
const PIECES = [
  '', '.', '..', '%2e', '%2E%2e', '%2f', '%2F', '%5c', '%252e%252e', '..%2f', '..\\', '\\', '.env', '.git', 'config', 'tours', 'assets', 'api',
  'live', 't', 'dist', 'dist-x', 'secret.json', 'leak.json', 'outside.json', 'up', 'favicon.svg', 'index.html', 'poster.html', 'models',
  'pilot-hall.glb', 'processum', 'hall', 'tour.json', 'socket.io', 'embed-origins.json', 'decoders', 'basis-worker.js', 'sitevisit-embed.js',
  'ZZZZZZ', '%73ecret', '%C3%A9', '~', ';', '*', '?', '#', 'a'.repeat(300),
];
/** Malformed escapes, NULs, overlong UTF-8, raw non-ASCII. */
const ODD_PIECES = ['%00', '%', '%zz', '%c0%ae', '%e0%80%ae', 'é', '%ff'];
const PREFIXES = ['/', '/', '/', '/tours/', '/api/', '/api/live', '/t/', '/live/', '/models/', '/assets/', '//', 'http://127.0.0.1/', 'http://evil.example/', '/socket.io/'];
const QUERIES = ['embed=1', 'tour=%73ecret', 'tour=..%2f', 'key=abc', 'EIO=4&transport=polling', 'EIO=4&transport=websocket', 'embed=1&autoload=0', 'v=1,2,3', '%zz', 'a=%00'];

/** Mostly well-formed, so that most requests reach the app's handlers; now and then anything. */
const sometimes = <T>(usual: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 15, arbitrary: usual }, { weight: 1, arbitrary: odd });

const segment = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD_PIECES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12, unit: 'binary-ascii' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'binary' }) },
);

/** Paths straight at the planted secrets (httpFuzz.test.ts), each dot or slash maybe percent-encoded, in either case. */
const ATTACKS = [
  '/tours/.env', '/tours/.git/config', '/tours/leak.json', '/tours/up/secret.json', '/tours/up/outside.json', '/tours/up/tours/.env',
  '/tours/../secret.json', '/tours/../outside.json', '/../dist-x/secret.json', '/dist-x/secret.json', '/tours/../../dist-x/secret.json',
  '/tours//leak.json', '/tours/./leak.json', '/assets/../../dist-x/secret.json', '/tours/up/../up/secret.json', '/tours/processum/../../secret.json',
];
const attack = fc
  .tuple(fc.constantFrom(...ATTACKS), fc.array(fc.constantFrom('', '', '%2e', '%2E', '%2f', '%2F', '%5c', '%252e'), { minLength: 40, maxLength: 40 }))
  .map(([target, encodings]) => {
    let i = 0;
    return target.replace(/[./]/g, (c) => {
      const e = encodings[i++ % encodings.length] as string;
      if (c === '.' && /^%(2e|252e)$/i.test(e)) return e;
      if (c === '/' && i > 1 && /^%(2f|5c)$/i.test(e)) return e;
      return c;
    });
  });

const anyPath = fc
  .tuple(
    sometimes(fc.constantFrom(...PREFIXES), fc.constantFrom('', '*', 'a', '?')),
    fc.array(segment, { maxLength: 6 }),
    fc.option(sometimes(fc.constantFrom(...QUERIES), fc.string({ maxLength: 20 })), { nil: undefined }),
    sometimes(fc.constantFrom('', '', '/'), fc.constantFrom('a'.repeat(20_000), '%2e%2e/'.repeat(500))),
  )
  .map(([prefix, parts, query, tail]) => `${prefix}${parts.join('/')}${tail}${query === undefined ? '' : `?${query}`}`);
const path = fc.oneof({ weight: 3, arbitrary: anyPath }, { weight: 1, arbitrary: attack });

const number = fc.oneof(fc.constant(''), fc.nat(20).map(String), fc.nat().map(String), fc.bigInt({ min: 0n, max: 10n ** 25n }).map(String), fc.constantFrom('-1', 'a', ' 1', '1.5', '0x10', '١'));
const range = fc.oneof(
  fc.tuple(number, number).map(([a, b]) => `bytes=${a}-${b}`),
  fc.array(fc.tuple(fc.nat(50), fc.nat(50)), { minLength: 2, maxLength: 5 }).map((r) => `bytes=${r.map(([a, b]) => `${a}-${b}`).join(',')}`),
  fc.constantFrom('bytes=', 'bytes=-', 'bytes=--1', 'items=0-1', 'bytes = 0-1', 'bytes=0-1, bytes=2-3', 'bytes=1-0'),
  fc.string({ maxLength: 20 }),
);

const header = fc.oneof(
  { weight: 6, arbitrary: range.map((v) => `Range: ${v}`) },
  fc.oneof(fc.nat(200).map(String), fc.constantFrom('-1', 'abc', '1, 2', '99999999999', '')).map((v) => `Content-Length: ${v}`),
  fc.constantFrom('chunked', 'gzip, chunked', 'chunked, identity', 'identity').map((v) => `Transfer-Encoding: ${v}`),
  fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x').map((v) => `Content-Type: ${v}`),
  fc.constantFrom('http://evil.example', 'null', 'http://127.0.0.1', '').map((v) => `Origin: ${v}`),
  fc.constantFrom('br', 'gzip', 'br, gzip', '*', 'identity;q=0').map((v) => `Accept-Encoding: ${v}`),
  fc.constantFrom('W/"x"', '*', '"a", "b"').map((v) => `If-None-Match: ${v}`),
  fc.constantFrom('upgrade', 'keep-alive', 'close', 'Upgrade, HTTP2-Settings').map((v) => `Connection: ${v}`),
  fc.constantFrom('websocket', 'h2c', 'foo').map((v) => `Upgrade: ${v}`),
  fc.constant('Expect: 100-continue'),
  fc.string({ maxLength: 40 }).map((v) => `X-Forwarded-For: ${v}`),
  fc.constantFrom('x'.repeat(20_000), '').map((v) => `Cookie: ${v}`),
  fc.tuple(fc.string({ maxLength: 10, unit: 'binary-ascii' }), fc.string({ maxLength: 20, unit: 'binary-ascii' })).map(([k, v]) => `${k}: ${v}`),
);

const host = fc.oneof(
  { weight: 12, arbitrary: fc.constant('VALID') },
  { weight: 3, arbitrary: fc.constantFrom('a b', '', '[zz]', '[:]', 'x:99999', '[::1]:80', 'localhost', 'ä', '127.0.0.1:0', 'evil.example', 'a/b', 'a@b', 'x'.repeat(300)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constant(null) },
);

const body = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom('{}', '{"tour":"processum"}', '{"tour":"../x"}', '{not json', '{"presenters":["a","b","c","d","e","f","g","h","i"]}', '\0\0\0', '0\r\n\r\n', '5\r\nab\r\n0\r\n\r\n', 'zz\r\n') },
  { weight: 2, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(70_000)) },
);

export interface FuzzRequest {
  bytes: Buffer;
  /** For the failure message. */
  summary: string;
}

/** `validHost` replaces the placeholder host with the server's own. */
export function fuzzRequest(validHost: string): fc.Arbitrary<FuzzRequest> {
  return fc
    .record({
      method: sometimes(fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'), fc.constantFrom('TRACE', 'CONNECT', 'PRI', 'get', 'G ET', '')),
      path,
      version: sometimes(fc.constantFrom('HTTP/1.1', 'HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0'), fc.constantFrom('HTTP/2.0', 'HTTX/1.1', '')),
      hosts: sometimes(host.map((h) => [h]), fc.array(host, { minLength: 2, maxLength: 2 })),
      headers: fc.array(header, { maxLength: 3 }),
      body,
      fixLength: sometimes(fc.constant(true), fc.constant(false)),
      truncateAt: sometimes(fc.constant(undefined), fc.nat()),
      pipelined: sometimes(fc.constant(false), fc.constant(true)),
    })
    .map(({ method, path: target, version, hosts, headers, body: content, fixLength, truncateAt, pipelined }) => {
      const lines = [`${method} ${target} ${version}`];
      for (const h of hosts) if (h !== null) lines.push(`Host: ${h === 'VALID' ? validHost : h}`);
      lines.push(...headers);
      if (fixLength && content) lines.push(`Content-Length: ${Buffer.byteLength(content)}`);
      let text = `${lines.join('\r\n')}\r\n\r\n${content}`;
      if (pipelined) text += `GET /favicon.svg HTTP/1.1\r\nHost: ${validHost}\r\n\r\n`;
      let bytes = Buffer.from(text, 'utf8');
      if (truncateAt !== undefined) bytes = bytes.subarray(0, truncateAt % (bytes.length + 1));
      const summary = JSON.stringify(bytes.toString('latin1').slice(0, 300));
      return { bytes, summary };
    });
}
