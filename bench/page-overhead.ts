/**
 * Page overhead and hint latency on the large PR page. Each run opens the page in a fresh tab, takes Chromium's
 * Performance.getMetrics before and after (ScriptDuration + TaskDuration: main-thread script and task time, which
 * includes content scripts, since they run on the page's main thread), and waits until the page's own churn has
 * finished. Runs alternate between the browser with Leadway and the one without, after one warm-up each.
 *
 * Three choices keep the figure steady on a shared 2-core machine: durations are thread time (`threadTicks`), so
 * time the renderer spent preempted by the other browser or the test driver does not count; the driver looks at
 * the page rarely (a check every half second instead of Playwright's frame-by-frame polling), with the time the
 * renderer spent answering the driver (DevToolsCommandDuration) taken out of the task time; and each run's two
 * loads are compared with each other before the median is taken (`pairedRatio`).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { callBackground, fixtureHtml, type ExtensionBrowser } from '../tests/harness';
import { launchExtension, launchPlain, servePage, type BenchBrowser } from './browsers';
import { LARGE_PR_URL, writeLargePr } from './make-large-pr';
import { median, round, summary } from './stats';

export interface PageRun {
  /** ScriptDuration + TaskDuration deltas, milliseconds. */
  cpuMs: number;
  scriptMs: number;
  taskMs: number;
  /** The page's load event (loadEventEnd) to the PR hint in the page; 0 if the hint came first. Extension only. */
  hintVisibleMs?: number;
  /** Navigation start to the PR hint in the page (its data-visible-at); only with the extension. */
  hintFromNavigationStartMs?: number;
  /** Navigation start to the end of the page's load event. */
  loadEndMs: number;
  /** Navigation start to DOMContentLoaded: how much of the hint's wait is the page's own parsing. */
  domReadyMs: number;
  /** Churn steps the page made (a sanity check that both browsers did the same work). */
  churnSteps: number;
}

export interface PageOverheadResult {
  /** Median of the runs' with / without ratios: each run is one load in each browser, back to back. */
  pageOverheadRatio: number;
  /** The two browsers' medians divided: the same data without the pairing, kept for comparison. */
  ratioOfMedians: number;
  /** Median of the runs' load-event-to-hint times (the budgeted figure). */
  hintVisibleMs: number;
  /** Median of the runs' navigation-start-to-hint times. */
  hintFromNavigationStartMs: number;
  page: { timelineItems: number; files: number; bytes: number };
  withExtension: PageRun[];
  withoutExtension: PageRun[];
  /** Load event to hint on the ordinary-sized long-thread fixture (117 KB), for comparison. */
  hintVisibleMsStandardPage: number;
  /**
   * The headline: Leadway's share of the page's busy main-thread time in percent, from CPU profiles (median of
   * PROFILED_LOADS). Both parts come from the same load, so the machine's slow and fast spells, which move the
   * with / without ratio by ±20 %, do not move it.
   */
  leadwayCpuPercent: number;
  /** Main-thread time in Leadway's content scripts (and the DOM calls they made) per load, median of the profiles. */
  contentScriptCpuMs: number;
  /** The page's busy main-thread time per profiled load, median. */
  pageBusyMs: number;
}

/** After the churn ends, a short quiet time so late work (the hint's render, observers) is counted too. */
const SETTLE_MS = 400;
const CHECK_EVERY_MS = 500;
/** Profiled loads for the headline share; each takes a few seconds on the large page. */
const PROFILED_LOADS = 5;

/** Waits until the page's churn is over, asking once per CHECK_EVERY_MS (not every frame: that is work too). */
async function churnDone(page: Page, timeoutMs = 30_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const steps = await page.evaluate(() => document.documentElement.getAttribute('data-churn-done'));
    if (steps !== null) return Number(steps);
    if (Date.now() > deadline) throw new Error('The large PR page did not finish its live updates in time.');
    await page.waitForTimeout(CHECK_EVERY_MS);
  }
}

type Metrics = Record<string, number>;

/** DOMContentLoaded and the end of the load event, from navigation start (the page's PerformanceNavigationTiming). */
async function navigationTimes(page: Page): Promise<{ domReadyMs: number; loadEndMs: number }> {
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry
      ? { domReadyMs: Math.round(entry.domContentLoadedEventStart), loadEndMs: Math.round(entry.loadEventEnd) }
      : { domReadyMs: Number.NaN, loadEndMs: Number.NaN };
  });
}

/** The budget reads "hint ≤ 300 ms after load": a hint that appeared before the load event counts as 0. */
export function afterLoad(visibleAtMs: number, loadEndMs: number): number {
  return Math.max(0, visibleAtMs - loadEndMs);
}

