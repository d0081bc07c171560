import type { BrowserContext, Worker } from 'playwright-core';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  headless?: boolean;
  /** The built extension; defaults to the build for the browser (.output/chrome-mv3 or .output/firefox-mv3). */
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  /**
   * Firefox only: false starts with Leadway's host permissions declined, as a person who said no would have it
   * (pref extensions.originControls.grantByDefault). Chromium grants what the manifest asks for at install.
   */
  grantHostPermissions?: boolean;
  /** Firefox only: extra profile prefs for this launch. */
  firefoxPrefs?: Record<string, unknown>;
}

/**
 * One browser with Leadway installed, the same shape for every driver. `context` is Playwright's BrowserContext in
 * Chromium; in Firefox it is the harness's implementation of the calls the suites make (tests/harness/page-api.ts),
 * and anything else throws a clear error.
 */
export interface ExtensionBrowser {
  browserName: BrowserName;
  context: BrowserContext;
  /** The extension's host: chrome-extension://ID or moz-extension://UUID. */
  extensionId: string;
  /** chrome-extension://ID or moz-extension://UUID, no trailing slash. */
  extensionOrigin: string;
  /** Chromium: the background service worker. Firefox (event page): evaluate() runs in a Leadway page with the same APIs. */
  serviceWorker: Worker;
  /** Every request a page (or, in Firefox, anything else but Firefox's own services) made to a web URL. */
  requests: string[];
  /** Error lines the browser reported for the extension (Firefox: its console on stdout). */
  errors: string[];
  /** Evaluate an expression in one of Leadway's own pages (extension APIs available); JSON result. */
  extensionScript(expression: string): Promise<unknown>;
  /**
   * Stop Leadway's background as the browser does when it is idle (Chromium: the service worker, through CDP;
   * Firefox: the event page, through Marionette's privileged context). The next message wakes it.
   */
  stopBackground(): Promise<void>;
  close(): Promise<void>;
}
