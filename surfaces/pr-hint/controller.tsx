import tipCardCss from '../../components/tip-card.css?inline';
import prHintCss from './styles.css?inline';
import { PrHint } from './view';
import { createShadowHost, type ShadowHost } from '../../components/shadow-host';
import { prTipContexts, type PrContext } from '../../utils/github/context';
import { prContextLabel } from '../../utils/github/label';
import { placeVisibly, type Placement } from '../../utils/github/placement';
import { isShown } from '../../runtime/page/visibility';
import { askBackground } from '../../runtime/messaging';
import { recordReaction } from '../../runtime/page/record';
import { githubTheme, systemPrefersDark } from '../../utils/theme';
import type { Tip } from '../../utils/tips/types';
import type { PageFeature } from '../../runtime/page/loop';
import { createPrReadCheck } from './read-check';

/** Tells the popup and options when this page cannot be read (read-check.ts). */
const readCheck = createPrReadCheck();

/**
 * Puts the card where a person looks (see utils/github/placement.ts), notes the place for tests, and tells the read
 * check whether the page offered one: a card left floating over a PR page means GitHub's page changed.
 */
function place(host: HTMLElement): Placement | undefined {
  const placement = placeVisibly(host, document, isShown);
  if (placement) host.dataset.placement = placement.slot;
  readCheck.placed(placement !== undefined && placement.slot !== 'floating');
  return placement;
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
    surface: 'pr-hint',
    async update(context) {
      // No context with the hint switched off: then there is nothing it failed to read either.
      readCheck.read(context);
      if (context?.viewer === undefined) return teardown();
      if (shown?.key === context.key || pendingKey === context.key) {
        // Same PR, maybe another tab or theme: keep the hint, make sure it is still in the page (Turbo swaps bodies).
        if (shown && !(shown.ui.host.isConnected && isShown(shown.ui.host))) place(shown.ui.host);
        shown?.ui.setTheme(githubTheme(document, systemPrefersDark(window)));
        return;
      }
      teardown();
      await show(context);
    },
    teardown,
  };
}
