import tipCardCss from '../../components/tip-card.css?inline';
import prHintCss from '../../components/github/pr-hint.css?inline';
import { PrHint } from '../../components/github/PrHint';
import { createShadowHost, type ShadowHost } from '../../components/shadow-host';
import { prTipContexts, type PrContext } from '../../utils/github/context';
import { prContextLabel } from '../../utils/github/label';
import { selectorsFor } from '../../utils/github/selectors';
import { firstMatch } from '../../utils/github/dom';
import { askBackground } from '../../utils/messaging';
import { recordReaction } from '../../utils/content/record';
import { githubTheme, systemPrefersDark } from '../../utils/content/theme';
import type { Tip } from '../../utils/tips/types';
import type { PageFeature } from '../../utils/content/page-features';
import { createPrReadCheck } from '../../utils/content/github-health';

/** Tells the popup and options when this page cannot be read (utils/content/github-health.ts). */
const readCheck = createPrReadCheck();

/**
 * Where the hint goes, never on top of GitHub's controls: at the top of the sidebar on the conversation tab,
 * below the tab row on the other tabs, and as a small floating card only when the page has neither.
 */
function place(host: HTMLElement): void {
  const selectors = selectorsFor(document);
  const sidebar = firstMatch(document, selectors.sidebar);
  if (sidebar) {
    sidebar.prepend(host);
    return;
  }
  const tabs = firstMatch(document, selectors.tabNav);
  if (tabs?.parentElement) {
    host.style.margin = '12px 0';
    host.style.maxWidth = '720px';
    tabs.after(host);
    return;
  }
  Object.assign(host.style, { position: 'fixed', right: '16px', bottom: '16px', width: '340px', zIndex: '30' });
  document.body.append(host);
  readCheck.placed(false);
}

/** The longest the hint waits for the page to go idle: a busy page (live updates) still gets it promptly. */
const IDLE_TIMEOUT_MS = 150;

/**
 * Resolves when the page has a quiet moment (or after IDLE_TIMEOUT_MS), so building and inserting the hint does not
 * add style and layout work to the page's own busiest frames (a large PR keeps re-rendering right after load).
 */
function pageIdle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

export function createPrHint(): PageFeature<PrContext> {
  let shown: { key: string; ui: ShadowHost } | undefined;
  let pendingKey: string | undefined;

  const teardown = () => {
    shown?.ui.remove();
    shown = undefined;
    pendingKey = undefined;
  };

  async function show(context: PrContext): Promise<void> {
    const contexts = prTipContexts(context);
    pendingKey = context.key;
    const result = await askBackground('getTips', { surface: 'pr-hint', contexts, contextKey: context.key, count: 1 });
    const tip = result.tips[0];
    // The user may have navigated away while we waited.
    if (!tip || pendingKey !== context.key) return;
    await pageIdle();
    if (pendingKey !== context.key) return;

    const ui = createShadowHost('pr-hint', `${tipCardCss}\n${prHintCss}`);
    ui.setTheme(githubTheme(document, systemPrefersDark(window)));
    const record = (t: Tip, type: 'helpful' | 'not-now' | 'never') =>
      void recordReaction({ type, tipId: t.id, area: t.area, surface: 'pr-hint', contextKey: context.key });
    ui.update(
      <PrHint
        tip={tip}
        contextLabel={prContextLabel(context)}
        onReact={record}
        onAnother={async (current) => {
          const next = await askBackground('getTips', {
            surface: 'pr-hint',
            contexts,
            contextKey: context.key,
            count: 1,
            explicit: true,
            exclude: [current.id],
          });
          return next.tips[0];
        }}
        onSettings={() => void askBackground('openOptions', 'frequency')}
        onClosed={teardown}
      />,
    );
    place(ui.host);
    // For the end-to-end run's "load to visible" figure: the time origin is the page's navigation start.
    ui.host.dataset.visibleAt = String(Math.round(performance.now()));
    shown = { key: context.key, ui };
  }

  return {
    name: 'pr-hint',
    async update(context, value) {
      readCheck.read(value.sites.github.hints ? context : undefined);
      const wanted = context?.viewer !== undefined && value.sites.github.hints;
      if (!wanted || !context) return teardown();
      if (shown?.key === context.key || pendingKey === context.key) {
        // Same PR, maybe another tab or theme: keep the hint, make sure it is still in the page (Turbo swaps bodies).
        if (shown && !shown.ui.host.isConnected) place(shown.ui.host);
        shown?.ui.setTheme(githubTheme(document, systemPrefersDark(window)));
        return;
      }
      teardown();
      await show(context);
    },
    teardown,
  };
}
