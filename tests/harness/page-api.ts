import { cssSteps, describeSteps, resolveInPage, textMatch, type Step } from './locator-engine';

/**
 * The Playwright page and locator API the suites use, for browsers Playwright cannot drive (Firefox here). Each page
 * sits on a backend that can evaluate an expression in the page and act on the element an expression returns; the
 * locator semantics (shadow-piercing CSS, getByRole, getByLabel, strictness, auto-waiting) are the same for all
 * backends. Anything the suites do not use throws a clear error instead of pretending.
 */
export interface Backend {
  readonly kind: 'web' | 'extension';
  url(): string;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  close(): Promise<void>;
  /** Evaluate an expression (it may be a promise) in the page; the result is JSON. */
  evaluate(expression: string): Promise<unknown>;
  /** The element the expression returns: real pointer click / keyboard typing / focus / files on it. */
  click(elementExpression: string): Promise<void>;
  type(elementExpression: string, text: string, delayMs: number): Promise<void>;
  setFiles(elementExpression: string, files: Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void>;
  press(key: string): Promise<void>;
  keyboardType(text: string): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Make this the selected tab of a focused window (clipboard and key presses need a visible, focused document). */
  bringToFront(): Promise<void>;
  onDialog(handler: (dialog: DialogLike) => void): void;
  /** Run this script (source of a function call) in every new document of the page before its own scripts. */
  addInitScript(source: string): Promise<void>;
}

export interface DialogLike {
  message(): string;
  type(): string;
  accept(text?: string): Promise<void>;
  dismiss(): Promise<void>;
}

/** tsx (scripts, bench) compiles with keepNames, which wraps functions in `__name(…)`: give the page a harmless one. */
const NAME_SHIM = 'const __name = (f) => f;';
const RESOLVE = `((() => { ${NAME_SHIM} return (${resolveInPage.toString()}); })())`;
const DEFAULT_TIMEOUT = 30_000;

function fnSource(fn: unknown): string {
  if (typeof fn === 'function') return fn.toString();
  if (typeof fn === 'string') return `() => (${fn})`;
  throw new Error('evaluate needs a function or an expression');
}

/** Serialise the result through JSON so both backends agree (undefined stays undefined). */
function wrapResult(body: string): string {
  return `(async () => { ${NAME_SHIM} const v = await (${body}); return JSON.stringify({ v }); })()`;
}

function unwrap(result: unknown): unknown {
  if (typeof result !== 'string') return undefined;
  return (JSON.parse(result) as { v?: unknown }).v;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type State = 'attached' | 'detached' | 'visible' | 'hidden';

export class HarnessLocator {
  constructor(
    private readonly page: HarnessPage,
    private readonly steps: Step[],
  ) {}

  private with(step: Step): HarnessLocator {
    return new HarnessLocator(this.page, [...this.steps, step]);
  }

  locator(selector: string): HarnessLocator {
    return new HarnessLocator(this.page, [...this.steps, ...cssSteps(selector)]);
  }
  getByRole(role: string, options: { name?: string | RegExp; exact?: boolean; checked?: boolean; includeHidden?: boolean } = {}): HarnessLocator {
    return this.with({ role, name: options.name === undefined ? undefined : textMatch(options.name, options.exact), checked: options.checked, includeHidden: options.includeHidden });
  }
  getByLabel(text: string | RegExp, options: { exact?: boolean } = {}): HarnessLocator {
    return this.with({ label: textMatch(text, options.exact) });
  }
  getByText(text: string | RegExp, options: { exact?: boolean } = {}): HarnessLocator {
    return this.with({ text: textMatch(text, options.exact) });
  }
  getByTestId(testId: string): HarnessLocator {
    return this.with({ testId });
  }
  filter(options: { hasText?: string | RegExp }): HarnessLocator {
    if (options.hasText === undefined || Object.keys(options).length !== 1) throw new Error('The Firefox driver supports filter({ hasText }) only');
    return this.with({ hasText: textMatch(options.hasText) });
  }
  first(): HarnessLocator {
    return this.with({ nth: 0 });
  }
  last(): HarnessLocator {
    return this.with({ nth: -1 });
  }
  nth(index: number): HarnessLocator {
    return this.with({ nth: index });
  }

  toString(): string {
    return describeSteps(this.steps);
  }

  /** An expression for the one element (strict, as Playwright's actions are), or a thrown error in the page. */
  private elementExpression(): string {
    const description = JSON.stringify(this.toString());
    return `(() => { const found = ${RESOLVE}(${JSON.stringify(this.steps)}); if (found.length !== 1) throw new Error((found.length ? 'strict mode violation: ' + found.length + ' elements for ' : 'no element for ') + ${description}); return found[0]; })()`;
  }

  private async probe(): Promise<{ count: number; visible: boolean; enabled: boolean }> {
    return (await this.page.evaluateRaw(
      `(() => { const found = ${RESOLVE}(${JSON.stringify(this.steps)}); const el = found[0]; const visible = !!el && el.isConnected && (typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true })) && el.getClientRects().length > 0; return { count: found.length, visible, enabled: !!el && !el.disabled && !el.closest('fieldset[disabled]') }; })()`,
    )) as { count: number; visible: boolean; enabled: boolean };
  }

  /** Wait until the locator points at exactly one element (visible and enabled for actions), as Playwright does. */
  private async settle(need: 'attached' | 'actionable', timeout: number = DEFAULT_TIMEOUT): Promise<void> {
    const until = Date.now() + timeout;
    let last = { count: 0, visible: false, enabled: false };
    for (;;) {
      last = await this.probe();
      if (last.count > 1) throw new Error(`strict mode violation: ${this} resolved to ${last.count} elements`);
      if (last.count === 1 && (need === 'attached' || (last.visible && last.enabled))) return;
      if (Date.now() > until) throw new Error(`Timed out after ${timeout} ms waiting for ${this} (${JSON.stringify(last)})`);
      await sleep(50);
    }
  }

  async waitFor(options: { state?: State; timeout?: number } = {}): Promise<void> {
    const state = options.state ?? 'visible';
    const until = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT);
    for (;;) {
      const { count, visible } = await this.probe();
      if (count > 1 && (state === 'attached' || state === 'visible')) throw new Error(`strict mode violation: ${this} resolved to ${count} elements`);
      const ok = state === 'attached' ? count === 1 : state === 'detached' ? count === 0 : state === 'visible' ? count === 1 && visible : count === 0 || !visible;
      if (ok) return;
      if (Date.now() > until) throw new Error(`Timed out waiting for ${this} to be ${state}`);
      await sleep(50);
    }
  }

  async count(): Promise<number> {
    return (await this.probe()).count;
  }
  async all(): Promise<HarnessLocator[]> {
    const count = await this.count();
    return Array.from({ length: count }, (_, i) => this.nth(i));
  }
  async isVisible(): Promise<boolean> {
    const { count, visible } = await this.probe();
    if (count > 1) throw new Error(`strict mode violation: ${this} resolved to ${count} elements`);
    return visible;
  }
  async isHidden(): Promise<boolean> {
    return !(await this.isVisible());
  }

  async evaluate<R, A>(fn: (element: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    await this.settle('attached');
    return (await this.page.evaluateRaw(`(${fnSource(fn)})(${this.elementExpression()}, ${JSON.stringify(arg)})`)) as R;
  }
  getAttribute(name: string): Promise<string | null> {
    return this.evaluate((el, attribute: string) => el.getAttribute(attribute), name);
  }
  textContent(): Promise<string | null> {
    return this.evaluate((el) => el.textContent);
  }
  innerText(): Promise<string> {
    return this.evaluate((el) => (el as HTMLElement).innerText);
  }
  inputValue(): Promise<string> {
    return this.evaluate((el) => (el as HTMLInputElement).value);
  }
  isChecked(): Promise<boolean> {
    return this.evaluate((el) => (el as HTMLInputElement).checked ?? el.getAttribute('aria-checked') === 'true');
  }

  async click(options: { position?: { x: number; y: number }; timeout?: number } = {}): Promise<void> {
    await this.settle('actionable', options.timeout);
    if (options.position) {
      // A click at a point of the element: dispatched where a person would click, on whatever is there.
      await this.page.evaluateRaw(
        `((el, p) => { const box = el.getBoundingClientRect(); const x = box.left + p.x, y = box.top + p.y; const target = document.elementFromPoint(x, y) || el; for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y })); })(${this.elementExpression()}, ${JSON.stringify(options.position)})`,
      );
      return;
    }
    await this.page.backend.click(this.elementExpression());
  }
  async focus(): Promise<void> {
    await this.settle('attached');
    await this.page.evaluateRaw(`(${this.elementExpression()}).focus()`);
  }
  async check(): Promise<void> {
    if (!(await this.isChecked())) await this.click();
    if (!(await this.isChecked())) throw new Error(`${this} did not become checked`);
  }
  async uncheck(): Promise<void> {
    if (await this.isChecked()) await this.click();
    if (await this.isChecked()) throw new Error(`${this} did not become unchecked`);
  }
  async setChecked(checked: boolean): Promise<void> {
    await (checked ? this.check() : this.uncheck());
  }
  /** Like Playwright's fill: focus, replace the value, fire `input` (and `change` for selects of text). */
  async fill(value: string): Promise<void> {
    await this.settle('actionable');
    await this.page.evaluateRaw(
      `((el, value) => { el.focus(); if (el.isContentEditable) { el.textContent = value; } else { const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype; Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value); } el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: value })); el.dispatchEvent(new Event('change', { bubbles: true })); })(${this.elementExpression()}, ${JSON.stringify(value)})`,
    );
  }
  async clear(): Promise<void> {
    await this.fill('');
  }
  async pressSequentially(text: string, options: { delay?: number; timeout?: number } = {}): Promise<void> {
    await this.settle('actionable', options.timeout);
    await this.page.backend.type(this.elementExpression(), text, options.delay ?? 0);
  }
  async type(text: string, options: { delay?: number } = {}): Promise<void> {
    await this.pressSequentially(text, options);
  }
  async press(key: string): Promise<void> {
    await this.focus();
    await this.page.backend.press(key);
  }
  async selectOption(value: string | string[]): Promise<string[]> {
    await this.settle('actionable');
    return (await this.page.evaluateRaw(
      `((el, wanted) => { const values = []; for (const option of el.options) { option.selected = wanted.includes(option.value) || wanted.includes(option.label); if (option.selected) values.push(option.value); } if (values.length === 0) throw new Error('no option ' + wanted.join(', ')); el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); return values; })(${this.elementExpression()}, ${JSON.stringify(Array.isArray(value) ? value : [value])})`,
    )) as string[];
  }
  async dispatchEvent(type: string, init: Record<string, unknown> = {}): Promise<void> {
    await this.settle('attached');
    await this.page.evaluateRaw(`(${this.elementExpression()}).dispatchEvent(new Event(${JSON.stringify(type)}, { bubbles: true, cancelable: true, composed: true, ...${JSON.stringify(init)} }))`);
  }
  async setInputFiles(files: { name: string; mimeType: string; buffer: Buffer } | Array<{ name: string; mimeType: string; buffer: Buffer }>): Promise<void> {
    await this.settle('attached');
    await this.page.backend.setFiles(this.elementExpression(), Array.isArray(files) ? files : [files]);
  }
}

type Listener = (...args: unknown[]) => void;

export class HarnessPage {
  private closed = false;
  private readonly closeListeners: Listener[] = [];

  constructor(
    readonly backend: Backend,
    private readonly onClose: (page: HarnessPage) => void,
  ) {}

  async evaluateRaw(expression: string): Promise<unknown> {
    return unwrap(await this.backend.evaluate(wrapResult(expression)));
  }

  url(): string {
    return this.backend.url();
  }
  isClosed(): boolean {
    return this.closed;
  }
  async goto(url: string): Promise<null> {
    await this.backend.goto(url);
    return null;
  }
  async reload(): Promise<null> {
    await this.backend.reload();
    return null;
  }
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.backend.close();
    this.onClose(this);
    for (const listener of this.closeListeners) listener(this);
  }
  async evaluate<R, A>(fn: ((arg: A) => R | Promise<R>) | string, arg?: A): Promise<R> {
    return (await this.evaluateRaw(`(${fnSource(fn)})(${JSON.stringify(arg)})`)) as R;
  }
  async waitForTimeout(ms: number): Promise<void> {
    await sleep(ms);
  }
  async waitForFunction<A>(fn: (arg: A) => unknown, arg?: A, options: { timeout?: number } = {}): Promise<void> {
    const until = Date.now() + (options.timeout ?? DEFAULT_TIMEOUT);
    while (!(await this.evaluate(fn, arg))) {
      if (Date.now() > until) throw new Error('waitForFunction timed out');
      await sleep(50);
    }
  }
  async waitForLoadState(): Promise<void> {
    await this.waitForFunction(() => document.readyState === 'complete');
  }
  async setViewportSize(size: { width: number; height: number }): Promise<void> {
    await this.backend.setViewportSize(size);
  }
  async title(): Promise<string> {
    return this.evaluate(() => document.title);
  }
  async content(): Promise<string> {
    return this.evaluate(() => document.documentElement.outerHTML);
  }
  async bringToFront(): Promise<void> {
    // The window manager gives focus a moment later, and another window may take it first: ask again until this
    // page is visible and focused (a key pressed before then goes nowhere).
    const until = Date.now() + 15_000;
    for (;;) {
      await this.backend.bringToFront();
      if (await this.evaluate(() => document.visibilityState === 'visible' && document.hasFocus())) return;
      if (Date.now() > until) throw new Error('bringToFront: the page never became visible and focused');
      await sleep(250);
    }
  }
  async addInitScript(fn: (() => unknown) | string): Promise<void> {
    await this.backend.addInitScript(typeof fn === 'function' ? `(() => { ${NAME_SHIM} (${fn.toString()})(); })()` : fn);
  }

  locator(selector: string): HarnessLocator {
    return new HarnessLocator(this, cssSteps(selector));
  }
  getByRole(role: string, options?: Parameters<HarnessLocator['getByRole']>[1]): HarnessLocator {
    return new HarnessLocator(this, []).getByRole(role, options);
  }
  getByLabel(text: string | RegExp, options?: { exact?: boolean }): HarnessLocator {
    return new HarnessLocator(this, []).getByLabel(text, options);
  }
  getByText(text: string | RegExp, options?: { exact?: boolean }): HarnessLocator {
    return new HarnessLocator(this, []).getByText(text, options);
  }
  getByTestId(testId: string): HarnessLocator {
    return new HarnessLocator(this, []).getByTestId(testId);
  }

  readonly keyboard = {
    press: (key: string) => this.backend.press(key),
    type: (text: string) => this.backend.keyboardType(text),
  };

  on(event: string, listener: Listener): this {
    if (event === 'dialog') this.backend.onDialog(listener as (dialog: DialogLike) => void);
    else if (event === 'close') this.closeListeners.push(listener);
    // Firefox: a WebSocket handshake goes through the profile's refusing proxy and lands in browser.requests; the
    // driver has no per-page socket event, so this listener is never called there.
    else if (event === 'websocket') return this;
    else throw new Error(`The Firefox driver has no page "${event}" event`);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
}
