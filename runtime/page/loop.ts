import type { Lifetime } from './lifetime';
import { tabMessenger, type PageContext } from '../messaging';
import type { Settings, Site } from '../../utils/settings';
import { isSurfaceOn, type PageSurfaceId } from '../../utils/surfaces';
import { createSettingsCache, type SettingsCache } from './settings-cache';
import { safely } from './safely';

/** One thing Leadway does on a page. Each fails on its own; the loop switches it on and off from its surface. */
export interface PageFeature<C> {
  name: string;
  /**
   * The surface this feature belongs to (utils/surfaces.ts). While the user has it switched off on this site, the
   * feature gets no context. A feature without a surface (the 1:1 reminder's notes) always gets the page.
   */
  surface?: PageSurfaceId;
  /** The page or the settings changed. `context` is undefined where the feature has nothing to do. */
  update(context: C | undefined, settings: Settings, page?: PageControl): void | Promise<void>;
  /** The user is leaving the page: remove everything this feature added. */
  teardown(): void;
}

/** What a feature may ask of the loop. */
export interface PageControl {
  /** Settings the feature changed itself (the background answered with them): look at the page again with them. */
  adopt(settings: Settings): Promise<void>;
}

/** How a site tells the loop that its page may show something new (GitHub's soft navigation, a calendar's DOM). */
export interface PageWatcher {
  /** Start watching for the lifetime of the content script. `isOwnNode` tells Leadway's own UI apart from the page's. */
  watch(ctx: Lifetime, events: { look: () => void; leaving: () => void }, isOwnNode: (node: Node) => boolean): void;
}

/** One kind of page: how to watch it, how to read it, what to tell the popup. */
export interface PageSite<C> {
  site: Site;
  watcher: PageWatcher;
  /** Read the page into plain data; undefined where none of the features apply. */
  read: (doc: Document, url: URL, settings: Settings) => C | undefined;
  /** Pages that render after load (GitHub's React views) may need another look before the context is complete. */
  isComplete?: (context: C) => boolean;
  /** What to tell the popup about this tab; only one content script per site should answer. */
  describe?: {
    describe: (context: C) => PageContext | null;
    /** Read the page again when the popup asks (cheap pages that change between looks) instead of the last read. */
    fresh?: boolean;
  };
}

export interface PageLoop {
  /** Read the page and bring every feature in line with it; resolves when the features are done. */
  evaluate(): Promise<void>;
  /** What the popup is told about this tab (null: nothing to tell). */
  describe(): PageContext | null;
}

const MAX_REREADS = 8;
const REREAD_DELAY_MS = 250;

/** The one on/off check: a feature gets the page, or nothing while the user has its surface off on this site. */
export function updateFeature<C>(feature: PageFeature<C>, context: C | undefined, settings: Settings, site: Site, control?: PageControl) {
  const on = feature.surface === undefined || isSurfaceOn(feature.surface, settings, site);
  return feature.update(on ? context : undefined, settings, control);
}

/** Nodes inside Leadway's own UI: their mutations are ours, not the page's. */
export function isLeadwayNode(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!element?.closest('[data-leadway]');
}

/**
 * The one loop every Leadway content script runs: the site's watcher says when to look, the page is read into a
 * context, and each feature gets that context (or nothing, when its surface is switched off) with the settings.
 * One settings cache, one teardown when the page is left or the extension goes away, and every call into a
 * feature wrapped, so one feature failing never stops another nor reaches the host page.
 */
export function runPage<C>(
  ctx: Lifetime,
  site: PageSite<C>,
  features: PageFeature<C>[],
  settings: SettingsCache = createSettingsCache(),
): PageLoop {
  let current: C | undefined;
  let lastSettings: Settings | undefined;
  let rereads = 0;
  let ended = false;

  const control: PageControl = {
    adopt(next) {
      settings.set(next);
      return evaluate();
    },
  };

  const dispatch = (value: Settings): Promise<unknown> =>
    Promise.all(features.map((feature) => safely(`${feature.name} update`, () => updateFeature(feature, current, value, site.site, control))));

  const teardown = () => {
    for (const feature of features) safely(`${feature.name} teardown`, () => feature.teardown());
  };

  async function evaluate(): Promise<void> {
    if (ended) return;
    const value = await safely('reading the settings', () => settings.get());
    if (!value || ended) return;
    lastSettings = value;
    const read = safely('reading the page', () => ({ context: site.read(document, new URL(location.href), value) }));
    if (!read) return;
    current = read.context;
    if (current !== undefined && site.isComplete && !site.isComplete(current) && rereads < MAX_REREADS) {
      rereads++;
      setTimeout(() => void evaluate(), REREAD_DELAY_MS);
      return;
    }
    rereads = 0;
    await dispatch(value);
  }

  site.watcher.watch(ctx, { look: () => void evaluate(), leaving: teardown }, isLeadwayNode);
  ctx.onInvalidated(() => {
    ended = true;
    teardown();
  });
  settings.subscribe(() => void evaluate());

  function describe(): PageContext | null {
    if (!site.describe || !lastSettings) return null;
    const known = site.describe.fresh ? undefined : current;
    const context = known ?? safely('reading the page', () => site.read(document, new URL(location.href), lastSettings!));
    return context === undefined ? null : (safely('describing the page', () => site.describe!.describe(context)) ?? null);
  }
  if (site.describe) ctx.onInvalidated(tabMessenger.onMessage('getPageContext', describe));

  void evaluate();
  // Pages may finish rendering after the script started: look again at load, but only if the first read came up
  // short (on a large page every read of the DOM costs main-thread time).
  if (document.readyState !== 'complete') {
    window.addEventListener(
      'load',
      () => {
        const complete = current !== undefined && (site.isComplete?.(current) ?? true);
        if (!complete) void evaluate();
      },
      { once: true },
    );
  }
  return { evaluate, describe };
}
