import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, HTTPRequest, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import type { BrowserContext } from 'playwright-core';
import { isFirefoxOwnRequest, launchFirefox, type FirefoxLaunch } from './firefox-process';
import { ELEMENT_KEY, type Marionette, type WebElement } from './marionette';
import { HarnessPage, type Backend, type DialogLike } from './page-api';
import type { ExtensionBrowser, LaunchOptions } from './types';

/**
 * The Firefox driver. One WebDriver session, made by Marionette (which installs the add-on and drives moz-extension://
 * pages, which WebDriver BiDi does not see), joined by puppeteer-core over BiDi for web pages: it serves fixtures under
 * their real URLs with request interception, as the Chromium driver does with Playwright's routes. Suites see the same
 * Playwright-shaped page API (page-api.ts).
 */

type RouteMatcher = string | RegExp | ((url: URL) => boolean);
interface RouteLike {
  request(): { url(): string; method(): string; resourceType(): string };
  fulfill(response: { status?: number; contentType?: string; body?: string | Buffer; headers?: Record<string, string> }): Promise<void>;
  abort(reason?: string): Promise<void>;
  continue(): Promise<void>;
  fallback(): Promise<void>;
}
type RouteHandler = (route: RouteLike) => unknown;
interface Route {
  matcher: RouteMatcher;
  handler: RouteHandler;
}

/** Playwright's URL glob: `**` is anything, `*` anything but `/`, `?` one character, `{a,b}` either. */
export function globToRegExp(glob: string): RegExp {
  let source = '^';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        source += '.*';
        i++;
      } else source += '[^/]*';
    } else if (c === '?') source += '.';
    else if (c === '{') {
      inGroup = true;
      source += '(';
    } else if (c === '}' && inGroup) {
      inGroup = false;
      source += ')';
    } else if (c === ',' && inGroup) source += '|';
    else source += c.replace(/[.+^${}()|[\]\\/]/g, '\\$&');
  }
  return new RegExp(`${source}$`);
}

function routeMatches(matcher: RouteMatcher, url: string): boolean {
  if (typeof matcher === 'function') return matcher(new URL(url));
  if (matcher instanceof RegExp) return matcher.test(url);
  return globToRegExp(matcher).test(url);
}

/** Run a request through routes (latest first), as Playwright does; unrouted requests are refused. */
async function dispatch(request: HTTPRequest, routes: Route[]): Promise<void> {
  const url = request.url();
  for (const route of [...routes].reverse()) {
    if (!routeMatches(route.matcher, url)) continue;
    let outcome: 'fallback' | 'done' | undefined;
    const api: RouteLike = {
      request: () => ({ url: () => url, method: () => request.method(), resourceType: () => request.resourceType() }),
      async fulfill(response) {
        outcome = 'done';
        const headers: Record<string, string> = { ...response.headers };
        await request.respond({ status: response.status ?? 200, contentType: response.contentType, headers, body: response.body ?? '' });
      },
      async abort() {
        outcome = 'done';
        await request.abort('blockedbyclient');
      },
      async continue() {
        outcome = 'done';
        await request.continue();
      },
      async fallback() {
        outcome = 'fallback';
      },
    };
    await route.handler(api);
    if (outcome === 'done') return;
  }
  await request.abort('blockedbyclient');
}

/** Marionette answers GetWindowHandles with the bare list (most commands wrap theirs as { value }). */
async function windowHandles(m: Marionette): Promise<string[]> {
  const result = await m.send<string[] | { value: string[] }>('WebDriver:GetWindowHandles');
  return Array.isArray(result) ? result : result.value;
}

/** Marionette commands target "the current window": one page at a time switches to its window and acts. */
class MarionetteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private current: string | undefined;
  constructor(readonly client: Marionette) {}

  /** handle: the window to act in; undefined: any live window (NewWindow needs one, and the last may have closed). */
  run<T>(handle: string | undefined, fn: (m: Marionette) => Promise<T>): Promise<T> {
    const next = this.tail.then(async () => {
      if (handle && this.current !== handle) {
        await this.client.send('WebDriver:SwitchToWindow', { handle, focus: false });
        this.current = handle;
      } else if (!handle) {
        const handles = await windowHandles(this.client);
        if (!this.current || !handles.includes(this.current)) {
          await this.client.send('WebDriver:SwitchToWindow', { handle: handles[0], focus: false });
          this.current = handles[0];
        }
      }
      return fn(this.client);
    });
    this.tail = next.catch(() => {});
    return next;
  }
  forget(handle: string): void {
    if (this.current === handle) this.current = undefined;
  }
}

