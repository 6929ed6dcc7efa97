/**
 * Where a cold load's time goes (`npm run bench -- --only trace [--url /path] [--rounds N]`): loads a
 * page of the compare setup in a fresh context with a Chromium trace, then prints, relative to
 * navigation start, the requests (sent → response → finished), the page's own marks, the main
 * thread's busy time by kind (script compile, script run, GC, style/layout/paint, image decode) and
 * its long tasks with what dominated each, and the GPU process's busy time. The trace itself is
 * written to `.bench/trace-<n>.json` (open it in Chromium's Performance panel).
 */
import type { Page } from 'playwright-core';
import type { Session } from '../../tests/browser/harness';
import { DESKTOP } from './compare';
import { READY_PROBE } from './inpage';
import { round } from './stats';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'gpu', 'loading', 'toplevel', 'disabled-by-default-v8.compile'].join(',');

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown>; frame?: string };
}

export interface TracedLoad {
  trace: Buffer;
  summary: string[];
}

/** One cold, traced load of `url`, waiting for the performance mark `mark`. */
export async function tracedLoad(session: Session, url: string, mark: string): Promise<TracedLoad> {
  const context = await session.browser.newContext({ viewport: DESKTOP, deviceScaleFactor: 1, reducedMotion: 'reduce' });
  try {
    await context.addInitScript(READY_PROBE);
    const page = await context.newPage();
    await session.browser.startTracing(page, { categories: CATEGORIES.split(',') });
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name, 'mark').length > 0, mark, { timeout: 60_000, polling: 20 });
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    const trace = await session.browser.stopTracing();
    return { trace, summary: summarize(trace, await marksOf(page)) };
  } finally {
    await context.close();
  }
}

const marksOf = (page: Page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => ({ name: m.name, ms: m.startTime }))) as Promise<{ name: string; ms: number }[]>;

/** Which kind of main-thread work an event is, for the busy-time table (null: not counted on its own). */
function kindOf(e: TraceEvent): string | null {
  if (/^(v8\.compile|v8\.compileModule|V8\.CompileCode|v8\.parseOnBackground|CompileScript|V8\.ScriptCompiler)/.test(e.name)) return 'script compile';
  if (/GC|Scavenge|MarkCompact/.test(e.name)) return 'garbage collection';
  if (/^(EvaluateScript|v8\.run|v8\.evaluateModule|FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|v8\.callFunction|RunMicrotasks)$/.test(e.name)) return 'script run';
  if (/^(UpdateLayoutTree|RecalculateStyles|Layout|UpdateLayerTree|PrePaint|Paint|Layerize|Commit|CompositeLayers)$/.test(e.name)) return 'style, layout, paint';
  if (/^(Decode Image|ImageDecodeTask|Decode LazyPixelRef|Rasterize|RasterTask)$/.test(e.name)) return 'image decode, raster';
  if (/^ParseHTML$/.test(e.name)) return 'HTML parse';
  return null;
}

