import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { tipById } from '../../utils/tips/catalogue';
import { BROWSER, callBackground, fixtureHtml, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

const PR_PAGES = GITHUB_FIXTURES.filter((f) => f.expected !== undefined && f.expected.viewer !== undefined);
const LOGGED_OUT = GITHUB_FIXTURES.find((f) => f.file === 'pr-logged-out-legacy.html')!;
const NOT_PR_PAGES = GITHUB_FIXTURES.filter((f) => f.expected === undefined);
const FIRST_TIMER = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-react.html')!;
const LEGACY_FIRST_TIMER = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-legacy.html')!;
const HOSTILE = GITHUB_FIXTURES.find((f) => f.file === 'pr-hostile-react.html')!;
const OWN_DRAFT = GITHUB_FIXTURES.find((f) => f.file === 'pr-own-draft-react.html')!;
const ISSUE = GITHUB_FIXTURES.find((f) => f.file === 'issue.html')!;
const HYBRID = GITHUB_FIXTURES.find((f) => f.file === 'pr-hybrid-reviewer.html')!;

/** Long enough for the content script to have read the page and asked the background (it takes ~100 ms). */
const SETTLE_MS = 1_500;

let browser: ExtensionBrowser;
const visibleAt: number[] = [];
const dialogs: string[] = [];

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(url);
  return page;
}

const hint = (page: Page) => page.locator('[data-leadway="pr-hint"]');

async function hintTipId(page: Page): Promise<string> {
  await hint(page).waitFor({ state: 'visible', timeout: 10_000 });
  return hint(page).evaluate((host) => host.shadowRoot!.querySelector('[data-tip-id]')!.getAttribute('data-tip-id')!);
}

/** The card has a rendered box of some size and nothing hides it, as a person would see it. */
async function cardShows(page: Page): Promise<boolean> {
  return hint(page).evaluate((host) => {
    const box = host.getBoundingClientRect();
    return box.width > 100 && box.height > 40 && host.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  });
}

async function clickInHint(page: Page, action: string): Promise<void> {
  await hint(page).locator(`[data-action="${action}"]`).click();
}

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context, Object.fromEntries(GITHUB_FIXTURES.map((f) => [f.url, `github/${f.file}`])));
  // This suite visits more PRs than a person would in a day: lift the daily cap so each page shows its hint.
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000 } });
});

afterAll(async () => {
  if (visibleAt.length > 0) {
    const sorted = [...visibleAt].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`hintVisibleMs median=${median} min=${sorted[0]} max=${sorted.at(-1)} n=${sorted.length}`);
  }
  await browser?.close();
});

