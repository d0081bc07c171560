import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readPrContext, prTipContexts, type PrContext } from '../../utils/github/context';
import { prContextLabel } from '../../utils/github/label';
import { tabMessenger } from '../../utils/messaging';
import { watchNavigation } from '../../utils/content/navigation';
import { createSettingsCache } from '../../utils/content/settings-cache';
import { safely } from '../../utils/content/safely';
import { createPrHint } from './pr-hint';
import { createToneCoach } from './tone-coach';

const MAX_REREADS = 8;
const REREAD_DELAY_MS = 250;

/**
 * One GitHub tab: read the page into a PrContext whenever it may have changed, and hand it to each feature.
 * Features are independent: one failing never stops another.
 */
export function startGithub(ctx: ContentScriptContext): void {
  const settings = createSettingsCache();
  const features = [createPrHint(), createToneCoach()];
  let current: PrContext | undefined;
  let rereads = 0;

  const evaluate = () =>
    safely('reading the page', async () => {
      current = readPrContext(document, new URL(location.href));
      // React pages render their header after the HTML arrives: look again shortly while the author is unknown.
      if (current && current.author === undefined && rereads < MAX_REREADS) {
        rereads++;
        setTimeout(() => void evaluate(), REREAD_DELAY_MS);
        return;
      }
      rereads = 0;
      const value = await settings.get();
      for (const feature of features) {
        safely(`${feature.name} update`, () => feature.update(current, value));
      }
    });

  const leave = () => {
    for (const feature of features) safely(`${feature.name} teardown`, () => feature.teardown());
  };

  watchNavigation(ctx, { onSettled: evaluate, onLeaving: leave });
  ctx.onInvalidated(leave);
  settings.subscribe((value) => {
    for (const feature of features) safely(`${feature.name} settings`, () => feature.update(current, value));
  });

  tabMessenger.onMessage('getPageContext', () => {
    const context = current ?? readPrContext(document, new URL(location.href));
    if (!context?.viewer) return null;
    return { surface: 'pr-hint', contexts: prTipContexts(context), contextKey: context.key, label: prContextLabel(context) };
  });

  // GitHub's React pages finish rendering after document_end: read again when the page reports it is done.
  void evaluate();
  if (document.readyState !== 'complete') {
    window.addEventListener('load', () => void evaluate(), { once: true });
  }
}
