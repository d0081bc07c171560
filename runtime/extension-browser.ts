import polyfill from 'webextension-polyfill';
import type { browser as WxtBrowser } from 'wxt/browser';

/**
 * The WebExtension API for Leadway's own pages (popup, options) and its background, through webextension-polyfill:
 * one promise-based `browser` with the same behaviour in Chrome and Firefox.
 *
 * Content scripts do not import this. They reach the background through runtime/wire.ts over the browsers' own
 * APIs, which keeps the polyfill (about 3 KB gzipped) out of what every GitHub and calendar page loads; this is
 * also why WXT's polyfill module, which would put it into every entrypoint, is not used (wxt.config.ts).
 */
export const browser = polyfill as unknown as typeof WxtBrowser;
