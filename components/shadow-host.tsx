import { render, type ComponentChild } from 'preact';
import type { Theme } from '../utils/content/theme';

export type LeadwaySurfaceName = 'pr-hint' | 'tone-coach' | 'one-on-one';

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Render (or re-render) the Preact tree inside the shadow root. */
  update(ui: ComponentChild): void;
  setTheme(theme: Theme): void;
  remove(): void;
}

/** Keys typed inside our UI must not trigger the host page's keyboard shortcuts (GitHub has many). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * A host element with an open shadow root: the host page's CSS cannot reach in, ours cannot leak out, and tests
 * find it by `data-leadway="<surface>"`. CSS is passed as text (bundled), so nothing is fetched at mount time.
 */
export function createShadowHost(surface: LeadwaySurfaceName, css: string, doc: Document = document): ShadowHost {
  const host = doc.createElement(`leadway-${surface}`);
  host.setAttribute('data-leadway', surface);
  const shadow = host.attachShadow({ mode: 'open' });
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
    update(ui) {
      render(ui, container);
    },
    setTheme(theme) {
      host.setAttribute('data-theme', theme);
    },
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
