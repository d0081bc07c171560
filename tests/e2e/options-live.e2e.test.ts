/**
 * Settings changed in the options page reach an open GitHub tab without a reload: the background broadcasts them
 * and each content script applies them at once.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { extensionPage, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

const PR = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-react.html')!;
let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context, { [PR.url]: `github/${PR.file}` });
});

afterAll(async () => {
  await browser?.close();
});

async function openOptions(section: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, `options.html#${section}`));
  await page.locator(`[data-section="${section}"]`).waitFor();
  return page;
}

test('switching GitHub hints off in options removes the hint from an open PR, and on brings it back', async () => {
  const pr = await browser.context.newPage();
  await pr.goto(PR.url);
  const hint = pr.locator('[data-leadway="pr-hint"]');
  await hint.waitFor({ state: 'visible' });
  const tipId = await hint.locator('[data-tip-id]').getAttribute('data-tip-id');

  const options = await openOptions('sites');
  const toggle = options.getByLabel('Hints on pull requests');
  await toggle.uncheck();
  await expect.poll(() => hint.count()).toBe(0);

  await toggle.check();
  await hint.waitFor({ state: 'visible' });
  // Same PR, same day: the same tip comes back rather than a new one.
  expect(await hint.locator('[data-tip-id]').getAttribute('data-tip-id')).toBe(tipId);
  await options.close();
  await pr.close();
});

test('switching the tone coach off in options removes it from an open comment box', async () => {
  const pr = await browser.context.newPage();
  await pr.goto(PR.url);
  const field = pr.locator('textarea').first();
  await field.click();
  await field.pressSequentially('This is obviously wrong.', { delay: 2 });
  const coach = pr.locator('[data-leadway="tone-coach"]');
  await expect.poll(() => coach.first().getAttribute('data-findings').then(Number)).toBeGreaterThan(0);

  const options = await openOptions('sites');
  await options.getByLabel('Tone coach in review comments').uncheck();
  await expect.poll(() => coach.count()).toBe(0);
  // Typing on does not bring it back while it is off.
  await field.pressSequentially(' Really.', { delay: 2 });
  await pr.waitForTimeout(500);
  expect(await coach.count()).toBe(0);
  await options.close();
  await pr.close();
});
