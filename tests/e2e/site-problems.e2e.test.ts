/**
 * Knowing when a site changed, in real Chromium with the built extension: a pull request whose markup no longer
 * gives Leadway its author or a place for the card makes the popup say so for that tab and the options page list
 * it, and the diagnostic both copy holds none of the page's text. The same for a Google Calendar event popup whose
 * time block moved. Readable fixtures raise no alarm.
 *
 *   npx wxt build && npx vitest run --config vitest.e2e.config.ts tests/e2e/site-problems
 */
import type { Page } from 'playwright-core';
import { callBackground, EXTENSION_DIR, extensionPage, fixtureHtml, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';
import { withoutAuthorOrPlacement } from '../fixtures/github/broken';
import { GITHUB_FIXTURES } from '../fixtures/github';
import { CALENDAR_FIXTURES } from '../fixtures/calendar';
import { SELECTORS } from '../../utils/github/selectors';
import { GITHUB_GENERATION_MARKERS } from '../../surfaces/pr-hint/read-check';
import type { SiteProblem } from '../../utils/site-health';

const BROKEN_URL = 'https://github.com/acme/widget/pull/57';
const SOURCE = GITHUB_FIXTURES.find((fixture) => fixture.file === 'pr-first-timer-reviewer-react.html')!;
const READABLE = GITHUB_FIXTURES.find((fixture) => fixture.file === 'pr-first-timer-reviewer-legacy.html')!;
/** A Google Calendar week with an event popup open whose time block moved away (as a redesign might do it). */
const CALENDAR = CALENDAR_FIXTURES.find((fixture) => fixture.file === 'google-popup-manager-1on1.html')!;
const MOVED_TIME = `<script>document.getElementById('xDetDlgWhen').id = 'xDetDlgWhenMoved';</script></body>`;

/** Every other pull-request fixture (the broken copy takes the React fixture's address). */
const OTHER_PRS = GITHUB_FIXTURES.filter((fixture) => fixture.expected && fixture.url !== BROKEN_URL);

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension({ extensionDir: process.env.LEADWAY_EXTENSION_DIR ?? EXTENSION_DIR });
  // Routes added later win: the broken copy of the React fixture at its usual address, a readable PR elsewhere.
  await serveFixtures(browser.context, Object.fromEntries(OTHER_PRS.map((fixture) => [fixture.url, `github/${fixture.file}`])));
  await browser.context.route(BROKEN_URL, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: withoutAuthorOrPlacement(fixtureHtml(`github/${SOURCE.file}`)) }),
  );
  await browser.context.route(CALENDAR.url, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: fixtureHtml(`calendar/${CALENDAR.file}`).replace('</body>', MOVED_TIME),
    }),
  );
  // Every pull request below gets its hint (the default is five a day).
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000 } });
  // Extension pages write to the clipboard on a click; the test reads it back from a web page allowed to.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://github.com' });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens the popup as a background tab of the current window: the page under test stays the active tab. */
async function openPopupOver(): Promise<Page> {
  const url = extensionPage(browser, 'popup.html');
  const [popup] = await Promise.all([
    browser.context.waitForEvent('page'),
    browser.serviceWorker.evaluate(async (popupUrl) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { create(options: object): Promise<unknown> } } }).chrome;
      await tabs.create({ url: popupUrl, active: false });
    }, url),
  ]);
  await popup.locator('.lw-card').waitFor();
  return popup;
}

