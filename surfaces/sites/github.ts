import { prTipContexts, readPrContext, type PrContext } from '../../utils/github/context';
import { prContextLabel } from '../../utils/github/label';
import type { PageSite } from '../../runtime/page/loop';
import { softNavigation } from '../../runtime/page/watchers/soft-navigation';

/** A github.com page (or an Enterprise server's), read as a pull request where it is one. */
export const GITHUB_PAGE: PageSite<PrContext> = {
  site: 'github',
  watcher: softNavigation,
  read: (doc, url) => readPrContext(doc, url),
  // The React header (author, state) renders after the HTML arrives.
  isComplete: (context) => context.author !== undefined,
  describe: {
    describe: (context) =>
      context.viewer === undefined
        ? null
        : {
            surface: 'pr-hint',
            contexts: prTipContexts(context),
            contextKey: context.key,
            label: prContextLabel(context),
            // The popup's "You meet … on …" line looks the author up among the people with GitHub logins.
            ...(context.author ? { prAuthor: context.author, prHost: location.host } : {}),
          },
  },
};