function summarize(buffer: Buffer, marks: { name: string; ms: number }[]): string[] {
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const threadName = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const navigation = events.find((e) => e.name === 'navigationStart' && (e.args?.data as { isLoadingMainFrame?: boolean } | undefined)?.isLoadingMainFrame && (e.args?.data as { documentLoaderURL?: string }).documentLoaderURL?.startsWith('http'));
  if (!navigation) return ['(no navigationStart in the trace)'];
  const t0 = navigation.ts;
  const ms = (ts: number) => round((ts - t0) / 1000, 0);
  const main = `${navigation.pid}:${navigation.tid}`;
  const end = Math.max(...marks.map((m) => m.ms)) * 1000 + t0;
  const out: string[] = [];

  out.push('Requests (ms after navigation start: sent → response → finished):');
  const requests = new Map<string, { url: string; sent?: number; response?: number; finished?: number }>();
  for (const e of events) {
    const data = e.args?.data as { requestId?: string; url?: string; finishTime?: number } | undefined;
    if (!data?.requestId) continue;
    const r = requests.get(data.requestId) ?? { url: '' };
    if (e.name === 'ResourceSendRequest') Object.assign(r, { url: data.url ?? '', sent: e.ts });
    if (e.name === 'ResourceReceiveResponse') r.response = e.ts;
    if (e.name === 'ResourceFinish') r.finished = data.finishTime ? data.finishTime * 1e6 : e.ts;
    requests.set(data.requestId, r);
  }
  for (const r of [...requests.values()].filter((r) => r.sent !== undefined).sort((a, b) => (a.sent ?? 0) - (b.sent ?? 0))) {
    out.push(`  ${ms(r.sent ?? 0)} → ${r.response ? ms(r.response) : '?'} → ${r.finished ? ms(r.finished) : '?'}  ${r.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 90)}`);
  }

  out.push('Marks:');
  for (const m of marks) out.push(`  ${round(m.ms, 0)}  ${m.name}`);

  // Busy time by kind on the page's main thread, until the last mark: the outermost event of a kind counts, nested ones of the same kind do not.
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.ts >= t0 && e.ts <= end && e.dur !== undefined).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const busy = new Map<string, number>();
  const open: { kind: string; until: number }[] = [];
  for (const e of onMain) {
    while (open.length > 0 && (open[open.length - 1] as { until: number }).until <= e.ts) open.pop();
    const kind = kindOf(e);
    if (!kind) continue;
    // Nested work of another kind (a compile inside a script run) moves from the outer kind to its own.
    const outer = open[open.length - 1];
    if (outer?.kind === kind) continue;
    if (outer) busy.set(outer.kind, (busy.get(outer.kind) ?? 0) - (e.dur ?? 0));
    busy.set(kind, (busy.get(kind) ?? 0) + (e.dur ?? 0));
    open.push({ kind, until: e.ts + (e.dur ?? 0) });
  }
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const taskTotal = tasks.reduce((a, e) => a + (e.dur ?? 0), 0);
  out.push(`Main thread until the last mark (${ms(end)} ms): tasks ${round(taskTotal / 1000, 0)} ms, of which:`);
  for (const [kind, us] of [...busy.entries()].sort((a, b) => b[1] - a[1])) out.push(`  ${kind}: ${round(us / 1000, 0)} ms`);

  out.push('Long tasks (≥ 15 ms): start, duration, the longest events inside:');
  for (const task of tasks.filter((t) => (t.dur ?? 0) >= 15_000)) {
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && e.name !== 'RunTask');
    const top = inside.sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 4);
    const describe = (e: TraceEvent) => {
      const d = e.args?.data as { url?: string; functionName?: string; type?: string } | undefined;
      const what = d?.url ? ` ${d.url.replace(/^https?:\/\/[^/]+/, '').slice(0, 50)}` : d?.functionName ? ` ${d.functionName}` : d?.type ? ` ${d.type}` : '';
      return `${e.name}${what} ${round((e.dur ?? 0) / 1000, 0)}`;
    };
    out.push(`  ${ms(task.ts)} +${round((task.dur ?? 0) / 1000, 0)}: ${top.map(describe).join('; ')}`);
  }

  // The GPU process's main thread (SwiftShader draws there) and the compositor.
  for (const [key, name] of threadName) {
    if (!/^(CrGpuMain|VizCompositorThread|Compositor|ThreadPoolForegroundWorker)$/.test(name)) continue;
    const [pid, tid] = key.split(':').map(Number);
    const work = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= t0 && e.ts <= end);
    const total = work.reduce((a, e) => a + (e.dur ?? 0), 0);
    if (total < 5000) continue;
    const long = work.filter((e) => (e.dur ?? 0) >= 15_000).map((e) => `${ms(e.ts)}+${round((e.dur ?? 0) / 1000, 0)}`);
    out.push(`${name} (pid ${pid}): busy ${round(total / 1000, 0)} ms${long.length ? `; long: ${long.slice(0, 12).join(', ')}` : ''}`);
  }
  return out;
}