async function metrics(cdp: { send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }> }): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

async function measureOnce(context: BrowserContext, withHint: boolean): Promise<PageRun> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const before = await metrics(cdp);
    await page.goto(LARGE_PR_URL, { waitUntil: 'load', timeout: 60_000 });
    const churnSteps = await churnDone(page);
    await page.waitForTimeout(SETTLE_MS);
    const after = await metrics(cdp);
    const { domReadyMs, loadEndMs } = await navigationTimes(page);
    let hint: Pick<PageRun, 'hintVisibleMs' | 'hintFromNavigationStartMs'> = {};
    if (withHint) {
      const visibleAt = await page.evaluate(() => document.querySelector('[data-leadway="pr-hint"]')?.getAttribute('data-visible-at'));
      if (!visibleAt) throw new Error('The PR hint did not appear on the large PR page.');
      hint = { hintFromNavigationStartMs: Number(visibleAt), hintVisibleMs: afterLoad(Number(visibleAt), loadEndMs) };
    }
    const delta = (name: string) => ((after[name] ?? 0) - (before[name] ?? 0)) * 1000;
    const scriptMs = delta('ScriptDuration');
    const taskMs = delta('TaskDuration') - delta('DevToolsCommandDuration');
    return { cpuMs: scriptMs + taskMs, scriptMs, taskMs, domReadyMs, loadEndMs, churnSteps, ...hint };
  } finally {
    await page.close();
  }
}

const STANDARD_PR_URL = 'https://github.com/acme/widget/pull/88';

/** Load event to the hint on the ordinary long-thread fixture (0 when the hint came first). */
async function hintOnStandardPage(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(STANDARD_PR_URL, { waitUntil: 'load' });
    const hint = page.locator('[data-leadway="pr-hint"][data-visible-at]');
    await hint.waitFor({ state: 'attached', timeout: 15_000 });
    const { loadEndMs } = await navigationTimes(page);
    return afterLoad(Number(await hint.getAttribute('data-visible-at')), loadEndMs);
  } finally {
    await page.close();
  }
}

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
  children?: number[];
}

/** One profiled load: main-thread time in Leadway's content scripts, and the page's busy main-thread time. */
export interface ProfiledLoad {
  leadwayMs: number;
  busyMs: number;
}

/**
 * Split a V8 CPU profile's time: samples whose stack passes through an extension frame (native DOM calls they made
 * included) are Leadway's; every sample that is not idle is the page's busy time (Leadway's share included).
 */
export function splitProfile(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }): ProfiledLoad {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const inExtension = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = inExtension.get(id);
    if (known !== undefined) return known;
    const parent = parents.get(id);
    const ours = nodes.get(id)!.callFrame.url.startsWith('chrome-extension://') || (parent !== undefined && isOurs(parent));
    inExtension.set(id, ours);
    return ours;
  };
  let ours = 0;
  let busy = 0;
  profile.samples.forEach((id, i) => {
    // A sample's delta is the time since the previous sample: it belongs to the previous sample's stack.
    const next = profile.timeDeltas[i + 1];
    if (next === undefined || nodes.get(id)!.callFrame.functionName === '(idle)') return;
    busy += next;
    if (isOurs(id)) ours += next;
  });
  return { leadwayMs: ours / 1000, busyMs: busy / 1000 };
}

/** One load of the page under the CPU profiler, to the end of its churn. */
async function profileLoad(context: BrowserContext): Promise<ProfiledLoad> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(LARGE_PR_URL, { waitUntil: 'load', timeout: 60_000 });
    await churnDone(page);
    await page.waitForTimeout(SETTLE_MS);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
      profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
    };
    return splitProfile(profile);
  } finally {
    await page.close();
  }
}

/**
 * The overhead of one run is its with-Leadway load over its without load, measured one right after the other (in
 * alternating order); the figure is the median over runs. A shared machine has slow and fast spells lasting several
 * seconds: within a pair both loads see the same spell, while a ratio of the two browsers' medians can pair a slow
 * spell on one side with a fast one on the other.
 */
export function pairedRatio(withExtension: readonly PageRun[], withoutExtension: readonly PageRun[]): number {
  if (withExtension.length !== withoutExtension.length) throw new Error('Each run needs one load in each browser.');
  return median(withExtension.map((run, i) => run.cpuMs / withoutExtension[i]!.cpuMs));
}

