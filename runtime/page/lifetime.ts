/**
 * How long a Leadway content script lives: until the extension context is really gone (Leadway was updated,
 * reloaded or removed, and `browser.runtime.id` disappears), and not a moment sooner.
 *
 * Why not WXT's ContentScriptContext: it also ends when the page's document receives a "content script started"
 * event with the script's name. That event name is the public extension id plus the entrypoint name, and WXT
 * announces it to the page with window.postMessage, so any page script could learn it and switch Leadway off on
 * its site (the PR hint vanished, the tone coach never loaded). The entrypoints turn the postMessage off
 * (`noScriptStartedPostMessage`) and run on this lifetime instead, which no page event can end.
 */

/** What Leadway's page code needs from a lifetime (a subset of WXT's ContentScriptContext, so tests can fake it). */
export interface Lifetime {
  /** A listener removed when the lifetime ends. `wxt:locationchange` fires when the URL changes (polled). */
  addEventListener(target: EventTarget, type: string, handler: (event: Event) => void, options?: AddEventListenerOptions): void;
  /** Called once when the lifetime ends; returns a function that removes the callback. */
  onInvalidated(callback: () => void): () => void;
}

export interface LeadwayLifetime extends Lifetime {
  readonly isValid: boolean;
  /** Check now (the poll also checks once a second); true while the extension context lives. */
  check(): boolean;
}

export const LOCATION_POLL_MS = 1_000;

export interface LifetimeDeps {
  /** The extension's id, or undefined once the context is gone (`() => browser.runtime?.id`). */
  extensionId: () => string | undefined;
  win?: Window;
}

export function createLifetime(deps: LifetimeDeps): LeadwayLifetime {
  const win = deps.win ?? window;
  const controller = new AbortController();
  const onLocation = new Set<(event: Event) => void>();
  let href = win.location.href;

  const alive = (): boolean => {
    try {
      return Boolean(deps.extensionId());
    } catch {
      return false; // reading runtime.id throws in some browsers once the context is gone
    }
  };

  const end = () => {
    if (!controller.signal.aborted) controller.abort();
  };

  function check(): boolean {
    if (controller.signal.aborted) return false;
    if (!alive()) {
      end();
      return false;
    }
    return true;
  }

  const timer = win.setInterval(() => {
    if (!check()) return;
    if (win.location.href === href) return;
    href = win.location.href;
    const event = new Event('leadway:locationchange');
    for (const listener of [...onLocation]) listener(event);
  }, LOCATION_POLL_MS);
  controller.signal.addEventListener('abort', () => win.clearInterval(timer));

  return {
    get isValid() {
      return !controller.signal.aborted;
    },
    check,
    addEventListener(target, type, handler, options) {
      if (controller.signal.aborted) return;
      if (type === 'wxt:locationchange') {
        onLocation.add(handler);
        controller.signal.addEventListener('abort', () => onLocation.delete(handler));
        return;
      }
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
    onInvalidated(callback) {
      if (controller.signal.aborted) {
        callback();
        return () => {};
      }
      controller.signal.addEventListener('abort', callback, { once: true });
      return () => controller.signal.removeEventListener('abort', callback);
    },
  };
}
