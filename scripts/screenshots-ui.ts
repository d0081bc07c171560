/**
 * Screenshots of the popup and of every options section, light and dark, for the README.
 *
 *   npx wxt build && npx tsx scripts/screenshots-ui.ts [--extension-dir DIR] [--out DIR]
 *
 * Loads the built extension in real Chromium, fills it with a believable quarter of use (people, a tip of the
 * user's own, twelve weeks of history) through the background's own import, and saves PNGs such as
 * docs/screenshots/popup-light.png and docs/screenshots/options-people-dark.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, extensionPage, launchWithExtension, ROOT, serveFixtures, type ExtensionBrowser } from '../tests/harness';
import { GITHUB_FIXTURES } from '../tests/fixtures/github';
import { CATALOGUE } from '../utils/tips/catalogue';
import { defaultSettings, type Settings } from '../utils/settings';
import type { HistoryEvent, Reaction } from '../utils/history';
import type { Surface, Tip } from '../utils/tips/types';
import { OPTION_SECTIONS } from '../components/options/sections';
import { seededRandom } from '../utils/random';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const extensionDir = resolve(argument('--extension-dir') ?? EXTENSION_DIR);
const outDir = resolve(argument('--out') ?? join(ROOT, 'docs/screenshots'));

const DAY = 86_400_000;

/** A tip the user wrote, to show the "Your tips" section with something in it. */
const OWN_TIP: Tip = {
  id: 'custom-demo0001',
  area: 'communication',
  title: 'Link the design doc',
  body: 'When a pull request changes behaviour described in a design doc, link the doc section in the description so reviewers can check the change against what was agreed.',
  why: 'Reviewers judge intent better with the agreed design one click away.',
  contexts: ['pr-author', 'pr-large'],
  custom: true,
};

/** Twelve weeks of plausible use: more tips met than acted on, a streak that holds for the last few weeks. */
export function demoHistory(now: number): HistoryEvent[] {
  const random = seededRandom(42);
  const events: HistoryEvent[] = [];
  const surfaces: Surface[] = ['pr-hint', 'pr-hint', 'one-on-one', 'tone-coach', 'popup'];
  let id = 1;
  for (let daysAgo = 83; daysAgo >= 0; daysAgo--) {
    const day = now - daysAgo * DAY;
    if (new Date(day).getUTCDay() % 6 === 0) continue; // weekends off
    const count = Math.floor(random() * 3);
    for (let i = 0; i < count; i++) {
      const tip = CATALOGUE[Math.floor(random() * CATALOGUE.length)]!;
      const surface = surfaces[Math.floor(random() * surfaces.length)]!;
      const at = day - Math.floor(random() * 8 * 3_600_000);
      const contextKey = surface === 'pr-hint' ? `acme/widget#${100 + Math.floor(random() * 80)}` : 'demo';
      events.push({ id: id++, type: 'shown', tipId: tip.id, area: tip.area, surface, contextKey, at });
      const roll = random();
      const reaction: Reaction | undefined =
        roll < (daysAgo < 30 ? 0.45 : 0.25) ? 'helpful' : roll < 0.55 ? 'acted' : roll < 0.7 ? 'not-now' : roll < 0.74 ? 'never' : undefined;
      if (reaction) events.push({ id: id++, type: reaction, tipId: tip.id, area: tip.area, surface, contextKey, at: at + 40_000 });
    }
  }
  // A favourite that keeps coming back, so "most helpful" has a clear winner.
  const favourite = CATALOGUE.find((tip) => tip.area === 'mentorship') ?? CATALOGUE[0]!;
  for (let week = 0; week < 4; week++) {
    events.push({ id: id++, type: 'helpful', tipId: favourite.id, area: favourite.area, surface: 'pr-hint', contextKey: 'acme/widget#7', at: now - week * 7 * DAY - 3_600_000 });
  }
  return events.sort((a, b) => a.at - b.at);
}

export function demoSettings(): Settings {
  const settings = defaultSettings();
  settings.role = 'tech-lead';
  settings.people = [
    { id: 'person-demo-1', name: 'Priya Raman', email: 'priya@example.com', relationship: 'manager' },
    { id: 'person-demo-2', name: 'Tomás Ortega', email: 'tomas@example.com', relationship: 'report' },
    { id: 'person-demo-3', name: 'Aiko Tanaka', email: 'aiko@example.com', relationship: 'mentee' },
    { id: 'person-demo-4', name: 'Sam Okafor', relationship: 'peer' },
  ];
  settings.areas.vision = false;
  settings.tone.flagPhrases = ['just do', 'trivial'];
  settings.tone.allowPhrases = ['kill the process'];
  settings.favourites = CATALOGUE.slice(0, 2).map((tip) => tip.id);
  settings.enterpriseHosts = [];
  return settings;
}

