import { defineContentScript } from 'wxt/utils/define-content-script';
import { leadwayLifetime } from '../../runtime/page/browser-lifetime';
import { runPage } from '../../runtime/page/loop';
import { GITHUB_TONE_PAGE } from '../../surfaces/sites/github-tone';
import { createToneCoach } from '../../surfaces/tone-coach/controller';

/**
 * The tone coach is its own content script: a failure in it must not take the PR hint down (nor the other way
 * round). The analyzer itself runs in the background (utils/tone/check.ts), so this script stays small. It needs
 * only the PR's key, who is signed in and who wrote the PR.
 *
 * It is not in the manifest: most GitHub pages never get a comment typed into them, so the GitHub script asks the
 * background to inject this one when a comment box on a pull request first gets focus (surfaces/tone-coach/loader.ts). Every
 * other page load is spared its parse and start-up.
 */
export default defineContentScript({
  matches: ['https://github.com/*'],
  registration: 'runtime',
  runAt: 'document_end',
  // The page must not learn Leadway's id from WXT's start-up message, nor end it with a look-alike event.
  noScriptStartedPostMessage: true,
  main() {
    // Injected again into the same frame (a retried request): the coach already running here is the one to keep.
    // The flag lives in Leadway's isolated world, which the page cannot see or set.
    const scope = globalThis as { leadwayToneCoachRunning?: boolean };
    if (scope.leadwayToneCoachRunning) return;
    scope.leadwayToneCoachRunning = true;
    runPage(leadwayLifetime(), GITHUB_TONE_PAGE, [createToneCoach()]);
  },
});
