import tipCardCss from '../../components/tip-card.css?inline';
import panelCss from './styles.css?inline';
import sinceLastCss from './since-last.css?inline';
import { reviewsFor, reviewsSignature, saveLogins } from './reviews';
import type { ReviewSummary } from '../../utils/reviews/summary';
import { OneOnOnePanel } from './view';
import { agendaText } from './agenda';
import { createShadowHost, type ShadowHost } from '../../components/shadow-host';
import { askBackground, type BackgroundProtocol } from '../../runtime/messaging';
import { TEST_HOOKS } from '../../utils/test-hooks';

/** The settings changes a calendar panel may ask for. */
export type SettingsChange = 'rememberPerson' | 'addNotOneOnOne';
import { recordReaction } from '../../runtime/page/record';
import { backgroundTheme, systemPrefersDark } from '../../utils/theme';
import type { SelectionResult } from '../../utils/tips/select';
import type { Relationship, Settings } from '../../utils/settings';
import type { OneOnOneView } from './meeting';
import { personToRemember } from './person';

export const TIPS_PER_PANEL = 3;

export interface PanelDeps {
  doc: Document;
  /** The settings the surface last saw (never stale by more than one broadcast). */
  settings: () => Settings;
  /**
   * Ask the background for one of the two settings changes the panel offers (sent as an addition, not a whole
   * list, so two tabs cannot overwrite each other); resolves once the surface has re-read the page.
   */
  change: <K extends SettingsChange>(type: K, data: Parameters<BackgroundProtocol[K]>[0]) => Promise<void>;
  /** Injected for tests. */
  copyText?: (text: string) => Promise<void>;
}

export interface OneOnOnePanelController {
  /** Show the panel for this 1:1: new content for a new event or relationship, nothing but a placement check otherwise. */
  show(view: OneOnOneView): Promise<void>;
  remove(): void;
  /** The host element on the page, when the panel is shown. */
  readonly host: HTMLElement | undefined;
}

const NO_TIPS_NOTES: Record<string, string> = {
  'daily-cap': 'You have seen today’s share of 1:1 tips. The agenda below still works.',
  'nothing-fits': 'No tip fits this 1:1 with your current settings.',
  'context-cap': 'No more tips for this 1:1 today.',
};

/** What decides whether the panel's content must change: the event (and its title, which the agenda quotes) and who the other person is. */
function signatureOf(view: OneOnOneView): string {
  return [view.event.key, view.relationship ?? 'unknown', view.counterpartName ?? '', view.event.title].join('\u0000');
}

/** The tips list never shrinks below this, however little room the popup leaves. */
const MIN_TIPS_HEIGHT_PX = 120;
const VIEWPORT_GAP_PX = 8;

/**
 * Calendar popups are fixed to the viewport and do not grow a scrollbar of their own when we add to them: if the
 * panel would run past the bottom of the window, shrink its scrolling tips list so "Prepare" stays reachable.
 */
function fitToViewport(host: HTMLElement, shadow: ShadowRoot): void {
  const view = host.ownerDocument.defaultView;
  const list = shadow.querySelector<HTMLElement>('.lw-oo-tips');
  if (!view || !list) return;
  host.style.removeProperty('--lw-oo-tips-max');
  const bottom = host.getBoundingClientRect().bottom;
  const overflow = bottom - (view.innerHeight - VIEWPORT_GAP_PX);
  const height = list.getBoundingClientRect().height;
  if (overflow <= 0 || height === 0) return;
  host.style.setProperty('--lw-oo-tips-max', `${Math.max(MIN_TIPS_HEIGHT_PX, Math.floor(height - overflow))}px`);
}

/** Inside the event surface itself, so the panel moves, scrolls and disappears with it. */
function place(host: HTMLElement, view: OneOnOneView): void {
  const target = view.root.element;
  if (host.parentElement !== target) target.append(host);
}

