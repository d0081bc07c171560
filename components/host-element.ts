import { TEST_HOOKS } from '../utils/test-hooks';
import { pageSurface, type PageSurfaceId } from '../utils/surfaces';
import type { Theme } from '../utils/theme';

export type LeadwaySurfaceName = PageSurfaceId;

export interface HostElement {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Where the surface renders its UI. */
  container: HTMLElement;
  setTheme(theme: Theme): void;
}

/** Keys typed inside our UI must not trigger the host page's keyboard shortcuts (GitHub has many). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * The element every Leadway surface lives in: its descriptor's host element (utils/surfaces.ts) with `data-leadway="<surface>"` (the test hook)
 * and a shadow root (closed in shipped builds), so the host page's CSS cannot reach in and ours cannot leak out. CSS is passed as text
 * (bundled), so nothing is fetched at mount time. No UI framework here: the tone coach renders without one.
 */
export function createHostElement(surface: LeadwaySurfaceName, css: string, doc: Document = document, open = TEST_HOOKS): HostElement {
  const host = doc.createElement(pageSurface(surface).hostElement);
  host.setAttribute('data-leadway', surface);
  // Closed in shipped builds: the host page's scripts get no `host.shadowRoot` to read Leadway's words or reach
  // its buttons. Only test builds open it (utils/test-hooks.ts); keep a reference, `host.shadowRoot` is null.
  const shadow = host.attachShadow({ mode: open ? 'open' : 'closed' });
  const style = doc.createElement('style');
  // `all: initial` stops inherited page styles (font, colour, line-height) from changing our layout.
  style.textContent = `:host{all:initial;display:block}\n${css}`;
  const container = doc.createElement('div');
  container.className = 'lw-root';
  shadow.append(style, container);
  for (const type of ISOLATED_EVENTS) host.addEventListener(type, (event) => event.stopPropagation());
  return {
    host,
    shadow,
    container,
    setTheme(theme) {
      host.setAttribute('data-theme', theme);
    },
  };
}