const WEBDRIVER_KEYS: Record<string, string> = {
  Enter: '\uE007',
  Escape: '\uE00C',
  Tab: '\uE004',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Home: '\uE011',
  End: '\uE010',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

function webdriverKeys(combo: string): string[] {
  const parts = combo === '+' ? ['+'] : combo.split('+');
  return parts.map((part) => {
    const key = WEBDRIVER_KEYS[part] ?? (part.length === 1 ? part : undefined);
    if (key === undefined) throw new Error(`The Firefox driver does not know the key "${part}"`);
    return key;
  });
}

/**
 * Files handed to a file input. They must outlive the call: Firefox reads a chosen file from disk when the page
 * reads it (after the change event), so they are removed when the test process exits, not after the upload.
 */
let uploadRoot: string | undefined;
function writeTempFiles(files: Array<{ name: string; buffer: Buffer }>): string[] {
  if (!uploadRoot) {
    const root = mkdtempSync(join(tmpdir(), 'leadway-upload-'));
    process.once('exit', () => rmSync(root, { recursive: true, force: true }));
    uploadRoot = root;
  }
  const dir = mkdtempSync(join(uploadRoot, 'set-'));
  return files.map((file) => {
    const path = join(dir, file.name);
    writeFileSync(path, file.buffer);
    return path;
  });
}

/** moz-extension:// pages, driven through Marionette. */
class ExtensionBackend implements Backend {
  readonly kind = 'extension' as const;
  private lastUrl = 'about:blank';
  private constructor(
    private readonly queue: MarionetteQueue,
    readonly handle: string,
  ) {}

  /** `known` learns the new handle in the same Marionette turn, so waitForEvent('page') never mistakes it. */
  static async open(queue: MarionetteQueue, options: { window: boolean }, known: Set<string>): Promise<ExtensionBackend> {
    const opened = await queue.run(undefined, async (m) => {
      const result = await m.send<{ handle: string }>('WebDriver:NewWindow', { type: options.window ? 'window' : 'tab', focus: false });
      known.add(result.handle);
      return result;
    });
    return new ExtensionBackend(queue, opened.handle);
  }

  /** A tab something else opened (e.g. the extension, with tabs.create). */
  static async adopt(queue: MarionetteQueue, handle: string): Promise<ExtensionBackend> {
    const backend = new ExtensionBackend(queue, handle);
    // A new tab shows about:blank until its first navigation commits.
    const until = Date.now() + 10_000;
    do {
      await backend.run((m) => backend.refreshUrl(m));
      if (backend.url() !== 'about:blank') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    } while (Date.now() < until);
    return backend;
  }

  private run<T>(fn: (m: Marionette) => Promise<T>): Promise<T> {
    return this.queue.run(this.handle, fn);
  }
  url(): string {
    return this.lastUrl;
  }
  private async refreshUrl(m: Marionette): Promise<void> {
    this.lastUrl = await m.value<string>('WebDriver:GetCurrentURL');
  }
  async goto(url: string): Promise<void> {
    await this.run(async (m) => {
      await m.send('WebDriver:Navigate', { url });
      await this.refreshUrl(m);
    });
  }
  async reload(): Promise<void> {
    await this.run((m) => m.send('WebDriver:Refresh'));
  }
  async bringToFront(): Promise<void> {
    await this.run((m) => m.send('WebDriver:SwitchToWindow', { handle: this.handle, focus: true }));
  }
  async close(): Promise<void> {
    await this.run((m) => m.send('WebDriver:CloseWindow')).catch(() => {});
    this.queue.forget(this.handle);
  }
  async evaluate(expression: string): Promise<unknown> {
    return this.run((m) => m.value('WebDriver:ExecuteScript', { script: `return ${expression};`, args: [] }));
  }
  private async element(m: Marionette, expression: string): Promise<string> {
    const ref = await m.value<WebElement>('WebDriver:ExecuteScript', { script: `return ${expression};`, args: [] });
    const id = ref?.[ELEMENT_KEY];
    if (!id) throw new Error('The expression did not return an element');
    return id;
  }
  async click(expression: string): Promise<void> {
    await this.run(async (m) => {
      await m.send('WebDriver:ElementClick', { id: await this.element(m, expression) });
      await this.refreshUrl(m);
    });
  }
  async type(expression: string, text: string): Promise<void> {
    await this.run(async (m) => m.send('WebDriver:ElementSendKeys', { id: await this.element(m, expression), text }));
  }
  async setFiles(expression: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    const paths = writeTempFiles(files);
    await this.run(async (m) => m.send('WebDriver:ElementSendKeys', { id: await this.element(m, expression), text: paths.join('\n') }));
  }
  private async keys(sequence: Array<{ type: 'keyDown' | 'keyUp'; value: string }>): Promise<void> {
    await this.run(async (m) => {
      await m.send('WebDriver:PerformActions', { actions: [{ type: 'key', id: 'keyboard', actions: sequence }] });
      await m.send('WebDriver:ReleaseActions');
    });
  }
  async press(key: string): Promise<void> {
    const keys = webdriverKeys(key);
    await this.keys([...keys.map((value) => ({ type: 'keyDown' as const, value })), ...[...keys].reverse().map((value) => ({ type: 'keyUp' as const, value }))]);
  }
  async keyboardType(text: string): Promise<void> {
    await this.keys([...text].flatMap((value) => [{ type: 'keyDown' as const, value }, { type: 'keyUp' as const, value }]));
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.run(async (m) => {
      // The window's outer size is what WebDriver sets: correct once by what the page then measures.
      await m.send('WebDriver:SetWindowRect', { width: size.width, height: size.height });
      const inner = await m.value<{ w: number; h: number }>('WebDriver:ExecuteScript', { script: 'return { w: innerWidth, h: innerHeight };', args: [] });
      if (inner.w !== size.width || inner.h !== size.height) {
        await m.send('WebDriver:SetWindowRect', { width: size.width * 2 - inner.w, height: size.height * 2 - inner.h });
      }
    });
  }
  onDialog(): void {
    // Leadway's own pages use no native dialogs; one would surface as Marionette's "unexpected alert open" error.
  }
  async addInitScript(): Promise<void> {
    throw new Error('The Firefox driver runs init scripts in web pages only (WebDriver BiDi does not see Leadway pages)');
  }
}

/** Web pages, driven through puppeteer-core over WebDriver BiDi with request interception. */
class WebBackend implements Backend {
  readonly kind = 'web' as const;
  private constructor(readonly page: PuppeteerPage) {}

  static async open(launch: FirefoxLaunch, onRequest: (request: HTTPRequest) => void): Promise<WebBackend> {
    const page = await launch.puppeteer.newPage();
    await page.setRequestInterception(true);
    page.on('request', onRequest);
    return new WebBackend(page);
  }
  url(): string {
    return this.page.url();
  }
  async goto(url: string): Promise<void> {
    await this.page.goto(url, { waitUntil: 'load' });
  }
  async reload(): Promise<void> {
    await this.page.reload({ waitUntil: 'load' });
  }
  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
  async close(): Promise<void> {
    await this.page.close().catch(() => {});
  }
  evaluate(expression: string): Promise<unknown> {
    return this.page.evaluate(expression);
  }
  private async element(expression: string): Promise<ElementHandle<Element>> {
    const handle = await this.page.evaluateHandle(expression);
    const element = handle.asElement();
    if (!element) throw new Error('The expression did not return an element');
    return element as ElementHandle<Element>;
  }
  async click(expression: string): Promise<void> {
    const element = await this.element(expression);
    try {
      await element.click();
    } finally {
      await element.dispose();
    }
  }
  async type(expression: string, text: string, delayMs: number): Promise<void> {
    const element = await this.element(expression);
    try {
      await element.type(text, { delay: delayMs });
    } finally {
      await element.dispose();
    }
  }
  async setFiles(expression: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    const paths = writeTempFiles(files);
    const element = (await this.element(expression)) as ElementHandle<HTMLInputElement>;
    try {
      await element.uploadFile(...paths);
    } finally {
      await element.dispose();
    }
  }
  async press(key: string): Promise<void> {
    const parts = key === '+' ? ['+'] : key.split('+');
    const last = parts.pop()!;
    for (const modifier of parts) await this.page.keyboard.down(modifier as KeyInput);
    // Playwright calls the space bar "Space"; puppeteer calls it " ".
    await this.page.keyboard.press((last === 'Space' ? ' ' : last) as KeyInput);
    for (const modifier of parts.reverse()) await this.page.keyboard.up(modifier as KeyInput);
  }
  async keyboardType(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.page.setViewport(size);
  }
  async addInitScript(source: string): Promise<void> {
    await this.page.evaluateOnNewDocument(source);
  }
  onDialog(handler: (dialog: DialogLike) => void): void {
    this.page.on('dialog', (dialog) =>
      handler({ message: () => dialog.message(), type: () => dialog.type(), accept: (text) => dialog.accept(text), dismiss: () => dialog.dismiss() }),
    );
  }
}

/** A page that becomes a web page or an extension page by where it goes first. */
class SwitchingBackend implements Backend {
  private inner: Backend | undefined;
  private viewport: { width: number; height: number } | undefined;
  private readonly dialogHandlers: Array<(dialog: DialogLike) => void> = [];
  private readonly initScripts: string[] = [];
  constructor(
    private readonly context: FirefoxContext,
    readonly routes: Route[],
    initial?: Backend,
  ) {
    this.inner = initial;
  }

  get kind(): 'web' | 'extension' {
    return this.inner?.kind ?? 'web';
  }
  private get current(): Backend {
    if (!this.inner) throw new Error('Call page.goto first (the Firefox driver opens the tab on the first navigation)');
    return this.inner;
  }
  url(): string {
    return this.inner?.url() ?? 'about:blank';
  }
  async goto(url: string): Promise<void> {
    const kind = url.startsWith('moz-extension:') ? 'extension' : 'web';
    if (this.inner?.kind !== kind) {
      await this.inner?.close();
      this.inner = kind === 'extension' ? await this.context.openExtensionBackend(Boolean(this.viewport)) : await this.context.openWebBackend(this);
      if (this.viewport) await this.inner.setViewportSize(this.viewport);
      for (const handler of this.dialogHandlers) this.inner.onDialog(handler);
      for (const script of this.initScripts) await this.inner.addInitScript(script);
    }
    await this.inner.goto(url);
  }
  reload(): Promise<void> {
    return this.current.reload();
  }
  bringToFront(): Promise<void> {
    return this.current.bringToFront();
  }
  async close(): Promise<void> {
    await this.inner?.close();
  }
  evaluate(expression: string): Promise<unknown> {
    return this.current.evaluate(expression);
  }
  click(expression: string): Promise<void> {
    return this.current.click(expression);
  }
  type(expression: string, text: string, delayMs: number): Promise<void> {
    return this.current.type(expression, text, delayMs);
  }
  setFiles(expression: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    return this.current.setFiles(expression, files);
  }
  press(key: string): Promise<void> {
    return this.current.press(key);
  }
  keyboardType(text: string): Promise<void> {
    return this.current.keyboardType(text);
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    this.viewport = size;
    if (this.inner) await this.inner.setViewportSize(size);
  }
  onDialog(handler: (dialog: DialogLike) => void): void {
    this.dialogHandlers.push(handler);
    this.inner?.onDialog(handler);
  }
  async addInitScript(source: string): Promise<void> {
    this.initScripts.push(source);
    if (this.inner) await this.inner.addInitScript(source);
  }
}

class FirefoxPage extends HarnessPage {
  constructor(
    private readonly switching: SwitchingBackend,
    private readonly downloads: Downloads,
    onClose: (page: HarnessPage) => void,
  ) {
    super(switching, onClose);
  }
  async route(matcher: RouteMatcher, handler: RouteHandler): Promise<void> {
    this.switching.routes.push({ matcher, handler });
  }
  /** 'download': the next file Firefox saves into the profile's download folder. */
  async waitForEvent(event: string, options: { timeout?: number } = {}): Promise<DownloadLike> {
    if (event !== 'download') throw new Error(`The Firefox driver cannot wait for a page "${event}" event`);
    return this.downloads.next(options.timeout ?? 30_000);
  }
}

export interface DownloadLike {
  suggestedFilename(): string;
  path(): Promise<string>;
}

/** Files Firefox saves without asking (prefs in firefox-process.ts), one folder per browser. */
class Downloads {
  constructor(private readonly dir: string) {}
  async next(timeoutMs: number): Promise<DownloadLike> {
    // Earlier downloads were read already: clear them so a new file keeps its own name (no "name(1).json").
    for (const name of readdirSync(this.dir)) rmSync(join(this.dir, name), { force: true, recursive: true });
    const until = Date.now() + timeoutMs;
    for (;;) {
      const done = readdirSync(this.dir).filter((name) => !name.endsWith('.part') && statSync(join(this.dir, name)).size > 0);
      // A finished download has no .part file beside it.
      if (done.length > 0 && !readdirSync(this.dir).some((name) => name.endsWith('.part'))) {
        const name = done[0]!;
        return { suggestedFilename: () => name, path: async () => join(this.dir, name) };
      }
      if (Date.now() > until) throw new Error(`No download within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

/** The Playwright BrowserContext calls the suites make, over one Firefox. */
export class FirefoxContext {
  private readonly open: HarnessPage[] = [];
  private readonly routes: Route[] = [];
  readonly queue: MarionetteQueue;

  constructor(
    readonly launch: FirefoxLaunch,
    private readonly requests: string[],
  ) {
    this.queue = new MarionetteQueue(launch.marionette);
    this.downloads = new Downloads(launch.downloadDir);
  }

  private readonly requestListeners: Array<(request: { url(): string; frame(): { url(): string } }) => void> = [];
  private readonly downloads: Downloads;
  /** Window handles the harness itself opened or already handed out. */
  readonly known = new Set<string>();

  async newPage(initial?: Backend): Promise<HarnessPage> {
    const page = new FirefoxPage(new SwitchingBackend(this, [], initial), this.downloads, (closed) => this.open.splice(this.open.indexOf(closed), 1));
    this.open.push(page);
    return page;
  }

  /** 'page': a Leadway page the extension opened itself (tabs.create); web pages opened that way are not supported. */
  async waitForEvent(event: string, options: { timeout?: number } = {}): Promise<HarnessPage> {
    if (event !== 'page') throw new Error(`The Firefox driver cannot wait for a context "${event}" event`);
    const before = new Set(await this.queue.run(undefined, (m) => windowHandles(m)));
    const until = Date.now() + (options.timeout ?? 30_000);
    for (;;) {
      const handles = await this.queue.run(undefined, (m) => windowHandles(m));
      const fresh = handles.find((handle) => !before.has(handle) && !this.known.has(handle));
      if (fresh) {
        this.known.add(fresh);
        const backend = await ExtensionBackend.adopt(this.queue, fresh);
        if (!backend.url().startsWith('moz-extension:')) throw new Error(`A new tab opened on ${backend.url()}: the Firefox driver adopts Leadway pages only`);
        return this.newPage(backend);
      }
      if (Date.now() > until) throw new Error('No new page opened');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  pages(): HarnessPage[] {
    return [...this.open];
  }
  async route(matcher: RouteMatcher, handler: RouteHandler): Promise<void> {
    this.routes.push({ matcher, handler });
  }
  async unroute(matcher: RouteMatcher): Promise<void> {
    for (let i = this.routes.length - 1; i >= 0; i--) if (this.routes[i]!.matcher === matcher) this.routes.splice(i, 1);
  }
  /** Firefox lets the test pages use the clipboard through profile prefs (firefox-process.ts); nothing else is granted. */
  async grantPermissions(permissions: string[]): Promise<void> {
    const other = permissions.filter((p) => p !== 'clipboard-read' && p !== 'clipboard-write');
    if (other.length > 0) throw new Error(`The Firefox driver cannot grant ${other.join(', ')}`);
  }
  newCDPSession(): never {
    throw new Error('CDP is Chromium-only: this check cannot run in Firefox');
  }
  serviceWorkers(): never[] {
    return [];
  }
  /** 'request': web requests of web pages (moz-extension pages' requests go to the refusing proxy, see `requests`). */
  on(event: string, listener: (request: { url(): string; frame(): { url(): string } }) => void): this {
    if (event !== 'request') throw new Error(`The Firefox driver has no context "${event}" event`);
    this.requestListeners.push(listener);
    return this;
  }
  async close(): Promise<void> {
    for (const page of [...this.open]) await page.close();
  }

  async openExtensionBackend(ownWindow: boolean): Promise<ExtensionBackend> {
    return ExtensionBackend.open(this.queue, { window: ownWindow }, this.known);
  }
  async openWebBackend(owner: SwitchingBackend): Promise<WebBackend> {
    return WebBackend.open(this.launch, (request) => {
      const url = request.url();
      if (/^(data|blob|about):/.test(url)) {
        void request.continue();
        return;
      }
      if (!url.startsWith('moz-extension:')) this.requests.push(url);
      const frameUrl = request.frame()?.url() ?? '';
      for (const listener of this.requestListeners) listener({ url: () => url, frame: () => ({ url: () => frameUrl }) });
      dispatch(request, [...this.routes, ...owner.routes]).catch(() => {});
    });
  }
}

export async function launchFirefoxWithExtension(options: LaunchOptions & { extensionDir: string }): Promise<ExtensionBrowser> {
  const requests: string[] = [];
  const launch = await launchFirefox({
    extensionDir: options.extensionDir,
    onProxied: (url) => {
      if (!isFirefoxOwnRequest(url)) requests.push(url);
    },
    grantHostPermissions: options.grantHostPermissions,
    prefs: options.firefoxPrefs,
    colorScheme: options.colorScheme,
    headless: options.headless,
  });
  const context = new FirefoxContext(launch, requests);
  const origin = `moz-extension://${launch.extensionId}`;
  let helper: ExtensionBackend | undefined;
  /** A tab on one of Leadway's pages, out of the suites' page list, for talking to the background. */
  async function extensionScript(expression: string): Promise<unknown> {
    if (!helper) {
      helper = await context.openExtensionBackend(false);
      await helper.goto(`${origin}/popup.html`);
    }
    const result = await helper.evaluate(`(async () => JSON.stringify({ v: await (${expression}) }))()`);
    return typeof result === 'string' ? (JSON.parse(result) as { v?: unknown }).v : undefined;
  }
  // Open the helper now, before any page of the test: a tab opened later would take the focus from the page under
  // test, and the popup asks about the active tab.
  await extensionScript('1');
  const browser: ExtensionBrowser = {
    browserName: 'firefox',
    context: context as unknown as BrowserContext,
    extensionId: launch.extensionId,
    extensionOrigin: origin,
    // Firefox runs the background as an event page, not a service worker. Code given here runs in a Leadway page
    // with the same extension APIs (chrome.*, browser.*), which is what the suites use it for.
    serviceWorker: {
      evaluate: async (fn: unknown, arg?: unknown) => extensionScript(`(${String(fn)})(${JSON.stringify(arg)})`),
      url: () => `${origin}/background.html`,
    } as unknown as ExtensionBrowser['serviceWorker'],
    requests,
    errors: launch.output,
    extensionScript,
    async stopBackground() {
      // What Firefox does to an idle event page (Extension.terminateBackground), from Marionette's chrome context
      // (allowed by --remote-allow-system-access).
      const state = await context.queue.run(undefined, async (m) => {
        await m.send('Marionette:SetContext', { value: 'chrome' });
        try {
          return await m.value<string>('WebDriver:ExecuteScript', {
            script: `const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
              const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
              return extension.terminateBackground({ disableResetIdleForTest: true }).then(() => String(extension.backgroundState));`,
            args: [launch.addonId],
          });
        } finally {
          await m.send('Marionette:SetContext', { value: 'content' });
        }
      });
      if (state !== 'stopped') throw new Error(`Leadway's event page did not stop (state: ${state})`);
    },
    async close() {
      await launch.close();
    },
  };
  return browser;
}