describe('PR hint', () => {
  test.each(PR_PAGES.map((f) => [f.file, f.url]))('appears on %s', async (_file, url) => {
    const page = await open(url);
    await hintTipId(page);
    const text = await hint(page).evaluate((host) => host.shadowRoot!.textContent ?? '');
    expect(text).toContain('Helpful');
    expect(text).toContain('Never show this');
    visibleAt.push(Number(await hint(page).getAttribute('data-visible-at')));
    await page.close();
  });

  test.each(PR_PAGES.map((f) => [f.file, f.placement]))('on %s it shows in the %s, really visible', async (file, slot) => {
    const fixture = GITHUB_FIXTURES.find((f) => f.file === file)!;
    const page = await open(fixture.url);
    await hintTipId(page);
    expect(await hint(page).getAttribute('data-placement')).toBe(slot);
    expect(await cardShows(page)).toBe(true);
    if (slot === 'sidebar') {
      expect(await hint(page).evaluate((host) => host.closest('#partial-discussion-sidebar, [class*="prc-PageLayout-Sidebar-"]') !== null)).toBe(true);
    }
    await page.close();
  });

  test('on today’s hybrid page it is inside the Reviewers column, not GitHub’s hidden diff side panel', async () => {
    const page = await open(HYBRID.url);
    await hintTipId(page);
    const where = await hint(page).evaluate((host) => ({
      inSidebar: host.parentElement?.id === 'partial-discussion-sidebar',
      inSidePanel: host.closest('[class*="HiddenSidePanel"]') !== null,
    }));
    expect(where).toEqual({ inSidebar: true, inSidePanel: false });
    // The side panel is really hidden on this page: had the card gone there, nobody would see it.
    expect(await page.locator('[class*="prc-PageLayout-Sidebar-"]').isVisible()).toBe(false);
    expect(await cardShows(page)).toBe(true);
    await page.close();
  });

  test('when the Reviewers column is there but hidden, the card moves under the header', async () => {
    const page = await browser.context.newPage();
    await page.route(HYBRID.url, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: fixtureHtml(`github/${HYBRID.file}`).replace('</head>', '<style>#pr-conversation-sidebar{display:none}</style></head>'),
      }),
    );
    await page.goto(HYBRID.url);
    await hintTipId(page);
    expect(await hint(page).getAttribute('data-placement')).toBe('below-header');
    expect(await cardShows(page)).toBe(true);
    await page.close();
  });

  test('a first-time contributor’s PR brings a tip written for newcomers’ PRs', async () => {
    const page = await open(LEGACY_FIRST_TIMER.url);
    const tip = tipById(await hintTipId(page));
    expect(tip?.contexts).toContain('pr-first-time-contributor');
    const label = await hint(page).evaluate((host) => host.shadowRoot!.querySelector('.lw-context')!.textContent);
    expect(label).toBe("Reviewing a first-time contributor's pull request");
    await page.close();
  });

  test.each([...NOT_PR_PAGES, LOGGED_OUT].map((f) => [f.file, f.url]))('does not appear on %s', async (_file, url) => {
    const page = await open(url);
    await page.waitForTimeout(SETTLE_MS);
    expect(await hint(page).count()).toBe(0);
    await page.close();
  });

  test('appears after a client-side navigation from an issue to a PR, and goes when leaving', async () => {
    const page = await open(ISSUE.url);
    await page.waitForTimeout(SETTLE_MS);
    expect(await hint(page).count()).toBe(0);
    // What Turbo does: swap the document's content, push the URL, announce the render.
    await page.evaluate(
      ({ html, path }) => {
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.title = next.title;
        document.head.replaceWith(document.adoptNode(next.head));
        document.body.replaceWith(document.adoptNode(next.body));
        history.pushState({}, '', path);
        document.dispatchEvent(new Event('turbo:render', { bubbles: true }));
      },
      { html: fixtureHtml(`github/${FIRST_TIMER.file}`), path: new URL(FIRST_TIMER.url).pathname },
    );
    await hintTipId(page);
    // And back to the issue: the hint is torn down.
    await page.evaluate(
      ({ html, path }) => {
        document.dispatchEvent(new Event('turbo:visit', { bubbles: true }));
        const next = new DOMParser().parseFromString(html, 'text/html');
        document.body.replaceWith(document.adoptNode(next.body));
        history.pushState({}, '', path);
        document.dispatchEvent(new Event('turbo:render', { bubbles: true }));
      },
      { html: fixtureHtml(`github/${ISSUE.file}`), path: new URL(ISSUE.url).pathname },
    );
    await expect.poll(() => hint(page).count()).toBe(0);
    await page.close();
  });

  test('"never show this tip" survives a reload and the tip does not come back elsewhere', async () => {
    const first = GITHUB_FIXTURES.find((f) => f.file === 'pr-merged-legacy.html')!;
    const page = await open(first.url);
    const tipId = await hintTipId(page);
    await clickInHint(page, 'never');
    await expect.poll(() => hint(page).evaluate((host) => host.shadowRoot!.textContent)).toContain('You will not see this tip again');
    await page.reload();
    await page.waitForTimeout(SETTLE_MS);
    expect(await hint(page).count()).toBe(0);
    await page.close();

    // The same tip is excluded everywhere from now on: ask for many and check.
    const other = await open(GITHUB_FIXTURES.find((f) => f.file === 'pr-long-thread-legacy.html')!.url);
    expect(await hintTipId(other)).not.toBe(tipId);
    for (let i = 0; i < 5; i++) {
      await clickInHint(other, 'another');
      await other.waitForTimeout(100);
      expect(await hintTipId(other)).not.toBe(tipId);
    }
    await other.close();
  });

  test('hostile page text stays text: no script runs, no markup appears in Leadway’s UI', async () => {
    const page = await open(HOSTILE.url);
    await hintTipId(page);
    const field = page.locator('textarea').first();
    await field.click();
    await field.fill('<img src=x onerror=alert(1)> this is stupid </script><script>alert(2)</script>');
    const coach = page.locator('[data-leadway="tone-coach"]');
    await expect.poll(() => coach.getAttribute('data-findings')).not.toBe('0');
    await coach.locator('[data-action="toggle-findings"]').click();
    for (const host of [hint(page), coach]) {
      const markup = await host.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script, svg, iframe').length);
      expect(markup).toBe(0);
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });

  test('follows GitHub’s dark theme', async () => {
    const page = await open(FIRST_TIMER.url);
    await hintTipId(page);
    // The fixture is light; GitHub switches theme by attribute, so do the same and renavigate.
    await page.evaluate(() => {
      document.documentElement.setAttribute('data-color-mode', 'dark');
      document.dispatchEvent(new Event('turbo:render', { bubbles: true }));
    });
    await expect.poll(() => hint(page).getAttribute('data-theme')).toBe('dark');
    await page.close();
  });
});

