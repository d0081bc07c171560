import type { PageControl, PageFeature } from './loop';
import type { Settings } from '../../utils/settings';
import type { OnDemandSurfaceId, PageSurfaceId } from '../../utils/surfaces';
import { reportQuietly } from './safely';

/**
 * Features whose code is a script of its own, injected into the frame the first time its page needs it (the 1:1
 * panel's Preact view is most of a calendar script, and most calendar pages never open a 1:1). The injected script
 * and the content script that asked for it run in the same isolated world of the same frame, so they meet in a
 * registry on that world's global object: the page cannot see it, and nothing crosses a message boundary.
 */
type Factory = () => PageFeature<never>;

const REGISTRY = Symbol.for('leadway.on-demand-features');

function registry(): Partial<Record<OnDemandSurfaceId, Factory>> {
  const scope = globalThis as { [REGISTRY]?: Partial<Record<OnDemandSurfaceId, Factory>> };
  return (scope[REGISTRY] ??= {});
}

/** Called by the injected script as it runs: this is how to make the feature. A second injection keeps the first. */
export function provideFeature<C>(key: OnDemandSurfaceId, factory: () => PageFeature<C>): void {
  registry()[key] ??= factory as Factory;
}

/** Forget every provided feature: for tests, which run many pages in one world. */
export function resetOnDemandFeatures(): void {
  const shared = registry();
  for (const key of Object.keys(shared) as OnDemandSurfaceId[]) delete shared[key];
}

export interface OnDemandOptions<C> {
  name: string;
  surface?: PageSurfaceId;
  key: OnDemandSurfaceId;
  /** Whether this context needs the feature: until one does, nothing is injected. */
  needs: (context: C) => boolean;
  /** Ask the background to inject the script; false when it could not. */
  load: () => Promise<boolean>;
}

/**
 * Stands in the page loop for a feature that is not loaded yet. The first context that needs it injects the script;
 * from then on every update and the teardown go to the real feature, which first sees the newest page and settings
 * (not the ones that asked for it). A failed injection is asked for again on the next look at the page.
 */
export function onDemandFeature<C>(options: OnDemandOptions<C>): PageFeature<C> {
  let feature: PageFeature<C> | undefined;
  let loading: Promise<void> | undefined;
  let latest: { context: C | undefined; settings: Settings; control?: PageControl } | undefined;

  async function load(): Promise<void> {
    try {
      if (!(await options.load())) throw new Error('the background could not inject it');
      // The browser answers once the injected script has run, and it provides the feature as it runs.
      const factory = registry()[options.key] as (() => PageFeature<C>) | undefined;
      if (!factory) throw new Error('the injected script provided nothing');
      feature = factory();
    } catch (error) {
      reportQuietly(`loading ${options.name}`, error);
      return;
    } finally {
      loading = undefined;
    }
    if (latest) await feature.update(latest.context, latest.settings, latest.control);
  }

  return {
    name: options.name,
    surface: options.surface,
    update(context, settings, control) {
      latest = { context, settings, control };
      if (feature) return feature.update(context, settings, control);
      if (loading) return loading;
      if (context === undefined || !options.needs(context)) return;
      loading = load();
      return loading;
    },
    teardown() {
      feature?.teardown();
    },
  };
}
