import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../../scripts/find-chromium.mjs';
import type { ExtensionBrowser, LaunchOptions } from './types';

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

/** Launch real Chromium (Playwright) with the built extension loaded, in a fresh profile. */
export async function launchChromiumWithExtension(options: LaunchOptions & { extensionDir: string }): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir;
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
  const errors: string[] = [];
  // Nothing reaches the real network: fixtures are served by routes, every other web request is refused.
  // (Only web URLs: the extension's own chrome-extension:// files must load.)
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol), (route) => route.abort('blockedbyclient'));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  const origin = `chrome-extension://${extensionId}`;
  return {
    browserName: 'chromium',
    context,
    extensionId,
    extensionOrigin: origin,
    serviceWorker,
    requests,
    errors,
    async extensionScript(expression: string) {
      const page = context.pages().find((p) => p.url().startsWith(`${origin}/`)) ?? (await context.newPage());
      if (!page.url().startsWith(`${origin}/`)) await page.goto(`${origin}/popup.html`);
      return page.evaluate(expression);
    },
    async stopBackground() {
      // From a Leadway page that sends no message of its own (the popup would wake the worker straight away).
      const page = await context.newPage();
      await page.goto(`${origin}/manifest.json`);
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
          const ours = event.versions.filter((version) => version.scriptURL.startsWith(`${origin}/`));
          if (ours.some((version) => version.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await Promise.race([stopped, new Promise((_, reject) => setTimeout(() => reject(new Error('The service worker did not stop')), 10_000))]);
      await cdp.detach();
      await page.close();
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
