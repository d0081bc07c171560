import type { CalendarReader } from '../../utils/calendar/types';
import { askBackground, type PageContext } from '../../runtime/messaging';
import { safely } from '../../runtime/page/safely';
import type { Settings } from '../../utils/settings';
import { createPanelController, type OneOnOnePanelController, type SettingsChange } from './panel';
import { oneOnOneView, readOneOnOneView, startsLaterToday, type OneOnOneView } from './meeting';
import { calendarSiteProblem } from './read-check';
import type { SelectorGroups } from '../../runtime/page/site-probe';
import { clearSiteProblem, reportSiteProblem } from '../../runtime/page/site-problem';
import type { SiteProblemReport } from '../../utils/site-health';

export interface SettingsSource {
  get(): Promise<Settings>;
  subscribe(listener: (settings: Settings) => void): () => void;
}

export interface CalendarSurfaceDeps {
  /** This site's reader (Google Calendar or Outlook). */
  reader: CalendarReader;
  doc: Document;
  url: () => URL;
  now: () => number;
  settings: SettingsSource;
  /** Injected for tests. */
  copyText?: (text: string) => Promise<void>;
  /** This site's selector groups, named in the diagnostic when an open event cannot be read. */
  selectorGroups?: SelectorGroups;
  /** Where reading problems go (undefined: the page reads fine); content-side reporting by default. */
  reportProblem?: (problem: SiteProblemReport | undefined) => void;
}

function reportToBackground(problem: SiteProblemReport | undefined): void {
  if (problem) reportSiteProblem(problem);
  else clearSiteProblem();
}

export interface CalendarSurface {
  /** Read the page and bring the panel in line with it. Calls made while one runs are folded into one more run. */
  evaluate(): Promise<void>;
  /** What the popup shows for this tab. */
  pageContext(): PageContext | null;
  /** True for nodes that belong to Leadway's own UI (the page observer ignores their mutations). */
  isOwnNode(node: Node): boolean;
  readonly panel: OneOnOnePanelController;
  dispose(): void;
}

/**
 * One calendar tab: on every evaluation, find the open event, decide whether it is a 1:1 and show, update or
 * remove the panel. The panel is keyed by event (Calendar reuses one popup for every event), so opening another
 * event replaces its content and re-checking the same event costs one read of the popup.
 */
export function createCalendarSurface(deps: CalendarSurfaceDeps): CalendarSurface {
  let settings: Settings | undefined;
  let view: OneOnOneView | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let disposed = false;
  // Meetings already reported for the reminder, so an open popup does not send a message per mutation.
  const noted = new Set<string>();

  const panel = createPanelController({
    doc: deps.doc,
    settings: () => {
      if (!settings) throw new Error('Leadway: settings not loaded yet');
      return settings;
    },
    change: async (type, data) => {
      settings = await (askBackground as (type: SettingsChange, data: unknown) => Promise<Settings>)(type, data);
      await evaluate();
    },
    copyText: deps.copyText,
  });

  const unsubscribe = deps.settings.subscribe((next) => {
    settings = next;
    void evaluate();
  });

  function noteForReminder(current: OneOnOneView): void {
    const { event } = current;
    if (!startsLaterToday(event, deps.now())) return;
    const signature = `${event.key}|${event.start}|${current.contexts.join(',')}`;
    if (noted.has(signature)) return;
    noted.add(signature);
    askBackground('noteOneOnOne', { key: event.key, title: event.title, start: event.start, contexts: current.contexts }).catch(() => {
      noted.delete(signature); // try again on the next look at the page
    });
  }

  async function tick(): Promise<void> {
    const url = deps.url();
    const site = deps.reader.matches(url) ? deps.reader.site : undefined;
    const reportProblem = deps.reportProblem ?? reportToBackground;
    if (!site) {
      view = undefined;
      reportProblem(undefined);
      panel.remove();
      return;
    }
    settings ??= await deps.settings.get();
    const current = settings;
    // As readOneOnOneView, with a look at what could not be read on the way.
    const roots = deps.reader.roots(deps.doc, url);
    const event = roots[0] ? deps.reader.read(deps.doc, url) : undefined;
    // Only where the user wants Leadway: with this site switched off, there is nothing it failed to do.
    const watching = current.sites[site].hints;
    reportProblem(watching ? calendarSiteProblem({ site, doc: deps.doc, roots, event, groups: deps.selectorGroups ?? {} }) : undefined);
    view = roots[0] && event ? oneOnOneView(event, roots[0], current) : undefined;
    if (!view || disposed) {
      panel.remove();
      return;
    }
    noteForReminder(view);
    if (!current.sites[site].hints) {
      panel.remove();
      return;
    }
    await panel.show(view);
  }

  function evaluate(): Promise<void> {
    if (disposed) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await safely('reading the calendar', tick);
      } while (again && !disposed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  }

  return {
    evaluate,
    panel,
    pageContext() {
      // Read afresh: the popup may ask between two observer ticks.
      const fresh = settings ? safely('page context', () => readOneOnOneView(deps.reader, deps.doc, deps.url(), settings!)) : view;
      const current = fresh ?? undefined;
      if (!current) return null;
      return { surface: 'one-on-one', contexts: current.contexts, contextKey: current.event.key, label: current.label };
    },
    isOwnNode(node) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      return !!element?.closest('[data-leadway]');
    },
    dispose() {
      disposed = true;
      unsubscribe();
      panel.remove();
    },
  };
}
