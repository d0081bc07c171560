/**
 * One surface failing must not stop another, and no failure may reach the host page. Every Leadway content script
 * runs its features through the one page loop (runtime/page/loop.ts, `runPage`; see page-loop-entrypoints.test.ts);
 * here scripted features throw, synchronously or asynchronously, from update and from teardown, and the page reader
 * itself throws, while the real GitHub reader reads a real fixture, under GitHub's navigation watcher and under the
 * calendars' page-change watcher.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Lifetime } from '../../../runtime/page/lifetime';
import { readPrContext, type PrContext } from '../../../utils/github/context';
import { runPage, type PageFeature, type PageWatcher } from '../../../runtime/page/loop';
import { softNavigation } from '../../../runtime/page/watchers/soft-navigation';
import { pageChanges } from '../../../runtime/page/watchers/page-changes';
import { defaultSettings, type Settings } from '../../../utils/settings';

type Behaviour = 'ok' | 'throw' | 'reject';

/** What each scripted feature does when called, and what it was called with. */
const script = vi.hoisted(() => ({
  behaviour: {} as Record<string, { update: Behaviour; teardown: Behaviour }>,
  updates: {} as Record<string, unknown[]>,
  teardowns: {} as Record<string, number>,
  settingsListeners: [] as ((settings: unknown) => void)[],
  readThrows: false,
}));

function scripted(name: string): PageFeature<PrContext> {
  const act = (what: Behaviour): void | Promise<void> => {
    if (what === 'throw') throw new Error(`${name} exploded`);
    if (what === 'reject') return Promise.reject(new Error(`${name} failed later`));
  };
  return {
    name,
    update(context) {
      (script.updates[name] ??= []).push(context);
      return act(script.behaviour[name]?.update ?? 'ok');
    },
    teardown() {
      script.teardowns[name] = (script.teardowns[name] ?? 0) + 1;
      act(script.behaviour[name]?.teardown ?? 'ok');
    },
  };
}

// Settings come from the background in the browser; here they are the defaults, and changes are pushed by the test.
vi.mock('../../../runtime/page/settings-cache', () => ({
  createSettingsCache: () => ({
    get: async () => defaultSettings(),
    set() {},
    subscribe(listener: (settings: unknown) => void) {
      script.settingsListeners.push(listener);
      return () => {};
    },
  }),
}));

function start(ctx: Lifetime, watcher: PageWatcher = softNavigation): void {
  runPage<PrContext>(
    ctx,
    {
      site: 'github',
      watcher,
      read(doc, url) {
        if (script.readThrows) throw new Error('reader exploded');
        return readPrContext(doc, url);
      },
      isComplete: (context) => context.author !== undefined,
    },
    [scripted('pr-hint'), scripted('tone-coach')],
  );
}

const FIXTURE = 'pr-first-timer-reviewer-legacy.html';
const FIXTURE_URL = 'https://github.com/acme/widget/pull/42';
// Without the fixture's stylesheet link: happy-dom would try to fetch it, and the readers never look at it.
const html = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/github', FIXTURE), 'utf8').replace(
  /<link\b[^>]*rel="stylesheet"[^>]*>/gi,
  '',
);

/**
 * What WXT's ContentScriptContext offers a content script: listeners that all end when the script is invalidated
 * (an extension update or reload), and callbacks for that moment.
 */
const live: (() => void)[] = [];
function fakeContext() {
  const controller = new AbortController();
  const invalidated: (() => void)[] = [];
  const ctx = {
    addEventListener(target: EventTarget, type: string, listener: EventListener) {
      target.addEventListener(type, listener, { signal: controller.signal });
    },
    onInvalidated(callback: () => void) {
      invalidated.push(callback);
      return () => {};
    },
  };
  const invalidate = () => {
    controller.abort();
    invalidated.splice(0).forEach((callback) => callback());
  };
  live.push(invalidate);
  return { ctx: ctx as Lifetime, invalidate };
}

/** Errors and rejections that reached the page's own handlers. */
const pageErrors: string[] = [];
const onError = (event: Event) => pageErrors.push(`error: ${(event as ErrorEvent).message}`);
const onRejection = (event: Event) => pageErrors.push(`unhandledrejection: ${String((event as PromiseRejectionEvent).reason)}`);
const nodeRejections: unknown[] = [];
const onNodeRejection = (reason: unknown) => nodeRejections.push(reason);

