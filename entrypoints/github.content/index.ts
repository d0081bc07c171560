import { defineContentScript } from 'wxt/utils/define-content-script';
import { leadwayLifetime } from '../../runtime/page/browser-lifetime';
import { runPage } from '../../runtime/page/loop';
import { GITHUB_PAGE } from '../../surfaces/sites/github';
import { createPrHint } from '../../surfaces/pr-hint/controller';
import { createToneCoachLoader } from '../../surfaces/tone-coach/loader';
import { createReviewMemory } from '../../runtime/page/reviews/recorder';

// GitHub navigates without page loads, so the script runs on all of github.com and decides per page what to show.
export default defineContentScript({
  matches: ['https://github.com/*'],
  runAt: 'document_end',
  // The page must not learn Leadway's id from WXT's start-up message, nor end it with a look-alike event.
  noScriptStartedPostMessage: true,
  main() {
    runPage(leadwayLifetime(), GITHUB_PAGE, [createPrHint(), createToneCoachLoader(), createReviewMemory()]);
  },
});
