import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { launchChromiumWithExtension } from './chromium';
import { launchFirefoxWithExtension } from './firefox';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

export { CHROMIUM_BASE_ARGS } from './chromium';
export type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

/**
 * The browser-neutral end-to-end harness. LEADWAY_BROWSER (chromium, the default, or firefox) picks the driver; the
 * suites, the bench and the scripts call the same functions either way.
 */
export const BROWSER: BrowserName = parseBrowser(process.env.LEADWAY_BROWSER);

function parseBrowser(value: string | undefined): BrowserName {
  if (value === undefined || value === '' || value === 'chromium') return 'chromium';
  if (value === 'firefox') return 'firefox';
  throw new Error(`LEADWAY_BROWSER must be chromium or firefox, not "${value}"`);
}

export const ROOT = resolve(import.meta.dirname, '../..');
/** The builds users get (`wxt build`): closed shadow roots, no test attributes. */
export const SHIPPED_EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv3'),
};
/** The end-to-end tests' builds (`LEADWAY_TEST_HOOKS=1`, made by the e2e global setup, tests/e2e/build-test-hooks.ts). */
export const TEST_HOOKS_EXTENSION_DIRS: Record<BrowserName, string> = {
  chromium: join(ROOT, '.output/chrome-mv3-test-hooks'),
  firefox: join(ROOT, '.output/firefox-mv3-test-hooks'),
};
/** What launchWithExtension loads unless told: the test-hooks build under the e2e runner, else the shipped one. */
export const EXTENSION_DIRS: Record<BrowserName, string> =
  process.env.LEADWAY_E2E === '1' ? TEST_HOOKS_EXTENSION_DIRS : SHIPPED_EXTENSION_DIRS;
/** The shipped build of the selected browser. */
export const EXTENSION_DIR = SHIPPED_EXTENSION_DIRS[BROWSER];
export const TEST_HOOKS_EXTENSION_DIR = TEST_HOOKS_EXTENSION_DIRS[BROWSER];
export const DEFAULT_EXTENSION_DIR = EXTENSION_DIRS[BROWSER];
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** Stand-in stylesheets for the GitHub fixtures, served where GitHub serves its own CSS. */
const GITHUB_ASSETS_DIR = join(FIXTURES_DIR, 'github/assets');

/** Launch the selected browser (or options' browser) with the built extension, in a fresh profile. */
export async function launchWithExtension(options: LaunchOptions & { browser?: BrowserName } = {}): Promise<ExtensionBrowser> {
  const name = options.browser ?? BROWSER;
  const extensionDir = options.extensionDir ?? EXTENSION_DIRS[name];
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build${name === 'firefox' ? ':firefox' : ''}" first.`);
  }
  const browser = name === 'firefox' ? await launchFirefoxWithExtension({ ...options, extensionDir }) : await launchChromiumWithExtension({ ...options, extensionDir });
  await serveGithubAssets(browser.context);
  return browser;
}

export function fixtureHtml(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

/**
 * Serve fixture pages under their real URLs (https://github.com/…). Routes added later win, so this overrides the
 * catch-all refusal for the given URLs only; any other request to the same host gets an empty 404.
 */
export async function serveFixtures(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  const byUrl = new Map(Object.entries(pages).map(([url, file]) => [normaliseUrl(url), file]));
  const hosts = new Set([...byUrl.keys()].map((url) => new URL(url).origin));
  for (const origin of hosts) {
    await context.route(`${origin}/**`, (route) => {
      const file = byUrl.get(normaliseUrl(route.request().url()));
      if (file === undefined) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: fixtureHtml(file) });
    });
  }
}

/**
 * The fixtures link a hand-written stylesheet from GitHub's asset host, as real pages do, so they render like GitHub
 * in screenshots and e2e layouts. Only files in tests/fixtures/github/assets/ are served (by base name, so a URL
 * cannot climb out of that folder); anything else on the host gets an empty 404.
 */
async function serveGithubAssets(context: BrowserContext): Promise<void> {
  await context.route('https://github.githubassets.com/assets/**', (route) => {
    const file = join(GITHUB_ASSETS_DIR, basename(new URL(route.request().url()).pathname));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: readFileSync(file, 'utf8') });
  });
}

function normaliseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.toString();
}

/** chrome-extension://ID/path or moz-extension://UUID/path. */
export function extensionPage(browser: ExtensionBrowser, path: string): string {
  return `${browser.extensionOrigin}/${path}`;
}

/** Whether a URL is one of Leadway's own pages in this browser. */
export function isExtensionUrl(browser: ExtensionBrowser, url: string): boolean {
  return url.startsWith(`${browser.extensionOrigin}/`);
}

/** Wait for a Leadway host element and return its shadow root's text. */
export async function shadowText(page: Page, surface: string): Promise<string> {
  const host = page.locator(`[data-leadway="${surface}"]`);
  await host.waitFor({ state: 'attached' });
  return host.evaluate((el) => el.shadowRoot?.textContent ?? '');
}

/**
 * Send one message to the background the way Leadway's own pages do (the @webext-core/messaging wire format), from
 * an extension page. Used to set up state (settings, history) for a test; throws the background's error.
 */
export async function callBackground<T = unknown>(browser: ExtensionBrowser, type: string, data?: unknown): Promise<T> {
  const message = JSON.stringify({ id: Date.now(), type, data, timestamp: Date.now() });
  const reply = (await browser.extensionScript(
    `((globalThis.browser && globalThis.browser.runtime) ? globalThis.browser : globalThis.chrome).runtime.sendMessage(${message})`,
  )) as { res?: T; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`No answer from the background to ${type}`);
  if (reply.err) throw new Error(reply.err.message ?? `The background failed on ${type}`);
  return reply.res as T;
}
