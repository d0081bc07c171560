/**
 * A screenshot of the 1:1 panel's "Since your last 1:1" section, for the README.
 *
 *   npx tsx scripts/screenshots-reviews.ts [--extension-dir DIR] [--out DIR]
 *
 * Uses the test-hooks build (open shadow roots; the e2e run makes it). Turns review memory on, links the calendar
 * fixture's report to the login river-k, posts a praise review on river-k's pull request (a GitHub fixture under its
 * real URL), then opens the 1:1 and saves docs/screenshots/calendar-panel-since-last.png.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { callBackground, launchWithExtension, ROOT, serveFixtures, TEST_HOOKS_EXTENSION_DIR } from '../tests/harness';
import { CALENDAR_FIXTURES } from '../tests/fixtures/calendar';
import { GITHUB_FIXTURES } from '../tests/fixtures/github/index';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const extensionDir = resolve(argument('--extension-dir') ?? TEST_HOOKS_EXTENSION_DIR);
const outDir = resolve(argument('--out') ?? join(ROOT, 'docs/screenshots'));
const PR = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-react.html')!;
const MEETING = CALENDAR_FIXTURES.find((f) => f.file === 'google-popup-report-recurring.html')!;

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchWithExtension({ extensionDir });
  try {
    await serveFixtures(browser.context, { [PR.url]: `github/${PR.file}`, [MEETING.url]: `calendar/${MEETING.file}` });
    await callBackground(browser, 'saveSettings', {
      reviewMemory: true,
      people: [{ id: 'person-priya', name: 'Priya Nair', email: 'priya.nair@example.com', relationship: 'report', githubLogins: ['river-k'] }],
    });
    const github = await browser.context.newPage();
    await github.goto(PR.url);
    await github.waitForTimeout(1500);
    await github.locator('textarea[data-testid="markdown-editor-comment-composer"]').fill('praise: the test for the byte-order mark is a joy to read.');
    await github.locator('[data-testid="comment-composer"] button[data-variant="primary"]').click();
    await github.waitForTimeout(1000);
    await github.close();

    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.goto(MEETING.url);
    await page.locator('[data-leadway="one-on-one"] [data-section="since-last"]').waitFor({ state: 'attached', timeout: 15_000 });
    await page.waitForTimeout(400);
    const box = await page.locator('#leadway-fixture-popup').boundingBox();
    if (!box) throw new Error('the event popup is not on screen');
    const margin = 24;
    const path = join(outDir, 'calendar-panel-since-last.png');
    await page.screenshot({
      path,
      clip: { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + margin * 2, height: box.height + margin * 2 },
    });
    console.log(`saved ${path}`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
