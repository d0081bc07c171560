/**
 * Hardening in real Chromium with the built extension:
 * - broken and odd pages: Leadway's content scripts never throw into the page (the page's own error handlers, and
 *   the DevTools protocol for every JavaScript world including the content scripts' isolated ones, record nothing);
 * - hostile page text is only ever text: no element, attribute handler or dialog appears because of Leadway;
 * - the background service worker stopped mid-use loses no history event, and two pages writing at once lose none;
 * - a database saved by a newer Leadway is refused with a clear message, and the background keeps answering.
 *
 *   npx wxt build && npx vitest run --config vitest.e2e.config.ts tests/e2e/hardening
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { Window } from 'happy-dom';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { CALENDAR_FIXTURES, DEMO_PEOPLE } from '../fixtures/calendar/index';
import { SELECTORS, type SelectorName } from '../../utils/github/selectors';
import { BROWSER, callBackground, extensionPage, fixtureHtml, launchWithExtension, serveFixtures, type ExtensionBrowser } from '../harness';

/** Long enough for the content scripts to read the page, ask the background and render (they take ~300 ms). */
const SETTLE_MS = 1_500;

let browser: ExtensionBrowser;
const dialogs: string[] = [];

// ---------------------------------------------------------------------------------------------------------------
// Pages: fixture variants with key parts removed or odd markup added, built here from the real fixtures.

function withDocument(html: string, url: string, change: (doc: Document) => void): string {
  // Parsed only: no script runs and nothing is fetched.
  const window = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  change(doc);
  const out = `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
  void window.happyDOM.close();
  return out;
}

function removeGroups(doc: Document, groups: SelectorName[]): void {
  for (const group of groups) {
    for (const selector of SELECTORS[group]) {
      try {
        for (const element of doc.querySelectorAll(selector)) element.remove();
      } catch {
        // A selector happy-dom cannot parse removes nothing.
      }
    }
  }
}

/** Markup GitHub does not serve but a page can hold: duplicates, comment fields in odd places, a huge title. */
function addOddMarkup(doc: Document): void {
  const sidebar = doc.querySelector('#partial-discussion-sidebar, [class*="PageLayout-Sidebar"]');
  if (sidebar) sidebar.after(sidebar.cloneNode(true), sidebar.cloneNode(true));
  doc.body.insertAdjacentHTML(
    'afterbegin',
    [
      '<div id="partial-discussion-sidebar"></div>',
      '<textarea readonly>read only</textarea><textarea disabled></textarea>',
      '<svg><foreignObject width="10" height="10"><textarea>inside svg</textarea></foreignObject></svg>',
      '<div><template shadowrootmode="open"><textarea>in a page shadow root</textarea></template></div>',
      '<iframe srcdoc="<textarea>framed</textarea>"></iframe>',
      '<table><tr><td><textarea>in a table<td></table>',
      '<form><form><textarea name="comment[body]"></textarea></form></form>',
      '<span data-leadway="pr-hint">a page element pretending to be ours</span>',
    ].join(''),
  );
  doc.title = `${'Very long title · '.repeat(3_000)} by mona-dev · Pull Request #42 · acme/widget · GitHub`;
}

interface Variant {
  name: string;
  change: (doc: Document) => void;
}

const GITHUB_VARIANTS: Variant[] = [
  { name: 'header gone', change: (doc) => removeGroups(doc, ['title', 'author', 'stateLabel', 'legacyAdditions', 'legacyDeletions']) },
  { name: 'sidebar and tabs gone', change: (doc) => removeGroups(doc, ['sidebar', 'tabNav', 'tabCounter', 'filesTabCounter', 'conversationTabCounter']) },
  { name: 'timeline gone', change: (doc) => removeGroups(doc, ['commentContainer', 'timelineItem', 'reviewMarkers', 'commentBody', 'commentHeader']) },
  { name: 'odd markup', change: addOddMarkup },
  {
    name: 'empty body',
    change: (doc) => {
      doc.body.innerHTML = '';
    },
  },
  {
    name: 'text only',
    change: (doc) => {
      doc.body.textContent = doc.body.textContent ?? '';
    },
  },
];

