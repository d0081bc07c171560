import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProfile, Browser as BrowserName } from '@puppeteer/browsers';
import puppeteer, { type Browser as PuppeteerBrowser, type ConnectionTransport } from 'puppeteer-core';
import WebSocket from 'ws';
import { Marionette } from './marionette';

/** Debian's Firefox ESR, or FIREFOX_PATH. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('No Firefox found: install Debian\'s firefox-esr or set FIREFOX_PATH.');
  return found;
}

/** The add-on id from the Firefox build's manifest (browser_specific_settings.gecko.id). */
function addonId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  return id;
}

/**
 * Hosts Firefox itself calls on its own (remote settings, its telemetry and update pings) even with the profile's
 * quiet prefs. They are refused like everything else; they are only left out of the "what did Leadway ask for" list.
 */
const FIREFOX_OWN_HOSTS = [/(^|\.)mozilla\.(com|net|org)$/, /(^|\.)mozaws\.net$/, /(^|\.)firefox\.com$/, /^dummy\.test$/];

export function isFirefoxOwnRequest(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return FIREFOX_OWN_HOSTS.some((pattern) => pattern.test(host));
  } catch {
    return false;
  }
}

export interface FirefoxLaunch {
  process: ChildProcess;
  profile: string;
  marionette: Marionette;
  puppeteer: PuppeteerBrowser;
  addonId: string;
  downloadDir: string;
  /** moz-extension://UUID host, fixed through extensions.webextensions.uuids. */
  extensionId: string;
  /** Everything that reached the refusing proxy (requests the BiDi interception did not see, e.g. from the background). */
  proxied: string[];
  /** Lines Firefox wrote to stdout/stderr that look like errors from the extension. */
  output: string[];
  close(): Promise<void>;
}

