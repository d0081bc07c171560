/**
 * Firefox lets a person decline an extension's access to sites (Chromium grants what the manifest asks for at
 * install, and its way to withhold it is the browser's own extensions page, which a test cannot reach). Here
 * Leadway starts with its host permissions declined, as pref extensions.originControls.grantByDefault=false
 * leaves it: no UI on the page, and the popup says what it needs and asks.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { BROWSER, extensionPage, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

const PR = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-react.html')!;
/** Long enough for the content script to have read the page and asked the background (it takes ~100 ms). */
const SETTLE_MS = 1_500;

let browser: ExtensionBrowser;

// Firefox only: see above. In Chromium the test is not registered at all (it is not a skip: there is nothing to run).
const firefoxOnly = BROWSER === 'firefox';

beforeAll(async () => {
  if (!firefoxOnly) return;
  browser = await launchWithExtension({
    grantHostPermissions: false,
    // "Give access" is answered yes without a browser prompt, as if the person had accepted it.
    firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false },
  });
  await serveFixtures(browser.context, { [PR.url]: `github/${PR.file}` });
});

afterAll(async () => {
  await browser?.close();
});

if (firefoxOnly) test('with site access declined: nothing on the page; the popup explains, asks, and then Leadway works there', async () => {
  const pr = await browser.context.newPage();
  await pr.goto(PR.url);
  await pr.waitForTimeout(SETTLE_MS);
  expect(await pr.locator('[data-leadway]').count()).toBe(0);

  const popup = await browser.context.newPage();
  await popup.goto(extensionPage(browser, 'popup.html'));
  const access = popup.getByTestId('site-access');
  await access.waitFor();
  expect(await access.textContent()).toContain('Leadway needs access to GitHub, Google Calendar and Outlook to show tips there.');
  await popup.getByRole('button', { name: 'Give access' }).click();
  await expect.poll(() => access.textContent()).toBe('Done. Reload the page to see Leadway there.');

  await pr.reload();
  await pr.locator('[data-leadway="pr-hint"]').waitFor({ state: 'visible', timeout: 10_000 });
  await popup.close();
  await pr.close();
});

test('the popup says nothing about access when Leadway has it', async () => {
  const own = firefoxOnly ? await launchWithExtension() : await launchWithExtension({ browser: 'chromium' });
  try {
    const popup = await own.context.newPage();
    await popup.goto(extensionPage(own, 'popup.html'));
    await popup.locator('.lw-card').waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.getByTestId('site-access').count()).toBe(0);
  } finally {
    await own.close();
  }
});