/** What is on the system clipboard, read from a github.com page (granted clipboard-read above). */
async function readClipboard(): Promise<string> {
  const reader = await browser.context.newPage();
  await reader.goto(READABLE.url);
  await reader.bringToFront();
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

/** Clicks a Copy diagnostic button and returns what reached the clipboard. */
async function copyFrom(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  await page.bringToFront();
  await button.click();
  await expect.poll(() => page.getByTestId('diagnostic-status').first().textContent()).toMatch(/^Diagnostic copied/);
  return readClipboard();
}

/** Every word of the diagnostic is one of its own labels, a code, a selector group name, a version or a date. */
function vocabulary(): Set<string> {
  const words = [
    'Leadway diagnostic Site Page Could not read Selector groups matched missed version Seen UTC none',
    'github react hybrid legacy unknown no-author no-placement',
    ...Object.keys(SELECTORS),
    ...Object.keys(GITHUB_GENERATION_MARKERS),
  ].join(' ');
  return new Set(words.split(/[\s,:]+/).filter(Boolean));
}

describe('pages Leadway cannot read', () => {
  let diagnostic = '';

  test('pages Leadway can read raise no problem (no false alarm on any pull-request fixture)', async () => {
    expect(OTHER_PRS.length).toBeGreaterThanOrEqual(6);
    const pages = await Promise.all(
      OTHER_PRS.map(async (fixture) => {
        const page = await browser.context.newPage();
        await page.goto(fixture.url);
        // Signed out, there is no hint; the page is still read.
        if (fixture.expected?.viewer !== undefined) await page.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached' });
        return page;
      }),
    );
    // Past the readers' second looks and the reporter's grace period.
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(await callBackground<SiteProblem[]>(browser, 'listSiteProblems')).toEqual([]);
    await Promise.all(pages.map((page) => page.close()));
  });

  test('the popup says so for that tab and copies a diagnostic without page text', async () => {
    const pr = await browser.context.newPage();
    await pr.goto(BROKEN_URL);
    // The hint still shows (floating: there is nowhere else), and the problem reaches the background.
    await pr.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached' });
    await expect
      .poll(async () => (await callBackground<SiteProblem[]>(browser, 'listSiteProblems')).map((p) => p.missing.join(',')), { timeout: 15_000 })
      .toEqual(['no-author,no-placement']);
    await pr.bringToFront();

    const popup = await openPopupOver();
    const notice = popup.getByTestId('tab-site-problem');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Leadway could not read this pull request: GitHub may have changed its page.');
    diagnostic = await copyFrom(popup, notice.getByRole('button', { name: 'Copy diagnostic' }));

    expect(diagnostic).toMatch(/^Leadway diagnostic\nSite: github\nPage: react\nCould not read: no-author, no-placement\n/);
    expect(diagnostic).toMatch(/\nSelector groups missed: .*\bauthor\b.*\bsidebar\b.*\btabNav\b/);
    expect(diagnostic).toMatch(/\nLeadway version: \d+\.\d+\.\d+\nSeen: \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/);

    // None of the page's text: checked against what the page really showed, title included.
    const pageText = await pr.evaluate(() => `${document.title}\n${document.body.innerText}`);
    for (const secret of ['Teach the CSV importer', 'river-k', 'lin-ops', 'acme', 'widget', '#57', 'pull/57']) {
      expect(pageText + BROKEN_URL).toContain(secret);
      expect(diagnostic).not.toContain(secret);
    }
    const known = vocabulary();
    const words = diagnostic.split('\n').flatMap((line) => line.replace(/^Leadway version: .*$|^Seen: .*$/, '').split(/[\s,:]+/)).filter(Boolean);
    expect(words.filter((word) => !known.has(word))).toEqual([]);
    await popup.close();
    await pr.close();
  });

  test('the options page lists it under Sites with its date, and copies the same diagnostic', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPage(browser, 'options.html#sites'));
    const list = options.getByRole('list', { name: 'Pages Leadway could not read' });
    await list.waitFor();
    const item = list.getByRole('listitem');
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).toContain('Leadway could not read a pull request: GitHub may have changed its page.');
    expect(await item.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    // Keyboard: the copy button is reachable and works with Enter.
    const button = item.getByRole('button', { name: 'Copy diagnostic for GitHub' });
    await options.bringToFront();
    await button.focus();
    await options.keyboard.press('Enter');
    await expect.poll(() => item.getByTestId('diagnostic-status').textContent()).toMatch(/^Diagnostic copied/);
    expect(await readClipboard()).toBe(diagnostic);
    await options.close();
  });

  test('once the tab shows a pull request Leadway can read, the popup no longer speaks of a problem', async () => {
    const pr = await browser.context.newPage();
    const started = Date.now();
    await pr.goto(BROKEN_URL);
    const tabId = await browser.serviceWorker.evaluate(async (url) => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).chrome;
      return (await tabs.query({})).find((tab) => tab.url === url)?.id;
    }, BROKEN_URL);
    expect(tabId).toBeTypeOf('number');
    await expect
      .poll(() => callBackground<SiteProblem | null>(browser, 'getTabSiteProblem', { tabId }), { timeout: 15_000 })
      .toMatchObject({ site: 'github', missing: ['no-author', 'no-placement'] });
    console.log(`siteProblemReportedMs=${Date.now() - started}`);
    await pr.goto(READABLE.url);
    await pr.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached' });
    expect(await callBackground(browser, 'getTabSiteProblem', { tabId })).toBeNull();
    await pr.bringToFront();
    const popup = await openPopupOver();
    await expect.poll(() => popup.getByTestId('popup-context').textContent()).not.toMatch(/Tip of the day/);
    expect(await popup.getByTestId('tab-site-problem').count()).toBe(0);
    // The site's last problem stays listed for the options page.
    expect((await callBackground<SiteProblem[]>(browser, 'listSiteProblems')).map((p) => p.site)).toEqual(['github']);
    await popup.close();
    await pr.close();
  });

  test('a calendar event whose time cannot be read: the popup says so, the diagnostic names no person or title', async () => {
    const calendar = await browser.context.newPage();
    await calendar.goto(CALENDAR.url);
    await expect
      .poll(async () => (await callBackground<SiteProblem[]>(browser, 'listSiteProblems')).map((p) => `${p.site}:${p.page}:${p.missing}`), {
        timeout: 15_000,
      })
      .toContain('google-calendar:popup:no-event-time');
    await calendar.bringToFront();
    const popup = await openPopupOver();
    const notice = popup.getByTestId('tab-site-problem');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Leadway could not read this calendar event: Google Calendar may have changed its page.');
    const text = await copyFrom(popup, notice.getByRole('button', { name: 'Copy diagnostic' }));
    expect(text).toMatch(/^Leadway diagnostic\nSite: google-calendar\nPage: popup\nCould not read: no-event-time\n/);
    expect(text).toMatch(/Selector groups missed: .*\bpopupWhen\b/);
    const pageText = await calendar.evaluate(() => document.documentElement.outerHTML);
    // The "Seen" time is Leadway's own (its "21:13" contains "1:1"): only the lines read from the page are checked.
    const readLines = text.replace(/^Seen: .*$/m, '');
    for (const secret of ['Morgan', 'Dana', '1:1', 'example.com', 'November']) {
      expect(pageText).toContain(secret);
      expect(readLines).not.toContain(secret);
    }
    await popup.close();
    await calendar.close();
  });
});