beforeEach(() => {
  script.behaviour = {};
  script.updates = {};
  script.teardowns = {};
  script.settingsListeners = [];
  script.readThrows = false;
  pageErrors.length = 0;
  nodeRejections.length = 0;
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(FIXTURE_URL);
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.title = parsed.title;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  process.on('unhandledRejection', onNodeRejection);
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});

afterEach(() => {
  for (const invalidate of live.splice(0)) invalidate();
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  process.off('unhandledRejection', onNodeRejection);
});

const updatesOf = (name: string) => script.updates[name] ?? [];
const debugLines = () => vi.mocked(console.debug).mock.calls.map((args) => String(args[0]));

async function settle(): Promise<void> {
  // Let the content script's awaits, the navigation debounce and any stray rejection run their course.
  await new Promise((resolve) => setTimeout(resolve, 120));
}

describe('page features fail on their own', () => {
  test.each<[string, Behaviour]>([
    ['pr-hint', 'throw'],
    ['pr-hint', 'reject'],
    ['tone-coach', 'throw'],
    ['tone-coach', 'reject'],
  ])('when %s update does "%s", the other feature still gets the page', async (broken, how) => {
    script.behaviour[broken] = { update: how, teardown: 'ok' };
    const other = broken === 'pr-hint' ? 'tone-coach' : 'pr-hint';
    start(fakeContext().ctx);
    await vi.waitFor(() => expect(updatesOf(other).length).toBeGreaterThan(0));
    const context = updatesOf(other)[0] as PrContext;
    expect(context.key).toBe('acme/widget#42');
    expect(context.viewer).toBe('lin-ops');
    expect(updatesOf(broken).length).toBeGreaterThan(0);
    await settle();
    expect(pageErrors).toEqual([]);
    expect(nodeRejections).toEqual([]);
    // The failure is left as a quiet trail for whoever looks, not thrown into the page.
    expect(debugLines().some((line) => line.includes(`${broken} update failed`))).toBe(true);
  });

  test('a settings change reaches both features even when one throws', async () => {
    script.behaviour['pr-hint'] = { update: 'throw', teardown: 'ok' };
    start(fakeContext().ctx);
    await vi.waitFor(() => expect(updatesOf('tone-coach').length).toBeGreaterThan(0));
    const before = updatesOf('tone-coach').length;
    const changed: Settings = { ...defaultSettings(), theme: 'dark' };
    for (const listener of script.settingsListeners) listener(changed);
    await vi.waitFor(() => expect(updatesOf('tone-coach').length).toBe(before + 1));
    await settle();
    expect(pageErrors).toEqual([]);
  });

  test('leaving the page tears down every feature even when the first teardown throws', async () => {
    script.behaviour['pr-hint'] = { update: 'ok', teardown: 'throw' };
    const { ctx, invalidate } = fakeContext();
    start(ctx);
    await vi.waitFor(() => expect(updatesOf('tone-coach').length).toBeGreaterThan(0));
    document.dispatchEvent(new Event('turbo:visit', { bubbles: true }));
    expect(script.teardowns).toEqual({ 'pr-hint': 1, 'tone-coach': 1 });
    invalidate();
    expect(script.teardowns).toEqual({ 'pr-hint': 2, 'tone-coach': 2 });
    await settle();
    expect(pageErrors).toEqual([]);
  });

  test('a reader that throws stops nothing: no feature update, no error in the page, and the next navigation works', async () => {
    script.readThrows = true;
    start(fakeContext().ctx);
    await settle();
    expect(updatesOf('pr-hint')).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(debugLines().some((line) => line.includes('reading the page failed'))).toBe(true);
    script.readThrows = false;
    window.dispatchEvent(new Event('popstate'));
    await vi.waitFor(() => expect(updatesOf('pr-hint').length).toBeGreaterThan(0));
    expect(updatesOf('tone-coach').length).toBeGreaterThan(0);
  });
});

describe("under the calendars' watcher", () => {
  test('a feature that throws on every look leaves the other one following the page', async () => {
    script.behaviour['pr-hint'] = { update: 'throw', teardown: 'throw' };
    const { ctx, invalidate } = fakeContext();
    start(ctx, pageChanges);
    await vi.waitFor(() => expect(updatesOf('tone-coach').length).toBeGreaterThan(0));
    const before = updatesOf('tone-coach').length;
    // A calendar popup opening is a change in the page's DOM, not a navigation.
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(updatesOf('tone-coach').length).toBeGreaterThan(before));
    invalidate();
    expect(script.teardowns).toEqual({ 'pr-hint': 1, 'tone-coach': 1 });
    await settle();
    expect(pageErrors).toEqual([]);
    expect(nodeRejections).toEqual([]);
  });
});
