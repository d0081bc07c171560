/**
 * History at scale, in the real browser: 100,000 events are imported through the real background (the options
 * page's import path), then the options page's growth view (`growth(12)`) and single writes (`recordEvent`) are
 * timed as round trips from an extension page, the way the options page and popup make them.
 */
import type { Page } from 'playwright-core';
import { callBackground, extensionPage, type ExtensionBrowser } from '../tests/harness';
import { REACTIONS, type HistoryEvent } from '../utils/history';
import { defaultSettings } from '../utils/settings';
import { AREAS } from '../utils/tips/areas';
import { SURFACES } from '../utils/tips/types';
import { EXPORT_FORMAT, EXPORT_VERSION, type LeadwayExport } from '../utils/storage/backup';
import { seededRandom } from '../utils/random';
import { median, round } from './stats';

const DAY = 86_400_000;

export interface HistoryResult {
  events: number;
  importMs: number;
  historyStats100kMs: number;
  historyWriteMs: number;
  growthSamplesMs: number[];
  writeSamplesMs: number[];
}

/** An export file holding `count` events spread over the last year (inside the 400-day retention). */
export function historyExport(count: number, now = Date.now()): string {
  const random = seededRandom(100_000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const history: HistoryEvent[] = [];
  for (let i = 0; i < count; i++) {
    const area = pick(AREAS);
    history.push({
      id: i + 1,
      type: pick(REACTIONS),
      tipId: `${area}-${String(Math.floor(random() * 16)).padStart(2, '0')}`,
      area,
      surface: pick(SURFACES),
      contextKey: `acme/repo-${Math.floor(random() * 40)}#${Math.floor(random() * 2000)}`,
      at: 0,
    });
  }
  // Oldest first, as exports are; a year back at most.
  const times = history.map(() => now - Math.floor(random() * 360 * DAY)).sort((a, b) => a - b);
  history.forEach((event, i) => (event.at = times[i]!));
  const file: LeadwayExport = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now,
    settings: defaultSettings(),
    history,
    customTips: [],
  };
  return JSON.stringify(file);
}

/**
 * Times `count` round trips of one message from inside an extension page (no test-driver latency in the figure).
 * `makeData(i)` gives each message's payload.
 */
async function timeRoundTrips(page: Page, type: string, payloads: unknown[]): Promise<number[]> {
  return page.evaluate(
    async ({ type, payloads }) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
      const samples: number[] = [];
      for (const data of payloads) {
        const started = performance.now();
        const reply = (await chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as { err?: unknown };
        samples.push(performance.now() - started);
        if (!reply || reply.err) throw new Error(`${type} failed: ${JSON.stringify(reply?.err)}`);
      }
      return samples;
    },
    { type, payloads },
  );
}

export async function measureHistory(browser: ExtensionBrowser, options: { events?: number; samples?: number } = {}): Promise<HistoryResult> {
  const events = options.events ?? 100_000;
  const samples = options.samples ?? 15;
  const text = historyExport(events);
  const importStarted = performance.now();
  const outcome = await callBackground<{ ok: boolean; preview?: { historyEvents: number }; error?: { message: string } }>(
    browser,
    'importData',
    { text, dryRun: false },
  );
  const importMs = performance.now() - importStarted;
  if (!outcome.ok) throw new Error(`Importing the benchmark history failed: ${outcome.error?.message}`);
  const stored = await callBackground<HistoryEvent[]>(browser, 'listHistory', { limit: 1 });
  if (stored.length !== 1) throw new Error('The benchmark history did not land in the store.');

  const page = await browser.context.newPage();
  try {
    await page.goto(extensionPage(browser, 'options.html#growth'));
    // One warm-up each: the first call opens the database connection and, for writes, runs the daily prune.
    const [, ...growth] = await timeRoundTrips(page, 'growth', Array.from({ length: samples + 1 }, () => 12));
    const writes = Array.from({ length: samples + 1 }, (_, i) => ({
      type: 'shown',
      tipId: 'mentorship-01',
      area: 'mentorship',
      surface: 'popup',
      contextKey: `bench-write-${i}`,
    }));
    const [, ...write] = await timeRoundTrips(page, 'recordEvent', writes);
    return {
      events,
      importMs: round(importMs, 0),
      historyStats100kMs: round(median(growth), 2),
      historyWriteMs: round(median(write), 2),
      growthSamplesMs: growth.map((ms) => round(ms, 2)),
      writeSamplesMs: write.map((ms) => round(ms, 2)),
    };
  } finally {
    await page.close();
  }
}
