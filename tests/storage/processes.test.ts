/**
 * The embedded database (SQLite) with real processes: several servers opening a new database file
 * at the same moment create and migrate it once between them (the first takes the write lock, the
 * others wait and find it done), and a process killed with SIGKILL in the middle of a stream of
 * registrations leaves a database that opens whole: every registration it had committed is there with
 * its status, nothing is half written, and the seats still add up (synchronous=NORMAL in WAL mode:
 * durable against a killed process; docs/visits.md says what it is not durable against).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { migrations } from '../../server/storage/migrations';
import { openStorage } from '../../server/storage/open';
import { exited, node } from '../live/processes';

const children: ChildProcess[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill('SIGKILL');
    await exited(child);
  }
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const freshDataDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitevisit-sqlite-processes-'));
  folders.push(dir);
  return dir;
};

/** Runs a fixture with stdin open; `lines` collects its output line by line, `line(match)` waits for one. */
function run(name: string, env: NodeJS.ProcessEnv) {
  const { command, args } = node(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)));
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let partial = '';
  let errors = '';
  const waiting = new Set<() => void>();
  child.stdout.on('data', (chunk: Buffer) => {
    const parts = (partial + chunk.toString()).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
    for (const check of [...waiting]) check();
  });
  child.stderr.on('data', (chunk: Buffer) => void (errors += chunk.toString()));
  const line = (match: (l: string) => boolean, timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${name}: no such line within ${timeoutMs} ms; printed ${lines.slice(-5).join(' | ')} ${errors}`)), timeoutMs);
      const check = () => {
        const found = lines.find(match);
        if (found === undefined) return;
        clearTimeout(timer);
        waiting.delete(check);
        resolve(found);
      };
      waiting.add(check);
      child.once('exit', () => setTimeout(check, 0));
      check();
    });
  return { child, lines, line, errors: () => errors };
}

it('creates and migrates a new database once when three processes open it at the same moment', async () => {
  for (let round = 0; round < 3; round++) {
    const dataDir = freshDataDir();
    const openers = [0, 1, 2].map(() => run('open-storage.ts', { DATA_DIR: dataDir }));
    await Promise.all(openers.map((o) => o.line((l) => l === 'ready')));
    for (const o of openers) o.child.stdin?.write('go\n');
    const said = await Promise.all(openers.map((o) => o.line((l) => l === 'open' || l.startsWith('failed'))));
    expect(said, openers.map((o) => o.errors()).join('\n')).toEqual(['open', 'open', 'open']);

    const storage = await openStorage({ dataDir });
    try {
      const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(storage.db);
      expect(applied.rows.map((r) => r.name)).toEqual(Object.keys(migrations));
      expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(storage.db)).rows).toEqual([{ integrity_check: 'ok' }]);
      // The last step's column is there: every step ran, each once.
      expect(await storage.db.selectFrom('visits').select('ended_at').execute()).toEqual([]);
    } finally {
      await storage.close();
    }
  }
}, 120_000);

it('keeps every committed registration, whole, when the process is killed in the middle of registering', async () => {
  const dataDir = freshDataDir();
  const writer = run('register-loop.ts', { DATA_DIR: dataDir });
  // Past the 50 seats, so both statuses are written, then killed while it writes on.
  await writer.line((l) => l.startsWith('registered 120 '));
  writer.child.kill('SIGKILL');
  await exited(writer.child);
  const acknowledged = writer.lines.filter((l) => l.startsWith('registered ')).map((l) => l.split(' ') as [string, string, string]);
  expect(acknowledged.length).toBeGreaterThanOrEqual(120);

  const storage = await openStorage({ dataDir });
  try {
    expect((await sql<{ integrity_check: string }>`pragma integrity_check`.execute(storage.db)).rows).toEqual([{ integrity_check: 'ok' }]);
    const rows = await storage.db.selectFrom('registrations').select(['name', 'status', 'seq']).orderBy('seq').execute();
    const stored = new Map(rows.map((r) => [r.name, r.status]));
    for (const [, n, status] of acknowledged) expect([n, stored.get(`Guest ${n}`)]).toEqual([n, status]);
    // Nothing beyond a registration that was under way when the process died, and the seats add up.
    expect(rows.length - acknowledged.length).toBeLessThanOrEqual(1);
    expect(rows.map((r) => r.seq)).toEqual(rows.map((_, i) => i + 1));
    expect(rows.filter((r) => r.status === 'confirmed').length).toBe(50);
  } finally {
    await storage.close();
  }
}, 120_000);