export function createPanelController(deps: PanelDeps): OneOnOnePanelController {
  const { doc } = deps;
  let ui: ShadowHost | undefined;
  let shown: { key: string; signature: string } | undefined;
  let pending: string | undefined;
  // Quiet hours answered "no tips, no panel" for this signature: do not ask again on every page mutation.
  let suppressed: string | undefined;
  // The user's choice holds for the whole tab: a collapsed panel stays collapsed on the next event.
  let collapsed = false;

  const theme = () => backgroundTheme(doc, systemPrefersDark(doc.defaultView ?? window));
  // Where Escape should go: the shadow host keeps keys from the page's shortcuts, but Escape means "close the popup".
  let escapeTarget: Element | undefined;

  function createUi(): ShadowHost {
    const created = createShadowHost('one-on-one', `${tipCardCss}\n${panelCss}\n${sinceLastCss}`, doc);
    created.host.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !escapeTarget) return;
      const win = doc.defaultView ?? window;
      escapeTarget.dispatchEvent(new win.KeyboardEvent('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, bubbles: true, cancelable: true }));
    });
    return created;
  }

  function remove(): void {
    ui?.remove();
    ui = undefined;
    shown = undefined;
    pending = undefined;
  }

  async function pickRelationship(view: OneOnOneView, relationship: Relationship): Promise<void> {
    const person = personToRemember(view, relationship, 'new');
    if (!person) throw new Error('Leadway: nobody to remember on this event');
    const { id: _id, ...fields } = person;
    await deps.change('rememberPerson', fields);
  }

  async function notOneOnOne(view: OneOnOneView): Promise<void> {
    if (!deps.settings().notOneOnOne.includes(view.event.seriesKey)) await deps.change('addNotOneOnOne', view.event.seriesKey);
    // The save re-reads the page and removes the panel; make sure it is gone even if the page could not be read.
    remove();
  }

  function render(view: OneOnOneView, result: SelectionResult | undefined, signature: string, reviews?: ReviewSummary): void {
    ui ??= createUi();
    escapeTarget = view.root.element;
    const host = ui.host;
    // Who the other person is to the user is private: on the page's DOM only in test builds.
    if (TEST_HOOKS) {
      host.setAttribute('data-event-key', view.event.key);
      host.setAttribute('data-relationship', view.relationship ?? 'unknown');
    }
    host.setAttribute('data-site', view.event.site);
    host.setAttribute('data-root-kind', view.root.kind);
    ui.setTheme(theme());
    const tips = result?.tips ?? [];
    const noTipsNote = result?.blocked ? NO_TIPS_NOTES[result.blocked] : result ? undefined : 'Tips are unavailable right now. The agenda below still works.';
    ui.update(
      <OneOnOnePanel
        key={view.event.key}
        counterpartName={view.counterpartName}
        relationship={view.relationship}
        tips={tips}
        noTipsNote={noTipsNote}
        agenda={agendaText({
          title: view.event.title,
          start: view.event.start,
          counterpartName: view.counterpartName,
          relationship: view.relationship,
          reviewPrompts: reviews?.prompts,
        })}
        reviews={reviews}
        onSaveLogin={saveLogins(view, deps.settings(), (person) => deps.change('rememberPerson', person))}
        initiallyCollapsed={collapsed}
        onCollapsedChange={(value) => {
          collapsed = value;
        }}
        onReact={(tip, type) =>
          void recordReaction({ type, tipId: tip.id, area: tip.area, surface: 'one-on-one', contextKey: view.tipKey })
        }
        onPickRelationship={view.counterpartName ? (relationship) => pickRelationship(view, relationship) : undefined}
        onNotOneOnOne={() => notOneOnOne(view)}
        copyText={deps.copyText}
      />,
    );
    place(host, view);
    fitToViewport(host, ui.shadow);
    // For the end-to-end figures: when the panel (re)appeared, on the page's performance clock.
    host.setAttribute('data-visible-at', String(Math.round(performance.now())));
    shown = { key: view.event.key, signature };
  }

  return {
    get host() {
      return ui?.host;
    },
    remove,
    async show(view) {
      const signature = `${signatureOf(view)}\u0000${reviewsSignature(view, deps.settings())}`;
      if (shown?.signature === signature && ui) {
        // Same event and person: keep everything, just follow the popup if the calendar rebuilt it.
        place(ui.host, view);
        ui.setTheme(theme());
        fitToViewport(ui.host, ui.shadow);
        return;
      }
      if (pending === signature || suppressed === signature) return;
      // Another event: the old panel must not linger under the new event's title while its tips load.
      if (shown && shown.key !== view.event.key) remove();
      pending = signature;
      let result: SelectionResult | undefined;
      const reviews = reviewsFor(view, deps.settings());
      try {
        result = await askBackground('getTips', {
          surface: 'one-on-one',
          contexts: view.contexts,
          contextKey: view.tipKey,
          count: TIPS_PER_PANEL,
        });
      } catch (error) {
        console.debug('[Leadway] could not get 1:1 tips:', error);
        result = undefined;
      }
      // Another event opened, or the panel was removed, while the background answered.
      if (pending !== signature) return;
      pending = undefined;
      if (result?.blocked === 'quiet-hours') {
        suppressed = signature;
        remove();
        return;
      }
      suppressed = undefined;
      render(view, result, signature, await reviews);
    },
  };
}
