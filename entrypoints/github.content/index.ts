import { defineContentScript } from 'wxt/utils/define-content-script';
import { leadwayLifetime } from '../../utils/content/browser-lifetime';
import { readPrContext, prTipContexts } from '../../utils/github/context';
import { prContextLabel } from '../../utils/github/label';
import { runPageFeatures } from '../../utils/content/page-features';
import { createPrHint } from './pr-hint';
import { createToneCoachLoader } from './tone-coach-loader';
import { createReviewMemory } from './review-memory';

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
      features: [createPrHint(), createToneCoachLoader(), createReviewMemory()],
      // The React header (author, state) renders after the HTML arrives.
      isComplete: (context) => context.author !== undefined,
      describe: (context) =>
        context.viewer === undefined
          ? null
          : {
              surface: 'pr-hint',
              contexts: prTipContexts(context),
              contextKey: context.key,
              label: prContextLabel(context),
              ...(context.author ? { prAuthor: context.author, prHost: location.host } : {}),
            },
    });
  },
});
