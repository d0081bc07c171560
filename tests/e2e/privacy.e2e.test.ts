/**
 * Nothing leaves the machine. Every fixture page is visited and used (typing, reacting to tips, clicking events),
 * the popup and every options section are opened and used, and then:
 * - every http(s) or WebSocket request any page made went to a fixture URL or the fixtures' stylesheet host;
 * - Leadway's own pages (popup, options) made no network request at all (DevTools protocol Network domain);
 * - Leadway's service worker fetched nothing from the network (its Resource Timing entries), and made no request
 *   the browser context saw.
 *
 *   npx wxt build && npx vitest run --config vitest.e2e.config.ts tests/e2e/privacy
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { CALENDAR_FIXTURES, DEMO_PEOPLE, type CalendarFixture } from '../fixtures/calendar/index';
import { BROWSER, callBackground, extensionPage, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

/** GitHub's asset host, where the fixtures link their stand-in stylesheet (as GitHub links its CSS). */
const ASSET_PREFIX = 'https://github.githubassets.com/assets/';
const OPTIONS_SECTIONS = ['areas', 'frequency', 'sites', 'people', 'custom-tips', 'reminder', 'history', 'growth', 'data'];

/** Several calendar fixtures stand for the same URL: tell them apart by a query parameter, as calendar.e2e does. */
const calendarUrl = (f: CalendarFixture) => {
  const url = new URL(f.url);
  url.searchParams.set('leadway-fixture', f.file.replace(/\.html$/, ''));
  return url.toString();
};

const PAGES: { url: string; file: string }[] = [
  ...GITHUB_FIXTURES.map((f) => ({ url: f.url, file: `github/${f.file}` })),
  ...CALENDAR_FIXTURES.map((f) => ({ url: calendarUrl(f), file: `calendar/${f.file}` })),
];
const FIXTURE_URLS = new Set(PAGES.map((p) => withoutHash(p.url)));

function withoutHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.toString();
}

function allowed(url: string): boolean {
  if (!/^(https?|wss?):/.test(url)) return true;
  return url.startsWith(ASSET_PREFIX) || FIXTURE_URLS.has(withoutHash(url));
}

let browser: ExtensionBrowser;
const sockets: string[] = [];
/** Requests Leadway's own pages made to anything that is not the extension itself. */
const extensionPageRequests: string[] = [];
const sessions: CDPSession[] = [];

async function openPage(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('websocket', (socket) => sockets.push(socket.url()));
  page.on('dialog', (dialog) => void dialog.dismiss());
  await page.goto(url);
  return page;
}

/** An extension page with the DevTools Network domain on from before its first request. */
async function openExtensionPage(path: string, sink = extensionPageRequests): Promise<Page> {
  const page = await browser.context.newPage();
  if (BROWSER === 'firefox') {
    // No CDP in Firefox. Every request of a Leadway page (and of its background) goes to the profile's proxy, which
    // refuses it and records it in browser.requests: the checks on that list cover these pages there.
    await page.goto(extensionPage(browser, path));
    return page;
  }
  const cdp = await browser.context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', ({ request }) => {
    if (!/^(chrome-extension|data|blob):/.test(request.url)) sink.push(`${path}: ${request.url}`);
  });
  cdp.on('Network.webSocketCreated', ({ url }) => sink.push(`${path}: websocket ${url}`));
  await cdp.send('Network.enable');
  sessions.push(cdp);
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto(extensionPage(browser, path));
  return page;
}

async function useGithubPage(page: Page, showsHint: boolean): Promise<void> {
  const hint = page.locator('[data-leadway="pr-hint"]');
  if (showsHint) {
    await hint.waitFor({ state: 'visible', timeout: 10_000 });
    await hint.locator('[data-action="another"]').click();
    await page.waitForTimeout(150);
    await hint.locator('[data-action="helpful"]').click();
  } else {
    await page.waitForTimeout(300);
  }
  const field = page.locator('textarea:visible').first();
  if ((await field.count()) > 0) {
    await field.click().catch(() => {});
    await field.pressSequentially('This is obviously wrong, did you even run it?', { delay: 1 }).catch(() => {});
    await page.waitForTimeout(400);
  }
}