describe('tone coach', () => {
  async function coachOn(page: Page, text: string) {
    const field = page.locator('textarea').first();
    await field.click();
    await field.fill('');
    await field.pressSequentially(text, { delay: 2 });
    const coach = page.locator('[data-leadway="tone-coach"]').first();
    await coach.waitFor({ state: 'attached' });
    return { field, coach };
  }

  // Chromium only: it counts parsed scripts through CDP's debugger, which Firefox does not speak (not registered there).
  if (BROWSER === 'chromium') test('its script loads on the first focus of a comment box, not with the page, and only once', async () => {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const toneScripts: string[] = [];
    cdp.on('Debugger.scriptParsed', (event) => {
      if (event.url.endsWith('/content-scripts/github-tone.js')) toneScripts.push(event.url);
    });
    await cdp.send('Debugger.enable');
    await page.goto(LEGACY_FIRST_TIMER.url);
    await hintTipId(page);
    await page.waitForTimeout(300);
    expect(toneScripts).toEqual([]);

    const { coach, field } = await coachOn(page, 'This is obviously wrong.');
    await expect.poll(() => coach.getAttribute('data-findings').then(Number)).toBeGreaterThan(0);
    expect(toneScripts).toHaveLength(1);
    // Focus elsewhere and back, and a second comment box: still the one coach script.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await field.focus();
    await page.waitForTimeout(300);
    expect(toneScripts).toHaveLength(1);
    await page.close();
  });

  test('a harsh comment is flagged; a kind one is not', async () => {
    const page = await open(FIRST_TIMER.url);
    const { coach, field } = await coachOn(page, 'This is obviously wrong. Did you even test this?');
    await expect.poll(() => coach.getAttribute('data-findings').then(Number)).toBeGreaterThan(0);
    await field.fill('');
    await field.pressSequentially('Thanks for this! Could we add a test for the empty file case?', { delay: 2 });
    await expect.poll(() => coach.getAttribute('data-findings')).toBe('0');
    await page.close();
  });

  test('a one-click rewrite changes the draft', async () => {
    const page = await open(FIRST_TIMER.url);
    const { coach, field } = await coachOn(page, 'This is obviously wrong.');
    await expect.poll(() => coach.getAttribute('data-findings').then(Number)).toBeGreaterThan(0);
    await coach.locator('[data-action="toggle-findings"]').click();
    await coach.locator('[data-action="rewrite"]').first().click();
    const after = await field.inputValue();
    expect(after).not.toBe('This is obviously wrong.');
    expect(after.toLowerCase()).not.toContain('obviously');
    await page.close();
  });

  test('a harsh comment in clean words gets a finding with a rewrite; a kind blunt technical one gets none', async () => {
    const page = await open(FIRST_TIMER.url);
    const { coach, field } = await coachOn(page, 'This refactor is pointless. You clearly have never written a migration.');
    await expect.poll(() => coach.getAttribute('data-findings').then(Number)).toBeGreaterThan(0);
    await coach.locator('[data-action="toggle-findings"]').click();
    await coach.locator('[data-action="rewrite"]').first().click();
    expect(await field.inputValue()).toBe('This refactor is not needed. You clearly have never written a migration.');

    await field.fill('');
    await field.pressSequentially('This leaks the file handle when parse() throws; close it in a finally block.', { delay: 2 });
    await expect.poll(() => coach.getAttribute('data-findings')).toBe('0');
    expect(await coach.getAttribute('data-prompt')).toBeNull();
    await page.close();
  });

  test('a bare verdict gets the prompt for specifics, not a tone finding', async () => {
    const page = await open(FIRST_TIMER.url);
    const { coach, field } = await coachOn(page, 'This is wrong.');
    await expect.poll(() => coach.getAttribute('data-prompt')).toBe('specific-feedback');
    expect(await coach.getAttribute('data-findings')).toBe('0');
    await expect.poll(() => coach.locator('[data-prompt="specific-feedback"]').textContent()).toContain('what you noticed');
    expect(await coach.locator('[data-action="toggle-findings"]').textContent()).toContain('Tone looks kind');

    // A reason makes it specific: the prompt goes away.
    await field.pressSequentially(' The loop skips the last element.', { delay: 2 });
    await expect.poll(() => coach.getAttribute('data-prompt')).toBeNull();
    await page.close();
  });

  test('on your own pull request the prompt for specifics is off unless chosen in options', async () => {
    const page = await open(OWN_DRAFT.url);
    const { coach, field } = await coachOn(page, "Doesn't work.");
    await expect.poll(() => coach.getAttribute('data-findings')).toBe('0');
    await page.waitForTimeout(400);
    expect(await coach.getAttribute('data-prompt')).toBeNull();

    const settings = await callBackground<{ tone: Record<string, unknown> }>(browser, 'getSettings');
    await callBackground(browser, 'saveSettings', { tone: { ...settings.tone, specificFeedback: 'all' } });
    await field.pressSequentially(' ', { delay: 2 });
    await expect.poll(() => coach.getAttribute('data-prompt'), { timeout: 10_000 }).toBe('specific-feedback');
    await callBackground(browser, 'saveSettings', { tone: { ...settings.tone, specificFeedback: 'others' } });
    await page.close();
  });

  test('Conventional Comments labels insert', async () => {
    const page = await open(FIRST_TIMER.url);
    const { coach, field } = await coachOn(page, 'rename this variable to make the intent clearer');
    await coach.locator('[data-action="toggle-labels"]').click();
    await coach.getByLabel('non-blocking').check();
    await coach.locator('[data-label="nitpick"]').click();
    expect(await field.inputValue()).toBe('nitpick (non-blocking): rename this variable to make the intent clearer');
    await coach.locator('[data-label="suggestion"]').click();
    expect(await field.inputValue()).toBe('suggestion (non-blocking): rename this variable to make the intent clearer');
    await page.close();
  });
});
