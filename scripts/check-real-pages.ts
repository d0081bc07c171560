/**
 * `npm run check:real-pages`: loads the built extension in Chromium on every page saved from github.com in the
 * project's shared folder (data/real-pages/, not part of the repository), each served under the URL it was saved
 * from, and checks what a person would see: the card shows (a rendered box, nothing hiding it) in the Reviewers
 * column on a conversation and under the header elsewhere, and the facts Leadway reads match the folder's README.
 *
 * The facts are read by Leadway's own reader (utils/github/context.ts, bundled here) in the page, in the same
 * browser, after the page has loaded. Run `npm run build` first (the npm script does).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { callBackground, launchWithExtension, ROOT } from '../tests/harness';
import type { PrContext } from '../utils/github/context';
import { parseRealPagesTable, type ExpectedFacts, type RealPage } from './checks/real-pages-table';
import { requireShared } from './checks/shared-folder';

const README = requireShared('data/real-pages/README.md', 'The real-page check');
const FOLDER = dirname(README);
const pages = parseRealPagesTable(readFileSync(README, 'utf8'));
if (pages.length === 0) {
  console.error(`No pages listed in ${README}: is the table still in its README?`);
  process.exit(1);
}

/** Leadway's PR reader as one script to run in the page. */
async function readerScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'utils/github/context.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'LeadwayCheck',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}

interface Seen {
  placement?: string;
  shows: boolean;
  inReviewersColumn: boolean;
  facts?: PrContext;
}

async function look(page: Page, reader: string): Promise<Seen> {
  const host = page.locator('[data-leadway="pr-hint"]');
  await host.waitFor({ state: 'attached', timeout: 15_000 }).catch(() => undefined);
  const card = await host.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      placement: element.getAttribute('data-placement') ?? undefined,
      shows: box.width > 100 && box.height > 40 && element.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      inReviewersColumn: element.closest('#partial-discussion-sidebar') !== null,
    };
  }).catch(() => ({ placement: undefined, shows: false, inReviewersColumn: false }));
  const facts = await page.evaluate(`(() => { ${reader}; return LeadwayCheck.readPrContext(document, new URL(location.href)); })()`);
  return { ...card, facts: facts as PrContext | undefined };
}

function compare(expected: ExpectedFacts, facts: PrContext | undefined): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(expected)) {
    const read = facts?.[name as keyof PrContext];
    const same = typeof value === 'string' && typeof read === 'string' ? value.toLowerCase() === read.toLowerCase() : value === read;
    if (!same) problems.push(`${name}: expected ${JSON.stringify(value)}, read ${JSON.stringify(read)}`);
  }
  return problems;
}

/** A conversation shows the Reviewers column; the files, commits and checks views do not. */
function expectedSlot(page: RealPage): string {
  return /\/pull\/\d+\/?(?:[?#]|$)/.test(new URL(page.url).pathname) ? 'sidebar' : 'below-header';
}

const reader = await readerScript();
const browser = await launchWithExtension();
let failures = 0;
try {
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000 } });
  for (const realPage of pages) {
    const html = readFileSync(join(FOLDER, realPage.file), 'utf8');
    const page = await browser.context.newPage();
    // Only the page itself is served; its scripts, styles and images stay unreachable, as the check must not
    // depend on GitHub's servers (the closed network refuses them anyway).
    await page.route(realPage.url, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(realPage.url, { waitUntil: 'load' });
    const seen = await look(page, reader);
    const slot = expectedSlot(realPage);
    const problems = compare(realPage.expected, seen.facts);
    if (!seen.shows) problems.push('the card does not show');
    if (seen.placement !== slot) problems.push(`the card is in the ${seen.placement ?? 'nowhere'}, expected the ${slot}`);
    const hasRailsColumn = await page.evaluate(() => document.getElementById('partial-discussion-sidebar') !== null);
    if (slot === 'sidebar' && hasRailsColumn && !seen.inReviewersColumn) problems.push('the card is not inside #partial-discussion-sidebar');

    const checked = Object.entries(realPage.expected).map(([name, value]) => `${name}=${value}`).join(', ');
    console.log(`${problems.length === 0 ? 'PASS' : 'FAIL'}  ${realPage.file}  (${realPage.url}, saved ${realPage.saved})`);
    console.log(`      card: ${seen.placement ?? 'none'}${seen.shows ? ', visible' : ', not visible'}${seen.inReviewersColumn ? ', inside #partial-discussion-sidebar' : ''}`);
    console.log(`      facts checked: ${checked || 'none stated'}`);
    for (const problem of problems) console.log(`      - ${problem}`);
    failures += problems.length === 0 ? 0 : 1;
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`${pages.length - failures} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
