import type { Theme } from '../../utils/theme';
import { createCoachView, type CoachProps } from './view';
import { createHostElement } from '../../components/host-element';

/** The coach under one comment field, as the content script handles it. */
export interface CoachHost {
  host: HTMLElement;
  /** Show (or refresh) the coach for the current draft. */
  update(props: CoachProps): void;
  setTheme(theme: Theme): void;
  remove(): void;
}

/** The coach's host element (see components/host-element.ts). The view goes in at the first update, so an empty bar
 * never shows while the first analysis is pending. */
export function createCoachHost(css: string, doc: Document = document): CoachHost {
  const { host, container, setTheme } = createHostElement('tone-coach', css, doc);
  const view = createCoachView(doc);
  return {
    host,
    update(props) {
      if (view.element.parentNode !== container) container.append(view.element);
      view.update(props);
    },
    setTheme,
    remove() {
      host.remove();
    },
  };
}
