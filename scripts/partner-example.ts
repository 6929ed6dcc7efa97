/**
 * `npm run example:embed`: the partner-page example in one step. Starts the
 * viewer (`npm start`, port PORT or 8080) with the example's origin added to
 * EMBED_ORIGINS, serves examples/partner-page/ on PARTNER_PORT (8081), and
 * prints the address to open. Without its origin in EMBED_ORIGINS the browser
 * refuses to show the tour in the partner's frame (CSP frame-ancestors).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const root = fileURLToPath(new URL('..', import.meta.url));
const viewerPort = Number(process.env.PORT || 8080);
const partnerPort = Number(process.env.PARTNER_PORT || 8081);
const partnerOrigins = [`http://localhost:${partnerPort}`, `http://127.0.0.1:${partnerPort}`];
const embedOrigins = [process.env.EMBED_ORIGINS, ...partnerOrigins].filter(Boolean).join(',');

const viewer = spawn('npm', ['start'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORT: String(viewerPort), EMBED_ORIGINS: embedOrigins },
});

const files = sirv(fileURLToPath(new URL('../examples/partner-page', import.meta.url)), { dev: true });
const partner = createServer((req, res) => files(req, res, () => void res.writeHead(404).end('Not found')));
partner.listen(partnerPort, '127.0.0.1', () => {
  console.log(`Partner page: http://localhost:${partnerPort}/?viewer=http://localhost:${viewerPort}`);
  console.log(`(the viewer allows it with EMBED_ORIGINS=${embedOrigins})`);
});

const stop = () => {
  partner.close();
  viewer.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
viewer.on('exit', (code) => {
  partner.close();
  process.exitCode = code ?? 0;
});