/** Sends one message to the background the way @webext-core/messaging does, from an extension page. */
async function ask(page: Page, type: string, data: unknown): Promise<unknown> {
  return page.evaluate(
    async ({ type, data }) => {
      const { runtime } = (globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } }).chrome;
      const reply = (await runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as { res?: unknown; err?: { message?: string } };
      if (reply?.err) throw new Error(reply.err.message ?? 'background error');
      return reply?.res;
    },
    { type, data },
  );
}

async function seed(browser: ExtensionBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, 'options.html'));
  const now = Date.now();
  const file = { format: 'leadway-export', version: 1, exportedAt: now, settings: demoSettings(), history: demoHistory(now), customTips: [OWN_TIP] };
  const outcome = (await ask(page, 'importData', { text: JSON.stringify(file), dryRun: false })) as { ok: boolean; error?: { message: string } };
  if (!outcome.ok) throw new Error(`Seeding failed: ${outcome.error?.message}`);
  await page.close();
}

/**
 * The harness refuses every request with a catch-all route, and Playwright's routes also catch the extension's
 * own chrome-extension:// scripts. Keep refusing the web; let the extension's files load.
 */
async function allowExtensionFiles(browser: ExtensionBrowser): Promise<void> {
  await browser.context.unroute('**/*');
  await browser.context.route(/^(https?|wss?):/, (route) => route.abort('blockedbyclient'));
}

async function shoot(theme: 'light' | 'dark'): Promise<string[]> {
  const browser = await launchWithExtension({ extensionDir, colorScheme: theme });
  await allowExtensionFiles(browser);
  const saved: string[] = [];
  try {
    await seed(browser);

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 360, height: 520 });
    await popup.goto(extensionPage(browser, 'popup.html'));
    await popup.locator('.lw-card').waitFor();
    await popup.waitForTimeout(400);
    const popupPath = join(outDir, `popup-${theme}.png`);
    await popup.screenshot({ path: popupPath, fullPage: true });
    saved.push(popupPath);

    await popup.getByRole('button', { name: 'Browse' }).click();
    await popup.getByLabel('Area').selectOption('mentorship');
    await popup.waitForTimeout(200);
    const browsePath = join(outDir, `popup-browse-${theme}.png`);
    await popup.screenshot({ path: browsePath, fullPage: true });
    saved.push(browsePath);

    await popup.getByRole('searchbox', { name: 'Search all tips' }).fill('review');
    await popup.waitForTimeout(200);
    const searchPath = join(outDir, `popup-search-${theme}.png`);
    await popup.screenshot({ path: searchPath, fullPage: true });
    saved.push(searchPath);
    await popup.close();

    // The popup over a pull request: opened as a background tab so the PR stays the active tab it asks about.
    const fixture = GITHUB_FIXTURES.find((entry) => entry.file === 'pr-first-timer-reviewer-react.html');
    if (fixture) {
      await serveFixtures(browser.context, { [fixture.url]: `github/${fixture.file}` });
      const pr = await browser.context.newPage();
      await pr.goto(fixture.url);
      const [overPr] = await Promise.all([
        browser.context.waitForEvent('page'),
        browser.serviceWorker.evaluate(async (url) => {
          const { tabs } = (globalThis as unknown as { chrome: { tabs: { create(options: object): Promise<unknown> } } }).chrome;
          await tabs.create({ url, active: false });
        }, extensionPage(browser, 'popup.html')),
      ]);
      await overPr.setViewportSize({ width: 360, height: 520 });
      await overPr.getByRole('button', { name: 'This page' }).waitFor();
      await overPr.waitForTimeout(400);
      const prPath = join(outDir, `popup-pr-${theme}.png`);
      await overPr.screenshot({ path: prPath, fullPage: true });
      saved.push(prPath);
      await overPr.close();
      await pr.close();
    }

    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 1180, height: 820 });
    for (const section of OPTION_SECTIONS) {
      await options.goto(extensionPage(browser, `options.html#${section.id}`));
      await options.locator(`[data-section="${section.id}"]`).waitFor();
      if (section.id === 'growth') await options.getByTestId('growth-chart').waitFor();
      if (section.id === 'history') await options.locator('.op-event').first().waitFor();
      await options.waitForTimeout(300);
      const path = join(outDir, `options-${section.id}-${theme}.png`);
      // Whole sections, but a long history stops after a screen and a half.
      const height = Math.min(await options.evaluate(() => document.documentElement.scrollHeight), 1400);
      await options.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: 1180, height } });
      saved.push(path);
    }
    await options.close();
  } finally {
    await browser.close();
  }
  return saved;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const saved = [...(await shoot('light')), ...(await shoot('dark'))];
  console.log(`Saved ${saved.length} screenshots to ${outDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
