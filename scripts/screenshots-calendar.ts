/**
 * Screenshots of the 1:1 panel inside Google Calendar's event popup and Outlook's peek card, light and dark.
 *
 *   LEADWAY_TEST_HOOKS=1 npx wxt build && npx tsx scripts/screenshots-calendar.ts [--extension-dir DIR] [--out DIR]
 *
 * Loads the built extension in real Chromium, tells it who the user's manager and report are (DEMO_PEOPLE), opens
 * the calendar fixtures under their real URLs and saves docs/screenshots/calendar-panel-{google,outlook}[-dark].png,
 * each cropped to the popup with a little of the calendar around it.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { callBackground, launchWithExtension, ROOT, serveFixtures, TEST_HOOKS_EXTENSION_DIR, type ExtensionBrowser } from '../tests/harness';
import { CALENDAR_FIXTURES, DEMO_PEOPLE } from '../tests/fixtures/calendar';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

// The test-hooks build: it waits on the panel's shadow root, which the shipped build keeps closed (it looks the same).
const extensionDir = resolve(argument('--extension-dir') ?? TEST_HOOKS_EXTENSION_DIR);
const outDir = resolve(argument('--out') ?? join(ROOT, 'docs/screenshots'));

interface Shot {
  name: string;
  file: string;
  /** The element to frame: the popup or peek card holding the panel. */
  frame: string;
  /** CSS that turns the fixture into the app's dark theme (the real apps switch with classes we do not copy). */
  darkCss?: string;
}

const SHOTS: Shot[] = [
  {
    name: 'calendar-panel-google',
    file: 'google-popup-manager-1on1.html',
    frame: '#leadway-fixture-popup',
    darkCss: `
      body { background: #1b1b1b !important; color: #e3e3e3 !important; }
      #gb, [role="columnheader"], .allday, [role="gridcell"] { border-color: #444746 !important; }
      .RDlrG { background: #28292a !important; box-shadow: 0 24px 38px rgba(0,0,0,.5) !important; }
      .UfeRlc, .toUqff, .DN1TJ, .pPTZAe button { color: #e3e3e3 !important; }
      .jPtXgd { background: #444746 !important; color: #e3e3e3; }
      .GTG3wb { background: #0b57d0 !important; }`,
  },
  {
    name: 'calendar-panel-outlook',
    file: 'outlook-peek-manager-1on1.html',
    frame: '.ms-Callout-main',
    darkCss: `
      body { background: #1f1f1f !important; color: #ffffff !important; }
      .dayHeader, .allDayCell, .dayColumn { border-color: #3d3d3d !important; }
      .ms-Callout-main { background: #292929 !important; color: #ffffff; box-shadow: 0 8px 16px rgba(0,0,0,.6) !important; }
      .ms-Button { background: #3d3d3d; color: #fff; border: 1px solid #525252; border-radius: 4px; }
      .ms-Persona-initials { background: #3d3d3d !important; }
      .calendar-SelectionStyles-resizeBoxParent { background: #0c3b5e !important; border-left-color: #479ef5 !important; }`,
  },
  {
    // Someone Leadway does not know yet: the one-click "Who is Sam to you?" row.
    name: 'calendar-panel-who',
    file: 'google-eventedit-1on1.html',
    frame: '[data-leadway="one-on-one"]',
  },
];

const fixtureUrl = (file: string) => {
  const fixture = CALENDAR_FIXTURES.find((f) => f.file === file);
  if (!fixture) throw new Error(`No calendar fixture ${file}`);
  const url = new URL(fixture.url);
  url.searchParams.set('leadway-fixture', file.replace(/\.html$/, ''));
  return url.toString();
};

async function panelReady(page: Page): Promise<void> {
  const host = page.locator('[data-leadway="one-on-one"]');
  await host.waitFor({ state: 'attached', timeout: 15_000 });
  await page.waitForFunction(() => !!document.querySelector('[data-leadway="one-on-one"]')?.shadowRoot?.querySelector('[data-tip-id]'));
  // Let the entrance animation finish.
  await page.waitForTimeout(400);
}

async function capture(browser: ExtensionBrowser, shot: Shot, dark: boolean): Promise<string> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.goto(fixtureUrl(shot.file));
  await panelReady(page);
  if (dark && shot.darkCss) {
    await page.addStyleTag({ content: shot.darkCss });
    // The panel judges the theme from the page background; touching the body makes it look again.
    await page.evaluate(() => document.body.classList.add('lw-demo-dark'));
    await page.waitForFunction(() => document.querySelector('[data-leadway="one-on-one"]')?.getAttribute('data-theme') === 'dark');
    await page.waitForTimeout(200);
  }
  const box = await page.locator(shot.frame).boundingBox();
  if (!box) throw new Error(`${shot.frame} is not on screen`);
  const margin = 24;
  const path = join(outDir, `${shot.name}${dark ? '-dark' : ''}.png`);
  await page.screenshot({
    path,
    clip: { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + margin * 2, height: box.height + margin * 2 },
  });
  await page.close();
  return path;
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchWithExtension({ extensionDir });
  try {
    await serveFixtures(browser.context, Object.fromEntries(SHOTS.map((shot) => [fixtureUrl(shot.file), `calendar/${shot.file}`])));
    await callBackground(browser, 'saveSettings', { people: DEMO_PEOPLE });
    for (const shot of SHOTS) {
      for (const dark of shot.darkCss ? [false, true] : [false]) console.log(`saved ${await capture(browser, shot, dark)}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
