import { render, type ComponentChild } from 'preact';
import type { Theme } from '../utils/theme';
import { createHostElement, type LeadwaySurfaceName } from './host-element';

export type { LeadwaySurfaceName };

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** Render (or re-render) the Preact tree inside the shadow root. */
  update(ui: ComponentChild): void;
  setTheme(theme: Theme): void;
  remove(): void;
}

/** A Leadway host element (see host-element.ts) with a Preact tree inside. */
export function createShadowHost(surface: LeadwaySurfaceName, css: string, doc: Document = document): ShadowHost {
  const { host, shadow, container, setTheme } = createHostElement(surface, css, doc);
  return {
    host,
    shadow,
    update(ui) {
      render(ui, container);
    },
    setTheme,
    remove() {
      render(null, container);
      host.remove();
    },
  };
}
