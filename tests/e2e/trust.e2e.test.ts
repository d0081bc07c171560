/**
 * Trust boundaries in real Chromium (issue 13): what a compromised content script or a hostile page script can do
 * to Leadway, and that Leadway keeps working afterwards.
 *
 * "A compromised content script" is played through the DevTools protocol: Runtime.evaluate in the isolated world
 * Chromium made for Leadway's content script on that page, where `chrome.runtime.sendMessage` reaches the background
 * exactly as Leadway's own scripts do (a renderer that GitHub's page took over could do the same). Page scripts are
 * played with page.evaluate in the page's own world.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { CDPSession } from 'playwright-core';
import { GITHUB_FIXTURES } from '../fixtures/github/index';
import { CALENDAR_FIXTURES, DEMO_PEOPLE } from '../fixtures/calendar/index';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { callBackground, EXTENSION_DIR, launchWithExtension, serveFixtures, TEST_HOOKS_EXTENSION_DIR, type ExtensionBrowser } from '../harness';

const FIRST_TIMER = GITHUB_FIXTURES.find((f) => f.file === 'pr-first-timer-reviewer-react.html')!;
const GOOGLE_MANAGER = CALENDAR_FIXTURES.find((f) => f.file === 'google-popup-manager-1on1.html')!;

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
  await serveFixtures(browser.context, Object.fromEntries(GITHUB_FIXTURES.map((f) => [f.url, `github/${f.file}`])));
  const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
  await callBackground(browser, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000 } });
});

afterAll(async () => {
  await browser?.close();
});

/** Open a page and keep a DevTools session on it that knows the content scripts' isolated worlds. */
async function openWithWorlds(url: string): Promise<{ page: Page; inContentScript: <T>(expression: string) => Promise<T> }> {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  const worlds: { id: number; origin: string; name: string }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  const inContentScript = async <T,>(expression: string): Promise<T> => {
    const deadline = Date.now() + 10_000;
    let world = worlds.find((w) => w.origin.includes(browser.extensionId) || w.name === 'Leadway');
    while (!world && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      world = worlds.find((w) => w.origin.includes(browser.extensionId) || w.name === 'Leadway');
    }
    if (!world) throw new Error(`no Leadway content-script world on ${url}: ${JSON.stringify(worlds)}`);
    const result = (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as T;
  };
  return { page, inContentScript };
}

/** What `chrome.runtime.sendMessage` with Leadway's wire format gets back in that world: `{ res }` or `{ err }`. */
const send = (type: string, data: unknown) =>
  `chrome.runtime.sendMessage({ id: Math.random(), type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() })`;

describe('1. the background answers each message only from those allowed to send it', () => {
  test('a content script on GitHub cannot reset, export, import, change settings or write 1:1 history', async () => {
    await callBackground(browser, 'saveSettings', { favourites: ['keep-me'] });
    const { page, inContentScript } = await openWithWorlds(FIRST_TIMER.url);
    await page.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached', timeout: 10_000 });

    const attacks: [string, unknown][] = [
      ['resetData', undefined],
      ['exportData', undefined],
      ['importData', { text: '{}', dryRun: false }],
      ['saveSettings', { favourites: [], enterpriseHosts: ['https://evil.example'] }],
      ['clearHistory', {}],
      ['listHistory', {}],
      ['saveCustomTip', { id: 'custom-x', title: 'x', body: 'x', area: 'mentorship', contexts: ['anywhere'] }],
      ['recordEvent', { type: 'never', tipId: 'x', area: 'mentorship', surface: 'one-on-one', contextKey: 'event' }],
      ['recordEvent', { type: 'shown', tipId: 'x', area: 'mentorship', surface: 'pr-hint', contextKey: 'acme/widget#1' }],
      ['noteOneOnOne', { key: 'k', title: 'Secret', start: Date.now() + 60_000, contexts: ['one-on-one'] }],
      ['rememberPerson', { name: 'Eve', relationship: 'manager' }],
      ['dropEverything', undefined],
    ];
    for (const [type, data] of attacks) {
      const reply = await inContentScript<{ res?: unknown; err?: { message: string } } | undefined>(send(type, data));
      expect(reply?.res, type).toBeUndefined();
      if (type !== 'dropEverything') expect(reply?.err?.message, type).toMatch(/refused/);
    }
    // What it may do still works from there.
    const ping = await inContentScript<{ res?: { version: string } }>(send('ping', undefined));
    expect(ping.res?.version).toMatch(/\d/);

    const after = await callBackground<{ settings: { favourites: string[]; enterpriseHosts: string[]; people: unknown[] }; history: { contextKey: string }[] }>(
      browser,
      'exportData',
    );
    expect(after.settings.favourites).toEqual(['keep-me']);
    expect(after.settings.enterpriseHosts).toEqual([]);
    expect(after.settings.people).toEqual([]);
    // Only the hint's own "shown" event, which the background wrote; none of the forged ones.
    expect(after.history.filter((event) => event.contextKey === 'event' || event.contextKey === 'acme/widget#1')).toEqual([]);
    expect(after.history.length).toBeGreaterThan(0);
    await page.close();

    // Leadway keeps working: a fresh PR page gets its hint.
    const again = await browser.context.newPage();
    await again.goto(FIRST_TIMER.url);
    await again.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached', timeout: 10_000 });
    await again.close();
  });
});

describe('1b. review facts: a GitHub page files facts about a pull request only, and reads none back', () => {
  test('listing, deleting or asking about people is refused; a forged fact while the option is off is not kept', async () => {
    const { page, inContentScript } = await openWithWorlds(FIRST_TIMER.url);
    await page.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached', timeout: 10_000 });
    const visit = { pr: 'acme/widget#57', author: 'river-k', viewerRole: 'reviewer', reviewers: [], draft: false, longThread: false };
    const refused: [string, unknown][] = [
      ['listPrFacts', undefined],
      ['deletePrFacts', undefined],
      ['upcomingOneOnOne', { login: 'river-k', host: 'github.com' }],
      ['oneOnOneReviews', { personId: 'p', eventKey: 'e' }],
      ['recordPrVisit', { ...visit, pr: 'acme/widget:compare' }],
      ['recordPrComment', { visit: { ...visit, pr: 'not-a-pr' }, rewriteAccepted: false }],
    ];
    for (const [type, data] of refused) {
      const reply = await inContentScript<{ res?: unknown; err?: { message: string } } | undefined>(send(type, data));
      expect(reply?.res, type).toBeUndefined();
      expect(reply?.err?.message, type).toMatch(/refused/);
    }
    // Review memory is off (the default): a well-formed fact is answered with null and nothing is kept.
    const forged = await inContentScript<{ res?: unknown }>(send('recordPrVisit', visit));
    expect(forged.res).toBeNull();
    expect(await callBackground(browser, 'listPrFacts')).toEqual([]);
    await page.close();
  });
});

describe('3. an imported file cannot stop history from being written', () => {
  test('ids up to MAX_SAFE_INTEGER are renumbered; writes work after the import, a clear and a reset', async () => {
    const exported = await callBackground<Record<string, unknown>>(browser, 'exportData');
    const now = Date.now();
    const event = { tipId: 'mentorship-01', area: 'mentorship', surface: 'pr-hint', contextKey: 'acme/widget#1' };
    const file = {
      ...exported,
      history: [
        { ...event, type: 'shown', at: now - 60_000, id: Number.MAX_SAFE_INTEGER },
        { ...event, type: 'helpful', at: now - 30_000, id: Number.MAX_SAFE_INTEGER - 1 },
      ],
    };
    const outcome = await callBackground<{ ok: boolean }>(browser, 'importData', { text: JSON.stringify(file), dryRun: false });
    expect(outcome.ok).toBe(true);
    const history = () => callBackground<{ id: number; type: string; contextKey: string }[]>(browser, 'listHistory', {});
    expect((await history()).map((e) => e.id)).toEqual([2, 1]);

    // Leadway keeps writing: the PR hint's "shown" event lands after the import…
    const page = await browser.context.newPage();
    await page.goto(FIRST_TIMER.url);
    await page.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached', timeout: 10_000 });
    await expect.poll(async () => (await history()).some((e) => e.id === 3 && e.type === 'shown')).toBe(true);
    await page.close();
    // …and after clearing history and after a reset.
    for (const clear of [() => callBackground(browser, 'clearHistory', {}), () => callBackground(browser, 'resetData')]) {
      await clear();
      const stored = await callBackground<{ id: number }>(browser, 'recordEvent', { ...event, type: 'acted' });
      expect(stored.id).toBe(1);
    }
    const settings = await callBackground<{ dailyCaps: Record<string, number> }>(browser, 'getSettings');
    await callBackground(browser, 'saveSettings', { dailyCaps: { ...settings.dailyCaps, 'pr-hint': 1000 } });
  });
});

describe('6. the host page cannot turn Leadway off', () => {
  test('the page learns no extension id from start-up messages, and a forged “content script started” event changes nothing', async () => {
    const page = await browser.context.newPage();
    // A page script that listens for WXT's start-up postMessage (it carried the extension id) before Leadway starts.
    await page.addInitScript(() => {
      const leaked: unknown[] = [];
      (window as unknown as { leaked: unknown[] }).leaked = leaked;
      window.addEventListener('message', (event) => {
        if (JSON.stringify(event.data ?? null).includes('content-script-started')) leaked.push(event.data);
      });
    });
    await page.goto(FIRST_TIMER.url);
    const hintHost = page.locator('[data-leadway="pr-hint"]');
    await hintHost.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await page.evaluate(() => (window as unknown as { leaked: unknown[] }).leaked)).toEqual([]);

    // The page knows the id anyway (a store listing is public) and dispatches the event WXT's contexts listen for.
    await page.evaluate((id) => {
      for (const name of ['github', 'github-tone']) {
        const type = `${id}:${name}:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId: 'forged' } }));
        window.postMessage({ type, contentScriptName: name, messageId: 'forged' }, '*');
      }
    }, browser.extensionId);
    await page.waitForTimeout(1_500);
    expect(await hintHost.count()).toBe(1);

    // Leadway still follows the page and still brings the tone coach on the first focus of a comment box.
    await page.evaluate(() => document.dispatchEvent(new Event('turbo:render', { bubbles: true })));
    await page.waitForTimeout(500);
    expect(await hintHost.count()).toBe(1);
    const field = page.locator('textarea').first();
    await field.click();
    await field.pressSequentially('This is obviously wrong.', { delay: 2 });
    const coach = page.locator('[data-leadway="tone-coach"]');
    await coach.waitFor({ state: 'attached', timeout: 10_000 });
    // Forged again now that the coach runs: it stays and keeps reading.
    await page.evaluate((id) => {
      const type = `${id}:github-tone:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'github-tone', messageId: 'forged' } }));
    }, browser.extensionId);
    await field.fill('');
    await field.pressSequentially('Did you even test this? This is stupid.', { delay: 2 });
    await expect.poll(() => coach.getAttribute('data-findings').then(Number), { timeout: 10_000 }).toBeGreaterThan(0);
    await page.close();
  });
});