const GITHUB_BASES = ['pr-first-timer-reviewer-legacy.html', 'pr-first-timer-reviewer-react.html'].map(
  (file) => GITHUB_FIXTURES.find((f) => f.file === file)!,
);

/** Each variant gets its own pull-request number, so the page is new to Leadway every time. */
const githubVariantPages = GITHUB_BASES.flatMap((base, b) =>
  GITHUB_VARIANTS.map((variant, v) => {
    const number = 5_000 + b * 100 + v;
    const url = `https://github.com/acme/widget/pull/${number}`;
    const source = fixtureHtml(`github/${base.file}`).replaceAll(`Pull Request #${new URL(base.url).pathname.split('/').pop()}`, `Pull Request #${number}`);
    return { label: `${base.file}: ${variant.name}`, url, html: withDocument(source, url, variant.change) };
  }),
);

const CALENDAR_VARIANTS: { file: string; name: string; change: (doc: Document) => void }[] = [
  { file: 'google-popup-manager-1on1.html', name: 'guest list gone', change: (doc) => doc.querySelectorAll('[role="treeitem"]').forEach((e) => e.remove()) },
  { file: 'google-popup-manager-1on1.html', name: 'title and time gone', change: (doc) => doc.querySelectorAll('#rAECCd, [id^="xDetDlgWhen"]').forEach((e) => e.remove()) },
  {
    file: 'google-popup-manager-1on1.html',
    name: 'dialog duplicated, event ids garbled',
    change: (doc) => {
      const dialog = doc.querySelector('[role="dialog"]');
      if (dialog) dialog.after(dialog.cloneNode(true));
      doc.querySelectorAll('[data-eventid]').forEach((e, i) => e.setAttribute('data-eventid', i % 2 ? '%%%' : ''));
    },
  },
  {
    file: 'outlook-peek-manager-1on1.html',
    name: 'labels scrambled',
    change: (doc) => doc.querySelectorAll('[aria-label]').forEach((e, i) => e.setAttribute('aria-label', i % 2 ? ', , , By , ' : '')),
  },
];

const calendarVariantPages = CALENDAR_VARIANTS.map((variant, i) => {
  const fixture = CALENDAR_FIXTURES.find((f) => f.file === variant.file)!;
  const url = new URL(fixture.url);
  url.searchParams.set('leadway-hardening', String(i));
  return { label: `${variant.file}: ${variant.name}`, url: url.toString(), html: withDocument(fixtureHtml(`calendar/${variant.file}`), url.toString(), variant.change) };
});

async function serveHtml(context: BrowserContext, pages: { url: string; html: string }[]): Promise<void> {
  for (const page of pages) {
    await context.route(page.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Watching a page: its own error handlers, every world's uncaught exceptions, and what appears in the DOM.

interface Watched {
  page: Page;
  /** Chromium only (Firefox has no CDP; see watch). */
  cdp?: CDPSession;
  /**
   * Uncaught exceptions that are not the page's own: thrown in any JavaScript world but the page's (content
   * scripts run in isolated worlds), or in the page's world from an extension's code.
   */
  exceptions: string[];
}

/**
 * Registered before any page script: what reaches the page's own `window.onerror` and `unhandledrejection`. The
 * fixtures' own inline scripts (which stand in for the apps' behaviour) may fail on a damaged page: that is the
 * page's business, so errors whose source is the page itself are set apart.
 */
function pageErrorRecorder(): void {
  const seen: { what: string; source: string }[] = [];
  Object.defineProperty(window, '__pageErrors', { value: seen });
  window.onerror = (message, source) => {
    seen.push({ what: `onerror: ${String(message)}`, source: String(source ?? '') });
  };
  window.addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) seen.push({ what: `error: ${event.message}`, source: event.filename });
  });
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason as { stack?: string } | undefined;
    seen.push({ what: `unhandledrejection: ${String(event.reason)}`, source: String(reason?.stack ?? '') });
  });
  // Elements with inline handlers or scripts that exist once the parser is done: Leadway must add none.
  document.addEventListener('DOMContentLoaded', () => {
    Object.defineProperty(window, '__parsedActive', { value: activeElements() });
  });
  function activeElements(): number {
    let count = 0;
    for (const element of document.querySelectorAll('*')) {
      if (/^(script|iframe|object|embed)$/i.test(element.tagName)) count++;
      else if ([...element.attributes].some((attribute) => /^on/i.test(attribute.name))) count++;
    }
    return count;
  }
  Object.defineProperty(window, '__activeElements', { value: activeElements });
}

