/**
 * Leadway's benchmarks: `npm run bench` (builds, then runs this). Measures in real headless Chromium and in Node,
 * prints a table with each budget, and writes bench/results.json. Over-budget figures are reported, not fatal; an
 * error in a measurement fails the run. Takes about five minutes on a 2-core machine.
 *
 *   BENCH_RUNS=21 npm run bench     more page-load runs per browser (default 15: single runs vary by ±15%)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { findChromium } from '../scripts/find-chromium.mjs';
import { launchWithExtension, ROOT } from '../tests/harness';
import { measureHistory } from './history';
import { describeRuns, measurePageOverhead } from './page-overhead';
import { measurePopup } from './popup';
import { rows, table } from './report';
import { contentScriptSizes } from './sizes';
import { round } from './stats';
import { measureTone } from './tone';

const RESULTS_FILE = join(ROOT, 'bench/results.json');

function log(line: string): void {
  console.log(line);
}

async function main(): Promise<void> {
  const started = Date.now();
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  if (!Number.isInteger(runs) || runs < 5) throw new Error('BENCH_RUNS must be a whole number of at least 5.');

  log('Content script sizes…');
  const sizes = contentScriptSizes();

  log('Tone analyzer (tone:eval)…');
  const tone = measureTone();

  log(`Large PR page, ${runs} runs with and without Leadway…`);
  const page = await measurePageOverhead({ runs, log });

  // A browser of its own, so the popup and history figures do not depend on what the page runs left behind.
  log('Popup and history in the real background…');
  const browser = await launchWithExtension();
  let popup: Awaited<ReturnType<typeof measurePopup>>;
  let history: Awaited<ReturnType<typeof measureHistory>>;
  try {
    popup = await measurePopup(browser);
    history = await measureHistory(browser);
  } finally {
    await browser.close();
  }

  const results = {
    leadwayCpuPercent: page.leadwayCpuPercent,
    pageOverheadRatio: page.pageOverheadRatio,
    hintVisibleMs: page.hintVisibleMs,
    hintFromNavigationStartMs: page.hintFromNavigationStartMs,
    toneUsPerComment: tone.toneUsPerComment,
    historyStats100kMs: history.historyStats100kMs,
    historyWriteMs: history.historyWriteMs,
    popupFirstPaintMs: popup.popupFirstPaintMs,
    // Per content script, as the budget is: one file per surface and site.
    contentScriptGzipBytes: sizes.files,
    contentScriptGzipBytesPerPage: sizes.sites,
    details: {
      measuredAt: new Date().toISOString(),
      chromium: execFileSync(findChromium(), ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim(),
      node: process.version,
      page: {
        ...page.page,
        runs,
        ...describeRuns(page),
        contentScriptCpuMs: page.contentScriptCpuMs,
        pageBusyMs: page.pageBusyMs,
        hintVisibleMsStandardPage: page.hintVisibleMsStandardPage,
      },
      tone: { dataset: tone.dataset, comments: tone.comments, ...(tone.note ? { note: tone.note } : {}) },
      history: {
        events: history.events,
        importMs: history.importMs,
        growthSamplesMs: history.growthSamplesMs,
        writeSamplesMs: history.writeSamplesMs,
      },
      popup: { coldMs: popup.coldMs, samplesMs: popup.samplesMs, asTab: popup.asTab },
      contentScriptFilesGzipBytes: sizes.files,
      seconds: round((Date.now() - started) / 1000, 1),
    },
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);

  const runsDetail = describeRuns(page);
  const notes: Record<string, string> = {
    hintVisibleMs:
      `from the end of the page's load event (0 when the hint came first). The ${(page.page.bytes / 1e6).toFixed(1)} MB page ` +
      `reaches DOMContentLoaded at ${runsDetail.domReadyMs.median} ms and ends its load event at ${runsDetail.loadEndMs.median} ms; ` +
      `the hint follows DOMContentLoaded by ${runsDetail.hintAfterDomReadyMs.median} ms. On the ordinary long-thread fixture: ` +
      `${page.hintVisibleMsStandardPage} ms after load`,
    leadwayCpuPercent:
      `Leadway's content scripts used ${page.contentScriptCpuMs} ms of the page's ${page.pageBusyMs} ms of busy main-thread time ` +
      `(median of profiled loads of the ${(page.page.bytes / 1e6).toFixed(1)} MB page)`,
    pageOverheadRatio:
      `back-to-back pairs ranged ${runsDetail.pairRatios.min}–${runsDetail.pairRatios.max}; ` +
      `the two browsers' medians divided: ${page.ratioOfMedians}`,
    toneUsPerComment: `${tone.comments} comments from ${tone.dataset}${tone.note ? ` — ${tone.note}` : ''}`,
    popupFirstPaintMs:
      `opened from the toolbar (chrome.action.openPopup); opened as a tab it paints at ${popup.asTab.firstPaintMs} ms, ` +
      `which includes the tab's switch to the extension's process`,
    historyStats100kMs: `import of ${history.events.toLocaleString('en')} events took ${(history.importMs / 1000).toFixed(1)} s`,
  };
  log('');
  log(table(rows(results, notes, sizes.files)));
  log('');
  log(`Wrote ${RESULTS_FILE} in ${results.details.seconds} s.`);
}

main().catch((error: unknown) => {
  console.error('The bench failed:', error);
  process.exit(1);
});