export async function measurePageOverhead(options: { runs?: number; log?: (line: string) => void } = {}): Promise<PageOverheadResult> {
  const runs = options.runs ?? 7;
  const log = options.log ?? (() => {});
  const page = writeLargePr();
  log(`large PR page: ${page.timelineItems} timeline items, ${page.files} files, ${(page.bytes / 1e6).toFixed(1)} MB`);

  let extension: ExtensionBrowser | undefined;
  let plain: BenchBrowser | undefined;
  try {
    extension = await launchExtension();
    plain = await launchPlain();
    await servePage(extension.context, LARGE_PR_URL, page.html);
    await servePage(plain.context, LARGE_PR_URL, page.html);
    await servePage(extension.context, STANDARD_PR_URL, fixtureHtml('github/pr-long-thread-legacy.html'));
    // Every run is the same PR on the same day: lift the hint's daily cap so each run shows the hint.
    const settings = await callBackground<{ dailyCaps: Record<string, number> }>(extension, 'getSettings');
    await callBackground(extension, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000 } });

    // Warm-up: first loads pay for cold caches and compilation in both browsers alike.
    await measureOnce(extension.context, true);
    await measureOnce(plain.context, false);

    const withExtension: PageRun[] = [];
    const withoutExtension: PageRun[] = [];
    for (let i = 0; i < runs; i++) {
      // Alternate which goes first, so drift over the run (thermal, caches) falls on both equally.
      const order: [BrowserContext, boolean, PageRun[]][] = [
        [extension.context, true, withExtension],
        [plain.context, false, withoutExtension],
      ];
      if (i % 2 === 1) order.reverse();
      for (const [context, withHint, into] of order) into.push(await measureOnce(context, withHint));
      log(`  run ${i + 1}/${runs}: with ${round(withExtension.at(-1)!.cpuMs, 1)} ms, without ${round(withoutExtension.at(-1)!.cpuMs, 1)} ms`);
    }
    const standard: number[] = [];
    for (let i = 0; i < runs; i++) standard.push(await hintOnStandardPage(extension.context));
    log(`  hint on the ordinary long-thread fixture: ${standard.join(', ')} ms`);
    const profiles: ProfiledLoad[] = [];
    for (let i = 0; i < PROFILED_LOADS; i++) profiles.push(await profileLoad(extension.context));
    for (const load of profiles) log(`  profiled load: ${round(load.leadwayMs, 1)} ms in Leadway of ${round(load.busyMs, 0)} ms busy`);
    return {
      pageOverheadRatio: round(pairedRatio(withExtension, withoutExtension), 3),
      ratioOfMedians: round(median(withExtension.map((r) => r.cpuMs)) / median(withoutExtension.map((r) => r.cpuMs)), 3),
      hintVisibleMs: round(median(withExtension.map((r) => r.hintVisibleMs ?? Number.NaN)), 1),
      hintFromNavigationStartMs: round(median(withExtension.map((r) => r.hintFromNavigationStartMs ?? Number.NaN)), 1),
      page: { timelineItems: page.timelineItems, files: page.files, bytes: page.bytes },
      withExtension,
      withoutExtension,
      leadwayCpuPercent: round(100 * median(profiles.map((load) => load.leadwayMs / load.busyMs)), 2),
      contentScriptCpuMs: round(median(profiles.map((load) => load.leadwayMs)), 1),
      pageBusyMs: round(median(profiles.map((load) => load.busyMs)), 0),
      hintVisibleMsStandardPage: round(median(standard), 1),
    };
  } finally {
    await extension?.close();
    await plain?.close();
  }
}

export function describeRuns(result: PageOverheadResult) {
  return {
    withExtensionCpuMs: summary(result.withExtension.map((r) => r.cpuMs)),
    withoutExtensionCpuMs: summary(result.withoutExtension.map((r) => r.cpuMs)),
    hintVisibleMs: summary(result.withExtension.map((r) => r.hintVisibleMs ?? Number.NaN)),
    hintFromNavigationStartMs: summary(result.withExtension.map((r) => r.hintFromNavigationStartMs ?? Number.NaN)),
    hintAfterDomReadyMs: summary(result.withExtension.map((r) => (r.hintFromNavigationStartMs ?? Number.NaN) - r.domReadyMs)),
    domReadyMs: summary(result.withExtension.map((r) => r.domReadyMs)),
    loadEndMs: summary(result.withExtension.map((r) => r.loadEndMs)),
    // Each run's with / without pair, measured back to back (their median is the figure): the spread shows how
    // noisy the machine was.
    pairRatios: summary(result.withExtension.map((r, i) => r.cpuMs / (result.withoutExtension[i]?.cpuMs ?? Number.NaN))),
    ratioOfMedians: result.ratioOfMedians,
    withExtensionScriptMs: summary(result.withExtension.map((r) => r.scriptMs)),
    withoutExtensionScriptMs: summary(result.withoutExtension.map((r) => r.scriptMs)),
  };
}
