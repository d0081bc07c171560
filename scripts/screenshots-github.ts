/**
 * Screenshots of the GitHub surfaces for the README: `LEADWAY_TEST_HOOKS=1 npx wxt build`, then
 * `npx tsx scripts/screenshots-github.ts`. It drives the test-hooks build: the coach's findings toggle is inside its
 * shadow root, which the shipped build keeps closed (it looks the same).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TEST_HOOKS_EXTENSION_DIR, launchWithExtension, serveFixtures } from '../tests/harness';

const URL_PR = 'https://github.com/acme/widget/pull/57';
const OUT = join(ROOT, 'docs/screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    const browser = await launchWithExtension({ colorScheme: theme, extensionDir: TEST_HOOKS_EXTENSION_DIR });
    await serveFixtures(browser.context, { [URL_PR]: 'github/pr-first-timer-reviewer-react.html' });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 820 });
    await page.goto(URL_PR);
    if (theme === 'dark') {
      // GitHub's theme is an attribute on <html>; the fixture ships light, so switch it as GitHub's settings do.
      await page.evaluate(() => {
        document.documentElement.setAttribute('data-color-mode', 'dark');
        document.dispatchEvent(new Event('turbo:render', { bubbles: true }));
      });
    }
    const hint = page.locator('[data-leadway="pr-hint"]');
    await hint.waitFor({ state: 'visible' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(OUT, `pr-hint-${theme}.png`) });

    const field = page.locator('textarea').first();
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await field.pressSequentially('This is obviously wrong. Did you even test this?', { delay: 3 });
    const coach = page.locator('[data-leadway="tone-coach"]').first();
    await coach.locator('[data-action="toggle-findings"]').click();
    await page.waitForTimeout(400);
    const box = await field.boundingBox();
    await page.screenshot({
      path: join(OUT, `tone-coach-${theme}.png`),
      clip: { x: Math.max(0, (box?.x ?? 0) - 20), y: Math.max(0, (box?.y ?? 0) - 40), width: 900, height: 520 },
    });
    await browser.close();
  }
  console.log(`Screenshots written to ${OUT}`);
}

void main();