async function watch(url: string): Promise<Watched> {
  const page = await browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (BROWSER === 'firefox') {
    // Firefox has no CDP. Uncaught errors of every world, content scripts included, reach its console, which the
    // harness reads from stdout (browser.errors): the ones raised in Leadway's own files count here.
    const from = browser.errors.length;
    await page.addInitScript(pageErrorRecorder);
    await page.goto(url);
    return {
      page,
      get exceptions() {
        return browser.errors.slice(from).filter((line) => line.includes(browser.extensionOrigin));
      },
    };
  }
  const cdp = await browser.context.newCDPSession(page);
  const exceptions: string[] = [];
  const worlds = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; isDefault?: boolean } | undefined;
    worlds.set(context.id, aux?.isDefault ? 'page' : `${aux?.type ?? 'other'} world "${context.name}" (${context.origin})`);
  });
  cdp.on('Runtime.exceptionThrown', (event) => {
    const details = event.exceptionDetails;
    const world = details.executionContextId === undefined ? 'unknown world' : (worlds.get(details.executionContextId) ?? 'unknown world');
    const text = `${details.text} ${details.exception?.description ?? ''}`;
    const fromExtension = /chrome-extension:\/\//.test(`${details.url ?? ''} ${text}`);
    if (world !== 'page' || fromExtension) exceptions.push(`${world}: ${text} (${details.url ?? 'no url'})`);
  });
  await cdp.send('Runtime.enable');
  await page.addInitScript(pageErrorRecorder);
  await page.goto(url);
  return { page, cdp, exceptions };
}

/** Errors the page's handlers saw that did not come from the page's own inline scripts. */
async function pageErrors(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const seen = (window as unknown as { __pageErrors: { what: string; source: string }[] }).__pageErrors;
    const own = (source: string) => source === document.URL || source === location.href.split('#')[0];
    return seen.filter((error) => !own(error.source)).map((error) => `${error.what} (${error.source || 'no source'})`);
  });
}

/** Types a harsh comment into every comment box, so the tone coach runs too. */
async function typeEverywhere(page: Page): Promise<void> {
  const fields = page.locator('textarea:not([readonly]):not([disabled])');
  const count = Math.min(await fields.count(), 3);
  for (let i = 0; i < count; i++) {
    const field = fields.nth(i);
    if (!(await field.isVisible())) continue;
    await field.click({ timeout: 2_000 }).catch(() => {});
    await field.pressSequentially('This is obviously wrong, did you even test it?', { delay: 1 }).catch(() => {});
  }
}

async function expectNothingThrown(watched: Watched): Promise<void> {
  expect(await pageErrors(watched.page)).toEqual([]);
  expect(watched.exceptions).toEqual([]);
}

