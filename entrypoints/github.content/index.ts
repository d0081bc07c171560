import { defineContentScript } from 'wxt/utils/define-content-script';
import { leadwayLifetime } from '../../runtime/page/browser-lifetime';
import { readPrContext, prTipContexts } from '../../utils/github/context';
import { prContextLabel } from '../../utils/github/label';
import { runPageFeatures } from '../../runtime/page/loop';
import { createPrHint } from '../../surfaces/pr-hint/controller';
import { createToneCoachLoader } from '../../surfaces/tone-coach/loader';

// GitHub navigates without page loads, so the script runs on all of github.com and decides per page what to show.
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_end',
  // The page must not learn Leadway's id from WXT's start-up message, nor end it with a look-alike event.
  noScriptStartedPostMessage: true,
  main() {
    const ctx = leadwayLifetime();
    runPageFeatures(ctx, {
      read: readPrContext,
      features: [createPrHint(), createToneCoachLoader()],
      // The React header (author, state) renders after the HTML arrives.
      isComplete: (context) => context.author !== undefined,
      describe: (context) =>
        context.viewer === undefined
          ? null
          : { surface: 'pr-hint', contexts: prTipContexts(context), contextKey: context.key, label: prContextLabel(context) },
    });
  },
});
