import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { findChromium } from '../../scripts/find-chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The build users get (`npx wxt build`): closed shadow roots, no test attributes. */
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
/** The end-to-end tests' build (`LEADWAY_TEST_HOOKS=1 npx wxt build`, made by the e2e global setup). */
export const TEST_HOOKS_EXTENSION_DIR = join(ROOT, '.output/chrome-mv3-test-hooks');
/** What launchWithExtension loads unless told: the test-hooks build under the e2e runner, else the shipped one. */
export const DEFAULT_EXTENSION_DIR = process.env.LEADWAY_E2E === '1' ? TEST_HOOKS_EXTENSION_DIR : EXTENSION_DIR;
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');
/** Stand-in stylesheets for the GitHub fixtures, served where GitHub serves its own CSS. */
const GITHUB_ASSETS_DIR = join(FIXTURES_DIR, 'github/assets');

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Every request a page made to a non-extension URL, for the "nothing leaves the machine" check. */
  requests: string[];
  close(): Promise<void>;
}

/** Flags that keep Chromium quiet on a closed network (see design.md); the bench's plain browser uses them too. */
export const CHROMIUM_BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** The base flags plus the two that load only our extension. */
function chromiumArgs(extensionDir: string): string[] {
  return [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_BASE_ARGS];
}

/** Launch real Chromium with the built extension loaded, in a fresh profile. */
export async function launchWithExtension(options: { headless?: boolean; extensionDir?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? DEFAULT_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run "npm run build" first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'leadway-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: chromiumArgs(extensionDir),
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 1280, height: 900 },
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('chrome-extension://') && !url.startsWith('data:')) requests.push(url);
  });
  // Nothing reaches the real network: fixtures are served by routes, every other web request is refused.
  // (Only web URLs: the extension's own chrome-extension:// files must load.)
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol), (route) => route.abort('blockedbyclient'));
  await serveGithubAssets(context);
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    requests,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function fixtureHtml(relativePath: string): string {
  return readFileSync(join(FIXTURES_DIR, relativePath), 'utf8');
}

/**
 * Serve fixture pages under their real URLs (https://github.com/…). Routes added later win in Playwright, so this
 * overrides the catch-all abort for the given URLs only; any other request to the same host gets an empty 404.
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

export function extensionPage(browser: ExtensionBrowser, path: string): string {
  return `chrome-extension://${browser.extensionId}/${path}`;
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
  const page = browser.context.pages().find((p) => p.url().startsWith(`chrome-extension://${browser.extensionId}/`))
    ?? (await browser.context.newPage());
  if (!page.url().startsWith('chrome-extension://')) await page.goto(extensionPage(browser, 'popup.html'));
  const reply = await page.evaluate(
    ({ type, data }) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
      return chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() });
    },
    { type, data },
  ) as { res?: T; err?: { message?: string } } | undefined;
  if (!reply) throw new Error(`No answer from the background to ${type}`);
  if (reply.err) throw new Error(reply.err.message ?? `The background failed on ${type}`);
  return reply.res as T;
}
