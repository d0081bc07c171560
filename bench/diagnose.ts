/**
 * Where the large page's overhead comes from: the same measurement as page-overhead.ts, but with Leadway's GitHub
 * features switched on and off one at a time, plus one traced load per variant broken down by trace event name.
 *
 *   npx wxt build && npx tsx bench/diagnose.ts        (DIAG_RUNS=5 by default)
 */
import type { BrowserContext, Page } from 'playwright-core';
import { callBackground } from '../tests/harness';
import { launchExtension, launchPlain, servePage } from './browsers';
import { LARGE_PR_URL, writeLargePr } from './make-large-pr';
import { median, round } from './stats';

async function churnDone(page: Page): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await page.evaluate(() => document.documentElement.getAttribute('data-churn-done'))) !== null) return;
    await page.waitForTimeout(500);
  }
  throw new Error('churn did not finish');
}

async function cpuOnce(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const before = await read();
    await page.goto(LARGE_PR_URL, { waitUntil: 'load', timeout: 60_000 });
    await churnDone(page);
    await page.waitForTimeout(400);
    const after = await read();
    const d = (n: string) => ((after[n] ?? 0) - (before[n] ?? 0)) * 1000;
    return d('ScriptDuration') + d('TaskDuration') - d('DevToolsCommandDuration');
  } finally {
    await page.close();
  }
}

interface TraceEvent { name: string; ph: string; dur?: number; tdur?: number; pid: number; tid: number; ts: number; args?: Record<string, unknown>; cat: string }

/** One traced load: thread time per event name on the page's main thread (top-level and nested, not exclusive). */
async function traceOnce(context: BrowserContext): Promise<Map<string, number>> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,toplevel,disabled-by-default-v8.compile',
    options: 'sampling-frequency=10000',
  } as never);
  await page.goto(LARGE_PR_URL, { waitUntil: 'load', timeout: 60_000 });
  await churnDone(page);
  await page.waitForTimeout(400);
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  // The renderer main thread: the thread named CrRendererMain in the process that ran the page's ParseHTML.
  const parse = events.find((e) => e.name === 'ParseHTML');
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const key = parse ? `${parse.pid}:${parse.tid}` : [...mains][0];
  const totals = new Map<string, number>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== key || e.ph !== 'X') continue;
    let name = e.name;
    if (name === 'EvaluateScript' || name === 'v8.compile' || name === 'v8.run' || name === 'FunctionCall') {
      const url = String((e.args as { data?: { url?: string } })?.data?.url ?? (e.args as { fileName?: string })?.fileName ?? '');
      if (url.startsWith('chrome-extension://')) name += ' [ext ' + url.split('/').pop() + ']';
    }
    totals.set(name, (totals.get(name) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
  }
  return totals;
}

const VARIANTS = {
  both: { hints: true, toneCoach: true },
  hintsOnly: { hints: true, toneCoach: false },
  toneOnly: { hints: false, toneCoach: true },
  neither: { hints: false, toneCoach: false },
} as const;

async function main() {
  const runs = Number(process.env.DIAG_RUNS ?? 5);
  const only = (process.env.DIAG_VARIANTS ?? Object.keys(VARIANTS).join(',')).split(',') as (keyof typeof VARIANTS)[];
  const page = writeLargePr();
  const ext = await launchExtension();
  const plain = await launchPlain();
  try {
    await servePage(ext.context, LARGE_PR_URL, page.html);
    await servePage(plain.context, LARGE_PR_URL, page.html);
    const s = await callBackground<{ dailyCaps: Record<string, number> }>(ext, 'getSettings');
    await callBackground(ext, 'saveSettings', { dailyCaps: { ...s.dailyCaps, 'pr-hint': 1000 } });
    await cpuOnce(ext.context);
    await cpuOnce(plain.context);
    const results: Record<string, number[]> = { plain: [] };
    for (const v of only) results[v] = [];
    for (let i = 0; i < runs; i++) {
      for (const v of only) {
        await callBackground(ext, 'saveSettings', { sites: { github: VARIANTS[v] } });
        results[v]!.push(await cpuOnce(ext.context));
      }
      results.plain!.push(await cpuOnce(plain.context));
      console.log(`run ${i + 1}: ` + Object.entries(results).map(([k, xs]) => `${k} ${round(xs.at(-1)!, 0)}`).join(', '));
    }
    const base = median(results.plain!);
    for (const [k, xs] of Object.entries(results)) console.log(`${k.padEnd(10)} median ${round(median(xs), 0)} ms  ratio ${round(median(xs) / base, 3)}`);
    if (process.env.DIAG_TRACE !== '0') {
      await callBackground(ext, 'saveSettings', { sites: { github: VARIANTS.both } });
      const traces: Record<string, Map<string, number>[]> = { ext: [], plain: [] };
      for (let i = 0; i < 3; i++) {
        traces.ext!.push(await traceOnce(ext.context));
        traces.plain!.push(await traceOnce(plain.context));
      }
      const names = new Set([...traces.ext!, ...traces.plain!].flatMap((m) => [...m.keys()]));
      const rows = [...names].map((n) => {
        const e = median(traces.ext!.map((m) => m.get(n) ?? 0));
        const p = median(traces.plain!.map((m) => m.get(n) ?? 0));
        return { n, e, p, d: e - p };
      });
      rows.sort((a, b) => Math.abs(b.d) - Math.abs(a.d));
      console.log('trace event (thread ms, median of 3)            ext      plain    diff');
      for (const r of rows.slice(0, 40)) console.log(`${r.n.slice(0, 48).padEnd(48)} ${round(r.e, 1).toString().padStart(8)} ${round(r.p, 1).toString().padStart(8)} ${round(r.d, 1).toString().padStart(8)}`);
    }
  } finally {
    await ext.close();
    await plain.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
