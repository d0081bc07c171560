/**
 * From a review on GitHub to the 1:1 with its author, in a real browser with the built extension: the PR and the
 * calendar are fixtures served under their real URLs. River (login river-k) is the author of acme/widget#57 and,
 * in this test, the person in the weekly 1:1 on the calendar.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { CALENDAR_FIXTURES, type CalendarFixture } from '../fixtures/calendar/index';
import type { Person } from '../../utils/settings';
import type { PrFact } from '../../utils/reviews/types';
import { callBackground, extensionPage, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

const RIVERS_PR = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-react.html')!;
const ONE_ON_ONE: CalendarFixture = CALENDAR_FIXTURES.find((f) => f.file === 'google-popup-report-recurring.html')!;
/** The calendar's other person, linked to River's GitHub login. */
const RIVER: Person = { id: 'person-river', name: 'Priya Nair', email: 'priya.nair@example.com', relationship: 'report', githubLogins: ['river-k'] };
const SETTLE_MS = 1_500;

let browser: ExtensionBrowser;

async function open(url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  return page;
}

const facts = () => callBackground<PrFact[]>(browser, 'listPrFacts');

/** Write a review comment in the PR's comment box and press its "Comment" button, as a person does. */
async function postComment(page: Page, text: string): Promise<void> {
  const box = page.locator('textarea[data-testid="markdown-editor-comment-composer"]');
  await box.click();
  // The tone coach comes with the focus and adds its pill under the box: let it land before aiming at the button.
  await page.locator('[data-leadway="tone-coach"]').waitFor({ state: 'attached', timeout: 10_000 });
  await box.fill(text);
  await page.locator('[data-testid="comment-composer"] button[data-variant="primary"]').click();
}

const panel = (page: Page) => page.locator('[data-leadway="one-on-one"]');
const sinceSection = (page: Page) => panel(page).locator('[data-section="since-last"]');

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context, { [RIVERS_PR.url]: `github/${RIVERS_PR.file}`, [ONE_ON_ONE.url]: `calendar/${ONE_ON_ONE.file}` });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://calendar.google.com' });
  await callBackground(browser, 'saveSettings', { people: [RIVER] });
});

afterAll(async () => {
  await browser?.close();
});

describe('review memory', () => {
  test('while the option is off (the default), a visit and a posted comment record nothing', async () => {
    expect((await callBackground<{ reviewMemory: boolean }>(browser, 'getSettings')).reviewMemory).toBe(false);
    const page = await open(RIVERS_PR.url);
    await page.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached', timeout: 10_000 });
    await postComment(page, 'praise: the byte-order-mark test reads like documentation.');
    await page.waitForTimeout(SETTLE_MS);
    expect(await facts()).toEqual([]);
    await page.close();

    const calendar = await open(ONE_ON_ONE.url);
    await panel(calendar).waitFor({ state: 'attached', timeout: 10_000 });
    await calendar.waitForTimeout(SETTLE_MS);
    expect(await sinceSection(calendar).count()).toBe(0);
    await calendar.close();
  });

  test('with it on, a praised review of River’s PR shows in the 1:1 with River, and “Prepare” carries the prompt', async () => {
    await callBackground(browser, 'saveSettings', { reviewMemory: true });
    const page = await open(RIVERS_PR.url);
    await expect.poll(async () => (await facts()).map((fact) => fact.pr), { timeout: 10_000 }).toEqual(['acme/widget#57']);
    await postComment(page, 'praise: the byte-order-mark test reads like documentation.');
    await expect.poll(async () => (await facts())[0]?.comments, { timeout: 10_000 }).toBe(1);
    const [fact] = await facts();
    expect(fact).toMatchObject({ key: 'github.com/acme/widget#57', author: 'river-k', viewerRole: 'reviewer', labels: { praise: 1 }, rewritesAccepted: 0 });
    // Facts only: nothing of what was typed is kept.
    expect(JSON.stringify(fact)).not.toContain('byte-order');
    await page.close();

    const calendar = await open(ONE_ON_ONE.url);
    await sinceSection(calendar).waitFor({ state: 'attached', timeout: 10_000 });
    const link = sinceSection(calendar).locator('a[data-pr="acme/widget#57"]').first();
    expect(await link.textContent()).toBe('acme/widget#57');
    expect(await link.getAttribute('href')).toBe('https://github.com/acme/widget/pull/57');
    const prompt = await sinceSection(calendar).locator('[data-prompt]').first().textContent();
    expect(prompt).toContain('acme/widget#57');

    await panel(calendar).locator('[data-action="prepare"]').first().click();
    await expect.poll(() => panel(calendar).locator('[role="status"]').textContent()).toContain('Agenda copied');
    const agenda = await calendar.evaluate(() => navigator.clipboard.readText());
    expect(agenda).toContain(`- ${prompt}`);
    await calendar.close();
  });

  test('forgetting the PR in History takes it out of the panel', async () => {
    const options = await open(extensionPage(browser, 'options.html#history'));
    await options.getByRole('button', { name: 'Forget acme/widget#57' }).click();
    await expect.poll(async () => (await facts()).length).toBe(0);
    await options.close();

    const calendar = await open(ONE_ON_ONE.url);
    await panel(calendar).waitFor({ state: 'attached', timeout: 10_000 });
    await calendar.waitForTimeout(SETTLE_MS);
    expect(await sinceSection(calendar).count()).toBe(0);
    expect(await panel(calendar).locator('a[data-pr]').count()).toBe(0);
    await calendar.close();
  });
});