beforeAll(async () => {
  browser = await launchWithExtension();
  const hostileCalendar = CALENDAR_FIXTURES.find((f) => f.file === 'google-popup-hostile.html')!;
  await serveFixtures(browser.context, {
    ...Object.fromEntries(GITHUB_FIXTURES.map((f) => [f.url, `github/${f.file}`])),
    [`${hostileCalendar.url}${hostileCalendar.url.includes('?') ? '&' : '?'}leadway-hardening=hostile`]: `calendar/${hostileCalendar.file}`,
  });
  // After serveFixtures: Playwright tries the newest route first, and the fixture routes answer 404 to other URLs.
  await serveHtml(browser.context, [...githubVariantPages, ...calendarVariantPages]);
  // More pages than a person opens in a day: lift the daily caps so every page shows what it would.
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', {
    dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000, 'one-on-one': 1000, 'tone-coach': 1000 },
    people: DEMO_PEOPLE,
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('broken pages: nothing thrown into the page', () => {
  test('the watch itself sees an exception thrown in an isolated world and one reaching the page (probe)', async () => {
    const watched = await watch(GITHUB_FIXTURES.find((f) => f.file === 'issue.html')!.url);
    if (watched.cdp) {
      const { frameTree } = await watched.cdp.send('Page.getFrameTree');
      const { executionContextId } = await watched.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'probe' });
      await watched.cdp.send('Runtime.evaluate', { contextId: executionContextId, expression: 'setTimeout(() => { throw new Error("probe") })' });
    } else {
      // Firefox: no way to add a world to the page from outside; an error thrown in a Leadway page shows the console
      // channel carries errors from Leadway's files.
      await browser.extensionScript('(setTimeout(() => { throw new Error("probe") }), 0)');
    }
    await watched.page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'data:text/javascript,throw new Error("probe from elsewhere")';
      document.head.append(script);
    });
    await expect.poll(() => watched.exceptions.join('\n')).toContain('probe');
    await expect.poll(() => pageErrors(watched.page).then((errors) => errors.join('\n'))).toContain('probe from elsewhere');
    await watched.page.close();
  });

  test.each(githubVariantPages.map((p) => [p.label, p.url] as const))('%s', async (_label, url) => {
    const watched = await watch(url);
    await watched.page.waitForTimeout(SETTLE_MS);
    await typeEverywhere(watched.page);
    await watched.page.waitForTimeout(500);
    await expectNothingThrown(watched);
    // The element pretending to be Leadway's stays the page's: no shadow root, its text untouched.
    const impostor = await watched.page.evaluate(() => {
      const fake = [...document.querySelectorAll('span[data-leadway="pr-hint"]')];
      return fake.map((el) => ({ shadow: el.shadowRoot !== null, text: el.textContent }));
    });
    for (const el of impostor) expect(el).toEqual({ shadow: false, text: 'a page element pretending to be ours' });
    await watched.page.close();
  });

  test.each(calendarVariantPages.map((p) => [p.label, p.url] as const))('%s', async (_label, url) => {
    const watched = await watch(url);
    await watched.page.waitForTimeout(SETTLE_MS);
    // Click around the way a person does: chips, tiles, buttons.
    const clickable = watched.page.locator('[data-eventchip], [data-calitemid] [role="button"]');
    for (let i = 0; i < Math.min(await clickable.count(), 3); i++) await clickable.nth(i).click({ timeout: 2_000 }).catch(() => {});
    await watched.page.waitForTimeout(500);
    await expectNothingThrown(watched);
    await watched.page.close();
  });

  test('a PR hint still appears when the sidebar and tabs are gone (floating card), with nothing thrown', async () => {
    const page = githubVariantPages.find((p) => p.label.endsWith('legacy.html: sidebar and tabs gone'))!;
    const watched = await watch(page.url);
    const hint = watched.page.locator('[data-leadway="pr-hint"]');
    await hint.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await hint.evaluate((host) => host.shadowRoot?.querySelector('[data-tip-id]') !== null)).toBe(true);
    await expectNothingThrown(watched);
    await watched.page.close();
  });
});

