import type { Lifetime } from '../lifetime';
import type { PageWatcher } from '../loop';
import { safeListener } from '../safely';

/**
 * GitHub navigates without page loads: Turbo (`turbo:render`) on server-rendered pages, React "soft navigation"
 * (`soft-nav:*`) on the new ones, plain history (`popstate`), and the lifetime's URL poll as the catch-all.
 */
const SETTLED_EVENTS = ['turbo:render', 'soft-nav:end', 'soft-nav:react-done', 'popstate'] as const;
const LEAVING_EVENTS = ['turbo:visit', 'turbo:before-fetch-request', 'soft-nav:start'] as const;

export interface NavigationCallbacks {
  /** The page may show something new: re-read it. Debounced, so a burst of events is one call. */
  onSettled: () => void;
  /** The page is about to change: remove anything tied to the old page. */
  onLeaving: () => void;
}

export function watchNavigation(ctx: Lifetime, callbacks: NavigationCallbacks, debounceMs = 60): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const settled = safeListener('navigation', () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      callbacks.onSettled();
    }, debounceMs);
  });
  const leaving = safeListener('navigation', () => callbacks.onLeaving());
  for (const type of SETTLED_EVENTS) ctx.addEventListener(window, type, settled);
  for (const type of LEAVING_EVENTS) ctx.addEventListener(document, type, leaving);
  ctx.addEventListener(window, 'wxt:locationchange', settled);
  // A page restored from the back/forward cache is a new visit; an ordinary load's pageshow is not (we read it already).
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) settled(event);
  });
}

/** The watcher for sites that navigate like GitHub: its events say when to look, and Leadway's own UI fires none of them. */
export const softNavigation: PageWatcher = {
  watch(ctx, events) {
    watchNavigation(ctx, { onSettled: events.look, onLeaving: events.leaving });
  },
};
