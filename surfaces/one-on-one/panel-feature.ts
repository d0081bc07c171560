import { askBackground } from '../../runtime/messaging';
import type { PageControl, PageFeature } from '../../runtime/page/loop';
import type { Settings } from '../../utils/settings';
import type { CalendarPage } from './controller';
import { createPanelController, type OneOnOnePanelController, type SettingsChange } from './panel';

export interface OneOnOnePanelDeps {
  doc?: Document;
  /** Injected for tests. */
  copyText?: (text: string) => Promise<void>;
}

export interface OneOnOneFeature extends PageFeature<CalendarPage> {
  readonly panel: OneOnOnePanelController;
}

/**
 * The 1:1 panel: on every look, show, update or remove the panel for the open event. The panel is keyed by event
 * (Calendar reuses one popup for every event), so opening another event replaces its content and re-checking the
 * same event costs one read of the popup. The calendar script loads this on demand (createOneOnOnePanelLoader).
 */
export function createOneOnOnePanel(deps: OneOnOnePanelDeps = {}): OneOnOneFeature {
  let settings: Settings | undefined;
  let control: PageControl | undefined;

  const panel = createPanelController({
    doc: deps.doc ?? document,
    settings: () => {
      if (!settings) throw new Error('Leadway: settings not loaded yet');
      return settings;
    },
    change: async (type, data) => {
      const next = await (askBackground as (type: SettingsChange, data: unknown) => Promise<Settings>)(type, data);
      await control?.adopt(next);
    },
    copyText: deps.copyText,
  });

  return {
    name: 'one-on-one panel',
    surface: 'one-on-one',
    panel,
    async update(page, value, loop) {
      settings = value;
      control = loop;
      if (!page?.view) return panel.remove();
      await panel.show(page.view);
    },
    teardown: () => panel.remove(),
  };
}