interface DomNode {
  nodeId: number;
  backendNodeId: number;
  nodeName: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
}

/**
 * Leadway's shadow root through the DevTools protocol (DOM.getDocument with pierce), which reaches closed roots;
 * page scripts have no such channel. `run` is called with `this` = the shadow root and returns by value.
 */
async function inShadowRoot<T>(cdp: CDPSession, surface: string, run: string): Promise<{ type: string | undefined; value: T }> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined => {
    const attributes = node.attributes ?? [];
    for (let i = 0; i < attributes.length; i += 2) if (attributes[i] === 'data-leadway' && attributes[i + 1] === surface) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const host = find(root);
  const shadow = host?.shadowRoots?.[0];
  if (!shadow) throw new Error(`no ${surface} shadow root`);
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as { object: { objectId: string } };
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: run, returnByValue: true })) as {
    result: { value: T };
  };
  return { type: shadow.shadowRootType, value: result.value };
}

describe('7. the host page cannot read or press Leadway', () => {
  test('shipped build: closed shadow roots, nothing private on the page; Leadway still works by real clicks', async () => {
    // The build users get, not the test-hooks one the rest of the e2e suite drives.
    const shipped = await launchWithExtension({ extensionDir: EXTENSION_DIR });
    try {
      await serveFixtures(shipped.context, { [FIRST_TIMER.url]: `github/${FIRST_TIMER.file}`, [GOOGLE_MANAGER.url]: `calendar/${GOOGLE_MANAGER.file}` });
      await callBackground(shipped, 'saveSettings', { people: DEMO_PEOPLE });
      const page = await shipped.context.newPage();
      await page.goto(FIRST_TIMER.url);
      const hintHost = page.locator('[data-leadway="pr-hint"]');
      await hintHost.waitFor({ state: 'attached', timeout: 10_000 });
      // What a page script sees: a host element with no way in.
      const seen = await page.evaluate(() => {
        const host = document.querySelector('[data-leadway="pr-hint"]')!;
        return { shadowRoot: host.shadowRoot === null, text: host.textContent, attributes: host.getAttributeNames().sort() };
      });
      // Where the card sits (a slot name and its layout style) is all the host says; nothing about the person.
      expect(seen).toEqual({ shadowRoot: true, text: '', attributes: ['data-leadway', 'data-placement', 'data-theme', 'data-visible-at', 'style'] });

      // Through the DevTools protocol the hint is there, with its buttons; a real click on "Helpful" is recorded.
      const cdp = await shipped.context.newCDPSession(page);
      await expect.poll(async () => (await inShadowRoot<string>(cdp, 'pr-hint', 'function () { return this.textContent; }')).value, { timeout: 10_000 }).toContain('Helpful');
      const { type, value: box } = await inShadowRoot<{ x: number; y: number; tipId: string }>(
        cdp,
        'pr-hint',
        `function () {
          const button = this.querySelector('[data-action="helpful"]');
          button.scrollIntoView({ block: 'center' });
          const r = button.getBoundingClientRect();
          return { x: r.x + r.width / 2, y: r.y + r.height / 2, tipId: this.querySelector('[data-tip-id]').getAttribute('data-tip-id') };
        }`,
      );
      expect(type).toBe('closed');
      await page.mouse.click(box.x, box.y);
      await expect
        .poll(async () => (await callBackground<{ type: string; tipId: string }[]>(shipped, 'listHistory', {})).some((e) => e.type === 'helpful' && e.tipId === box.tipId))
        .toBe(true);
      await page.close();

      // The 1:1 panel with "your manager": neither the relationship nor the event key is on the page's DOM.
      const calendar = await shipped.context.newPage();
      await calendar.goto(GOOGLE_MANAGER.url);
      const panelHost = calendar.locator('[data-leadway="one-on-one"]');
      await panelHost.waitFor({ state: 'attached', timeout: 10_000 });
      const panelSeen = await panelHost.evaluate((host) => ({ shadowRoot: host.shadowRoot === null, attributes: host.getAttributeNames().sort() }));
      expect(panelSeen.shadowRoot).toBe(true);
      expect(panelSeen.attributes).not.toContain('data-relationship');
      expect(panelSeen.attributes).not.toContain('data-event-key');
      const panelCdp = await shipped.context.newCDPSession(calendar);
      await expect
        .poll(async () => (await inShadowRoot<string>(panelCdp, 'one-on-one', 'function () { return this.textContent; }')).value, { timeout: 10_000 })
        .toMatch(/manager/i);
      await calendar.close();
    } finally {
      await shipped.close();
    }
  });

  test('a click a page script dispatches on a reachable button does nothing; the keyboard still works', async () => {
    // The test-hooks build opens the root, so the page can reach the button: the trusted-event check must hold.
    await callBackground(browser, 'clearHistory', {});
    const page = await browser.context.newPage();
    await page.goto(FIRST_TIMER.url);
    const hintHost = page.locator('[data-leadway="pr-hint"]');
    await hintHost.waitFor({ state: 'visible', timeout: 10_000 });
    const tipId = await hintHost.evaluate((host) => host.shadowRoot!.querySelector('[data-tip-id]')!.getAttribute('data-tip-id')!);
    await page.evaluate(() => {
      const root = document.querySelector('[data-leadway="pr-hint"]')!.shadowRoot!;
      (root.querySelector('[data-action="never"]') as HTMLElement).click();
      root.querySelector('[data-action="helpful"]')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await page.waitForTimeout(1_000);
    const reactions = async () => (await callBackground<{ type: string; tipId: string }[]>(browser, 'listHistory', {})).filter((e) => e.type !== 'shown');
    expect(await reactions()).toEqual([]);
    expect(await hintHost.count()).toBe(1);

    await hintHost.locator('[data-action="helpful"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await reactions()).map((e) => [e.type, e.tipId])).toEqual([['helpful', tipId]]);
    await page.close();
  });
});

describe('7. the shipped build has no test hooks', () => {
  const scripts = (dir: string) =>
    Object.fromEntries(readdirSync(join(dir, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(dir, 'content-scripts', f), 'utf8')]));

  test('no private test attributes and no leftover build flags in .output/chrome-mv3; the test build has them', () => {
    const shipped = scripts(EXTENSION_DIR);
    const testBuild = scripts(TEST_HOOKS_EXTENSION_DIR);
    expect(Object.keys(shipped).sort()).toEqual(Object.keys(testBuild).sort());
    for (const [file, code] of Object.entries(shipped)) {
      expect(code.includes('data-event-key'), file).toBe(false);
      expect(code.includes('__LEADWAY_'), file).toBe(false);
      // Every script that draws Leadway's UI (in a shadow root) checks that a click came from the user.
      if (code.includes('attachShadow')) expect(code.includes('isTrusted'), file).toBe(true);
    }
    // The checks above mean something: the test build does carry the attribute on the calendar panel, and the
    // scripts that draw UI are the ones with buttons.
    expect(testBuild['one-on-one-panel.js']!.includes('data-event-key')).toBe(true);
    expect(Object.keys(shipped).filter((file) => shipped[file]!.includes('attachShadow')).sort()).toEqual(['github-tone.js', 'github.js', 'one-on-one-panel.js']);
    const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest(TEST_HOOKS_EXTENSION_DIR)).toEqual(manifest(EXTENSION_DIR));
  });
});

describe('5. every export imports back', () => {
  // The round trip at the full cap (200,000 events) is the unit test tests/unit/storage/export-cap.test.ts (parse and
  // size); in Chromium it took over 400 s on this shared 2-core machine, so the browser run uses a tenth of the cap
  // and checks that the bytes per event, scaled to the cap, stay within the import limit.
  test('a tenth of a full history (20,000 events) exported compact from the real background imports back', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/options.html#data`);
    const result = await page.evaluate(async (cap) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ res?: unknown; err?: { message: string } }> } } };
      const ask = async (type: string, data?: unknown) => {
        const reply = await chrome.runtime.sendMessage({ id: Math.random(), type, data, timestamp: Date.now() });
        if (reply?.err) throw new Error(reply.err.message);
        return reply?.res;
      };
      const now = Date.now();
      const current = (await ask('exportData')) as Record<string, unknown>;
      const key = `AAMkAGI2TG93AAA${'x'.repeat(132)}AAA=|skip-level`;
      const history = Array.from({ length: cap }, (_, i) => ({
        type: i % 7 === 0 ? 'helpful' : 'shown',
        tipId: `mentorship-0${(i % 9) + 1}`,
        area: 'mentorship',
        surface: 'one-on-one',
        contextKey: key,
        at: now - (cap - i) * 60_000,
      }));
      const first = (await ask('importData', { text: JSON.stringify({ ...current, history }), dryRun: false })) as { ok: boolean };
      // The export as the options page saves it (compact JSON), then imported back.
      const exported = (await ask('exportData')) as { history: unknown[] };
      const text = JSON.stringify(exported);
      const second = (await ask('importData', { text, dryRun: false })) as { ok: boolean; preview?: { historyEvents: number } };
      const again = (await ask('exportData')) as { history: unknown[] };
      return { first: first.ok, exported: exported.history.length, bytes: new Blob([text]).size, second: second.ok, imported: second.preview?.historyEvents, after: again.history.length };
    }, 20_000);
    expect(result).toMatchObject({ first: true, exported: 20_000, second: true, imported: 20_000, after: 20_000 });
    expect((result.bytes / 20_000) * 200_000).toBeLessThanOrEqual(62 * 1024 * 1024);
    console.log(`compact export: ${(result.bytes / 1048576).toFixed(2)} MiB for 20,000 events (${Math.round(result.bytes / 20_000)} bytes each)`);
    // Leadway keeps working at the cap: a PR page still gets its hint.
    await callBackground(browser, 'saveSettings', { dailyCaps: { 'pr-hint': 1000 } });
    const pr = await browser.context.newPage();
    await pr.goto(FIRST_TIMER.url);
    await pr.locator('[data-leadway="pr-hint"]').waitFor({ state: 'attached', timeout: 20_000 });
    await pr.close();
    await page.close();
    await callBackground(browser, 'resetData');
  }, 240_000);
});