/** A local HTTP proxy that refuses every request and records what was asked: nothing leaves the machine. */
async function refusingProxy(record: (url: string) => void): Promise<Server> {
  const server = createServer((request, response) => {
    request.socket.on('error', () => {});
    record(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    socket.on('error', () => {});
    record(`https://${request.url ?? ''}/`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

/** Until no live process of the group is left (a killed process whose parent is gone may stay a zombie). */
async function waitForGroupExit(pgid: number | undefined): Promise<void> {
  if (pgid === undefined) return;
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const alive = readdirSync('/proc').some((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        // /proc/PID/stat: "pid (comm) state ppid pgrp …"; comm may hold spaces, so read after the last ")".
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(pgrp) === pgid && state !== 'Z';
      } catch {
        return false;
      }
    });
    if (!alive) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForFile(path: string, timeoutMs: number, child: ChildProcess): Promise<string> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`Firefox exited with ${child.exitCode} before Marionette started`);
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8').trim();
      if (text) return text;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Firefox did not write ${path} within ${timeoutMs} ms`);
}

/**
 * Puppeteer's transport for a WebDriver BiDi session Marionette already made. Firefox allows one session, so
 * puppeteer's own `session.new` is answered here with that session's capabilities, and its `session.end` is answered
 * without ending it (closing the launch ends the session through Marionette).
 */
async function sessionTransport(url: string, sessionId: string, capabilities: Record<string, unknown>): Promise<ConnectionTransport> {
  const socket = new WebSocket(url, { perMessageDeflate: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const transport: ConnectionTransport = {
    send(message: string) {
      const parsed = JSON.parse(message) as { id: number; method: string };
      if (parsed.method === 'session.new' || parsed.method === 'session.end') {
        const result = parsed.method === 'session.new' ? { sessionId, capabilities } : {};
        setTimeout(() => transport.onmessage?.(JSON.stringify({ type: 'success', id: parsed.id, result })), 0);
        return;
      }
      socket.send(message);
    },
    close() {
      socket.close();
    },
  };
  // Firefox is killed at the end of a run: a reset connection then is expected, not an error of the test.
  socket.on('error', () => {});
  socket.on('message', (data) => transport.onmessage?.(data.toString()));
  socket.on('close', () => transport.onclose?.());
  return transport;
}

export interface FirefoxLaunchOptions {
  extensionDir: string;
  /** Firefox grants a temporary add-on's host permissions by default; false is "the user declined". */
  grantHostPermissions?: boolean;
  colorScheme?: 'light' | 'dark';
  headless?: boolean;
  prefs?: Record<string, unknown>;
  /** Called with each request that reached the refusing proxy. */
  onProxied?: (url: string) => void;
}

export async function launchFirefox(options: FirefoxLaunchOptions): Promise<FirefoxLaunch> {
  const id = addonId(options.extensionDir);
  const uuid = randomUUID();
  const proxied: string[] = [];
  const proxy = await refusingProxy((url) => {
    proxied.push(url);
    options.onProxied?.(url);
  });
  const proxyPort = (proxy.address() as AddressInfo).port;
  const profile = mkdtempSync(join(tmpdir(), 'leadway-firefox-'));
  const downloadDir = join(profile, 'downloads');
  mkdirSync(downloadDir);
  await createProfile(BrowserName.FIREFOX, {
    path: profile,
    preferences: {
      'marionette.port': 0,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: uuid }),
      'extensions.originControls.grantByDefault': options.grantHostPermissions ?? true,
      // Extension errors and console output on stdout, for the harness's error list.
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      // Tabs the harness is not looking at are "background" tabs; do not slow their timers to 1 s.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      'dom.timeout.enable_budget_timer_throttling': false,
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      // Every request that is not intercepted goes to a proxy that refuses and records it.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.allow_hijacking_localhost': false,
      'network.proxy.no_proxies_on': '',
      'network.dns.disableIPv6': true,
      'network.http.speculative-parallel-limit': 0,
      'browser.safebrowsing.update.enabled': false,
      // Firefox fetches each site's /favicon.ico on its own (Chromium headless does not): not the pages' requests.
      'browser.chrome.site_icons': false,
      'extensions.update.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'services.settings.server': 'http://dummy.test/v1',
      'toolkit.telemetry.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      // Let the test pages use the clipboard API (Chromium gets clipboard permissions from the test).
      'dom.events.asyncClipboard.readText': true,
      'dom.events.testing.asyncClipboard': true,
      // Downloads (Leadway's export) are saved without asking, into the profile.
      'browser.download.dir': downloadDir,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.panel.shown': true,
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,application/octet-stream',
      ...options.prefs,
    },
  });

  const args = ['--no-remote', '--marionette', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile];
  if (options.headless ?? true) args.unshift('--headless');
  // Its own process group, so closing ends Firefox's content processes with it.
  const child = spawn(findFirefox(), args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } });
  // Firefox may restart itself on a new profile: the first process exits and its successor stays in the group.
  const killGroup = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  };
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (/moz-extension:|leadway|JavaScript error|Uncaught|console\.error/i.test(line)) output.push(line);
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  let marionette: Marionette | undefined;
  const t0 = Date.now();
  const lap = (what: string) => process.env.LEADWAY_HARNESS_DEBUG && console.log(`firefox ${what} at ${Date.now() - t0} ms`);
  try {
    const port = Number(await waitForFile(join(profile, 'MarionetteActivePort'), 30_000, child));
    lap('marionette port');
    marionette = await Marionette.connect(port);
    const session = await marionette.send<{ sessionId: string; capabilities: Record<string, unknown> }>('WebDriver:NewSession', {
      webSocketUrl: true,
      acceptInsecureCerts: false,
      unhandledPromptBehavior: 'ignore',
    });
    lap('session');
    await marionette.send('Addon:Install', { path: options.extensionDir, temporary: true });
    lap('installed');
    const transport = await sessionTransport(String(session.capabilities.webSocketUrl), session.sessionId, session.capabilities);
    const browser = await puppeteer.connect({
      transport,
      protocol: 'webDriverBiDi',
      defaultViewport: { width: 1280, height: 900 },
      protocolTimeout: 60_000,
    });
    lap('puppeteer connected');
    const client = marionette;
    return {
      process: child,
      profile,
      downloadDir,
      marionette: client,
      puppeteer: browser,
      addonId: id,
      extensionId: uuid,
      proxied,
      output,
      async close() {
        const closing = Date.now();
        await browser.disconnect().catch(() => {});
        if (process.env.LEADWAY_HARNESS_DEBUG) console.log(`firefox puppeteer disconnected in ${Date.now() - closing} ms`);
        client.close();
        // The profile is thrown away: no need for Firefox's orderly shutdown (seconds on a busy machine).
        killGroup();
        await waitForGroupExit(child.pid);
        if (process.env.LEADWAY_HARNESS_DEBUG) console.log(`firefox gone in ${Date.now() - closing} ms`);
        proxy.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    marionette?.close();
    killGroup();
    proxy.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
