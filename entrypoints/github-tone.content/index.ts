import { defineContentScript } from 'wxt/utils/define-content-script';
import { prKeyFromPath } from '../../utils/github/detect';
import { readAuthor, readViewer } from '../../utils/github/readers';
import { runPageFeatures } from '../../utils/content/page-features';
import { createToneCoach, type ToneContext } from './tone-coach';

/**
 * The tone coach is its own content script: it carries the analyzer, and a failure in it must not take the PR hint
 * down (nor the other way round). It needs only the PR's key, who is signed in and who wrote the PR.
 *
 * It is not in the manifest: most GitHub pages never get a comment typed into them, so the GitHub script asks the
 * background to inject this one when a comment box on a pull request first gets focus (tone-coach-loader.ts). Every
 * other page load is spared the analyzer's parse and start-up.
 */
export default defineContentScript({
  matches: ['https://github.com/*'],
  registration: 'runtime',
  runAt: 'document_end',
  main(ctx) {
    runPageFeatures<ToneContext>(ctx, {
      read(doc, url) {
        const key = prKeyFromPath(url);
        return key ? { key, viewer: readViewer(doc), author: readAuthor(doc) } : undefined;
      },
      features: [createToneCoach()],
    });
  },
});
