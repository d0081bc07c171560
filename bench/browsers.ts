/**
 * The two browsers the page-overhead figure compares: Chromium with the built extension (the e2e harness) and the
 * same Chromium, same flags, without it. Both serve the benchmark page and GitHub's stand-in stylesheet from this
 * machine and refuse every other web request, so the only difference between them is Leadway.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { findChromium } from '../scripts/find-chromium.mjs';
import { CHROMIUM_BASE_ARGS, FIXTURES_DIR, launchWithExtension, type ExtensionBrowser } from '../tests/harness';

const ASSETS_DIR = join(FIXTURES_DIR, 'github/assets');

export interface BenchBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

async function refuseTheNetwork(context: BrowserContext): Promise<void> {
  await context.route((url) => /^(https?|wss?):$/.test(url.protocol), (route) => route.abort('blockedbyclient'));
}

/** Serve `html` at `url`, and the fixture stylesheets at GitHub's asset host, in either browser. */
export async function servePage(context: BrowserContext, url: string, html: string): Promise<void> {
  await context.route('https://github.githubassets.com/assets/**', (route) => {
    const file = join(ASSETS_DIR, basename(new URL(route.request().url()).pathname));
    if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/css; charset=utf-8', body: readFileSync(file, 'utf8') });
  });
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

export async function launchPlain(): Promise<BenchBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'leadway-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_BASE_ARGS, // the harness's flags minus the two that load the extension
    colorScheme: 'light',
    viewport: { width: 1280, height: 900 },
  });
  await refuseTheNetwork(context);
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchExtension(): Promise<ExtensionBrowser> {
  return launchWithExtension();
}