describe('hostile page text stays text', () => {
  const hostilePr = GITHUB_FIXTURES.find((f) => f.file === 'pr-hostile-react.html')!;
  const hostileCalendar = CALENDAR_FIXTURES.find((f) => f.file === 'google-popup-hostile.html')!;
  const hostileCalendarUrl = `${hostileCalendar.url}${hostileCalendar.url.includes('?') ? '&' : '?'}leadway-hardening=hostile`;

  test.each([
    ['pr-hostile-react.html', hostilePr.url, 'pr-hint'],
    ['google-popup-hostile.html', hostileCalendarUrl, 'one-on-one'],
  ] as const)('%s: no element, handler or dialog appears because of Leadway', async (_file, url, surface) => {
    const dialogsBefore = dialogs.length;
    const watched = await watch(url);
    const host = watched.page.locator(`[data-leadway="${surface}"]`).first();
    await host.waitFor({ state: 'attached', timeout: 10_000 });
    await typeEverywhere(watched.page);
    await watched.page.waitForTimeout(800);
    // Inside Leadway's UI: only its own elements, no script, embedded content or inline handler.
    const inside = await watched.page.evaluate(() => {
      const found: string[] = [];
      for (const hostElement of document.querySelectorAll('[data-leadway]')) {
        const root = hostElement.shadowRoot;
        if (!root) continue;
        for (const element of root.querySelectorAll('*')) {
          if (/^(script|img|svg|iframe|object|embed|math|form|link|base|meta)$/i.test(element.tagName)) found.push(element.tagName);
          for (const attribute of element.attributes) {
            if (/^on/i.test(attribute.name) || /javascript:/i.test(attribute.value)) found.push(`${element.tagName}[${attribute.name}]`);
          }
        }
      }
      return found;
    });
    expect(inside).toEqual([]);
    // In the page: the same number of scripts and inline handlers as the parser made; nothing ran.
    const active = await watched.page.evaluate(() => {
      const w = window as unknown as { __parsedActive: number; __activeElements: () => number };
      return { parsed: w.__parsedActive, now: w.__activeElements() };
    });
    expect(active.now).toBe(active.parsed);
    expect(dialogs.slice(dialogsBefore)).toEqual([]);
    await expectNothingThrown(watched);
    await watched.page.close();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The service worker: stopped mid-use, and written to from two pages at once.

interface HistoryEvent {
  type: string;
  tipId: string;
  contextKey: string;
  surface: string;
}

/** Stops the extension's service worker through the DevTools protocol and waits until Chromium says it stopped. */
async function stopServiceWorker(): Promise<void> {
  // Firefox runs the background as an event page: the harness stops it the way Firefox stops an idle one.
  if (BROWSER === 'firefox') return browser.stopBackground();
  // An extension page that sends no message of its own (the popup would wake the worker straight away).
  const page = await browser.context.newPage();
  await page.goto(extensionPage(browser, 'manifest.json'));
  const cdp = await browser.context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${browser.extensionId}/`)) statuses.push(version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.includes('stopped'), { timeout: 10_000 }).toBe(true);
  await cdp.detach();
  // Closed without another message, so nothing wakes the worker before the test means to.
  await page.close();
}

describe('the background service worker', () => {
  test('stopped while a hint is on screen, it loses no reaction: "Helpful" lands in history', async () => {
    const fixture = GITHUB_FIXTURES.find((f) => f.file === 'pr-merged-legacy.html')!;
    const page = await browser.context.newPage();
    await page.goto(fixture.url);
    const hint = page.locator('[data-leadway="pr-hint"]');
    await hint.waitFor({ state: 'visible', timeout: 10_000 });
    const tipId = await hint.evaluate((host) => host.shadowRoot!.querySelector('[data-tip-id]')!.getAttribute('data-tip-id')!);

    await stopServiceWorker();
    await hint.locator('[data-action="helpful"]').click();

    await expect
      .poll(
        async () => {
          const events = await callBackground<HistoryEvent[]>(browser, 'listHistory', { type: 'helpful', tipId });
          return events.filter((event) => event.contextKey === 'acme/widget#12' && event.surface === 'pr-hint').length;
        },
        { timeout: 20_000 },
      )
      .toBe(1);
    await page.close();
  });

  test('stopped between two writes from an extension page, the next write wakes it and lands', async () => {
    const key = `hardening-restart-${Date.now()}`;
    await callBackground(browser, 'recordEvent', { type: 'acted', tipId: 'vision-01', area: 'vision', surface: 'popup', contextKey: key });
    await stopServiceWorker();
    await callBackground(browser, 'recordEvent', { type: 'acted', tipId: 'vision-01', area: 'vision', surface: 'popup', contextKey: key });
    const events = await callBackground<HistoryEvent[]>(browser, 'listHistory', { type: 'acted', tipId: 'vision-01' });
    expect(events.filter((event) => event.contextKey === key)).toHaveLength(2);
  });

  test('two pages writing 50 events each at the same moment lose none', async () => {
    const run = `hardening-concurrent-${Date.now()}`;
    const pages = await Promise.all([0, 1].map(() => browser.context.newPage()));
    await Promise.all(pages.map((page) => page.goto(extensionPage(browser, 'popup.html'))));
    const answers = await Promise.all(
      pages.map((page, tab) =>
        page.evaluate(
          async ({ run, tab }) => {
            const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } } };
            const writes = Array.from({ length: 50 }, (_, i) =>
              chrome.runtime.sendMessage({
                id: tab * 1000 + i,
                type: 'recordEvent',
                data: { type: 'acted', tipId: 'ownership-01', area: 'ownership', surface: 'popup', contextKey: `${run}:${tab}:${i}` },
                timestamp: Date.now(),
              }),
            );
            const replies = (await Promise.all(writes)) as { res?: { id?: number }; err?: unknown }[];
            return replies.map((reply) => (reply?.err ? 'error' : reply?.res?.id));
          },
          { run, tab },
        ),
      ),
    );
    const ids = answers.flat();
    expect(ids).toHaveLength(100);
    expect(ids.every((id) => typeof id === 'number')).toBe(true);
    expect(new Set(ids).size).toBe(100);
    const stored = await callBackground<HistoryEvent[]>(browser, 'listHistory', { type: 'acted', tipId: 'ownership-01' });
    const keys = new Set(stored.map((event) => event.contextKey).filter((key) => key.startsWith(`${run}:`)));
    expect(keys.size).toBe(100);
    await Promise.all(pages.map((page) => page.close()));
  });
});

describe('a database saved by a newer Leadway', () => {
  test('is refused with a clear message, and the background keeps answering', async () => {
    // A browser of its own: this test leaves its database unusable on purpose.
    const own = await launchWithExtension();
    try {
      await callBackground(own, 'recordEvent', { type: 'acted', tipId: 'vision-01', area: 'vision', surface: 'popup', contextKey: 'before' });
      const page = await own.context.newPage();
      await page.goto(extensionPage(own, 'popup.html'));
      // What a newer Leadway would do: open the database at a higher version. The background's connection steps aside.
      const upgraded = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('leadway', 99);
            request.onupgradeneeded = () => request.result.createObjectStore('fromTheFuture');
            request.onsuccess = () => {
              const version = request.result.version;
              request.result.close();
              resolve(version);
            };
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error('blocked by the background'));
          }),
      );
      expect(upgraded).toBe(99);
      await page.close();

      const refused = await callBackground(own, 'getSettings').then(
        () => 'answered',
        (error: Error) => error.message,
      );
      expect(refused).toContain('saved by a newer version of Leadway');
      expect(refused).toContain('update the extension');
      const write = await callBackground(own, 'recordEvent', {
        type: 'acted',
        tipId: 'vision-01',
        area: 'vision',
        surface: 'popup',
        contextKey: 'after',
      }).then(
        () => 'written',
        (error: Error) => error.message,
      );
      expect(write).toContain('newer version of Leadway');
      // Still alive and answering: the popup and options can show the message instead of hanging.
      expect(await callBackground<{ version: string }>(own, 'ping')).toMatchObject({ version: expect.any(String) });
    } finally {
      await own.close();
    }
  });
});