async function useCalendarPage(page: Page, showsPanel: boolean): Promise<void> {
  if (showsPanel) await page.locator('[data-leadway="one-on-one"]').waitFor({ state: 'attached', timeout: 10_000 });
  else await page.waitForTimeout(300);
  const chips = page.locator('[data-eventchip], [data-calitemid] [role="button"]');
  for (let i = 0; i < Math.min(await chips.count(), 3); i++) {
    await chips.nth(i).click({ timeout: 1_000 }).catch(() => {});
    await page.waitForTimeout(150);
  }
  // Only a page with the panel has a Prepare button (trying elsewhere would only wait out the timeout).
  if (showsPanel) await page.locator('[data-leadway="one-on-one"] >> [data-action="prepare"]').first().click({ timeout: 1_000 }).catch(() => {});
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context, Object.fromEntries(PAGES.map((p) => [p.url, p.file])));
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', {
    dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000, 'one-on-one': 1000, 'tone-coach': 1000 },
    people: DEMO_PEOPLE,
  });
});

afterAll(async () => {
  await Promise.all(sessions.map((cdp) => cdp.detach().catch(() => {})));
  await browser?.close();
});

describe('nothing leaves the machine', () => {
  // One pass over every fixture: longer than a single test's default minute on a busy two-core machine.
  test('every GitHub and calendar fixture, used as a person would', async () => {
    // Reacting to a PR's hint answers that PR for the day: its other tabs (the same key) show no second hint.
    const answered = new Set<string>();
    for (const fixture of GITHUB_FIXTURES) {
      const page = await openPage(fixture.url);
      const key = fixture.expected?.key;
      const showsHint = fixture.expected?.viewer !== undefined && !(key !== undefined && answered.has(key));
      await useGithubPage(page, showsHint);
      if (showsHint && key !== undefined) answered.add(key);
      await page.close();
    }
    for (const fixture of CALENDAR_FIXTURES) {
      const page = await openPage(calendarUrl(fixture));
      await useCalendarPage(page, fixture.expected.isOneOnOne);
      await page.close();
    }
    const outside = browser.requests.filter((url) => !allowed(url));
    expect(outside).toEqual([]);
    expect(sockets).toEqual([]);
    // The check saw the visits at all: every fixture page was requested.
    for (const url of FIXTURE_URLS) expect(browser.requests.map(withoutHash)).toContain(url);
  }, 240_000);

  test('the extension-page monitor sees a request when one is made (probe)', async () => {
    const seen: string[] = [];
    const page = await openExtensionPage('popup.html', seen);
    // Refused by the harness before it reaches any network (every web request not served by a fixture is).
    await page.evaluate(() => fetch('https://leadway-probe.invalid/').catch(() => undefined));
    await expect.poll(() => (BROWSER === 'firefox' ? browser.requests : seen).join('\n')).toContain('leadway-probe.invalid');
    await page.close();
    browser.requests.splice(0, browser.requests.length, ...browser.requests.filter((url) => !url.includes('leadway-probe.invalid')));
  });

  test('the popup and every options section, used, make no network request', async () => {
    const popup = await openExtensionPage('popup.html');
    await popup.locator('.lw-card').waitFor();
    await popup.keyboard.press('ArrowRight');
    await popup.keyboard.press('/');
    await popup.keyboard.type('review');
    await popup.keyboard.press('Escape');
    await popup.close();

    const options = await openExtensionPage('options.html');
    for (const section of OPTIONS_SECTIONS) {
      await options.goto(extensionPage(browser, `options.html#${section}`));
      await options.locator(`[data-section="${section}"]`).waitFor({ timeout: 5_000 });
    }
    await options.goto(extensionPage(browser, 'options.html#data'));
    await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export to a file' }).click()]);
    await options.close();

    expect(extensionPageRequests).toEqual([]);
    expect(browser.requests.filter((url) => !allowed(url))).toEqual([]);
    expect(sockets).toEqual([]);
  });

  test('the service worker fetched nothing from the network', async () => {
    // Wake it and make it work: tips, history, growth, an export.
    await callBackground(browser, 'getTips', { surface: 'pr-hint', contexts: ['pr-reviewer'], contextKey: 'privacy-check', count: 1 });
    await callBackground(browser, 'growth', 12);
    await callBackground(browser, 'exportData');
    // Chromium: the worker's own Resource Timing entries. Firefox's event page cannot be reached from a test;
    // anything it fetched would have gone through the refusing proxy into browser.requests, checked below.
    if (BROWSER === 'chromium') {
      const worker = browser.context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
      expect(worker).toBeDefined();
      const fetched = await worker!.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => !/^(chrome-extension|data|blob):/.test(name)),
      );
      expect(fetched).toEqual([]);
    }
    // Requests the context saw that no page made (a worker's own) are all allowed too.
    expect(browser.requests.filter((url) => !allowed(url))).toEqual([]);
  });
});
