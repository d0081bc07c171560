import type { Lifetime } from './lifetime';
import { tabMessenger, type PageContext } from '../messaging';
import type { Settings } from '../../utils/settings';
import { watchNavigation } from './watchers/soft-navigation';
import { createSettingsCache } from './settings-cache';
import { safely } from './safely';

/** One thing Leadway does on a page. Each can be switched off in settings and fails on its own. */
export interface PageFeature<C> {
  name: string;
  /** The page or the settings changed. `context` is undefined where the feature has nothing to do. */
  update(context: C | undefined, settings: Settings): void | Promise<void>;
  /** The user is leaving the page: remove everything this feature added. */
  teardown(): void;
}

export interface PageFeaturesOptions<C> {
  /** Read the page into plain data; undefined where none of the features apply. */
  read: (doc: Document, url: URL) => C | undefined;
  features: PageFeature<C>[];
  /** Pages that render after load (GitHub's React views) may need another look before the context is complete. */
  isComplete?: (context: C) => boolean;
  /** What to tell the popup about this tab; only one content script per site should answer. */
  describe?: (context: C) => PageContext | null;
}

const MAX_REREADS = 8;
const REREAD_DELAY_MS = 250;

/**
 * The loop every Leadway content script on a client-side-navigating site runs: read the page whenever it may have
 * changed, hand the context to each feature, and tear down on the way out. One feature failing never stops another.
 */
export function runPageFeatures<C>(ctx: Lifetime, options: PageFeaturesOptions<C>): void {
  const settings = createSettingsCache();
  const { features } = options;
  let current: C | undefined;
  let rereads = 0;

  const each = (what: string, run: (feature: PageFeature<C>) => unknown) => {
    for (const feature of features) safely(`${feature.name} ${what}`, () => run(feature));
  };

  const evaluate = () =>
    safely('reading the page', async () => {
      current = options.read(document, new URL(location.href));
      if (current !== undefined && options.isComplete && !options.isComplete(current) && rereads < MAX_REREADS) {
        rereads++;
        setTimeout(() => void evaluate(), REREAD_DELAY_MS);
        return;
      }
      rereads = 0;
      const value = await settings.get();
      each('update', (feature) => feature.update(current, value));
    });

  watchNavigation(ctx, { onSettled: () => void evaluate(), onLeaving: () => each('teardown', (f) => f.teardown()) });
  ctx.onInvalidated(() => each('teardown', (f) => f.teardown()));
  settings.subscribe((value) => each('settings', (feature) => feature.update(current, value)));

  const { describe } = options;
  if (describe) {
    tabMessenger.onMessage('getPageContext', () => {
      const context = current ?? safely('reading the page', () => options.read(document, new URL(location.href)));
      return context === undefined ? null : describe(context);
    });
  }

  void evaluate();
  // React pages may finish rendering after document_end: look again at load, but only if the first read came up
  // short (on a large page every read of the DOM costs main-thread time).
  if (document.readyState !== 'complete') {
    window.addEventListener(
      'load',
      () => {
        const complete = current !== undefined && (options.isComplete?.(current) ?? true);
        if (!complete) void evaluate();
      },
      { once: true },
    );
  }
}
