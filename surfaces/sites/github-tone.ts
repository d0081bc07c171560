import { prKeyFromPath } from '../../utils/github/detect';
import { readAuthor, readViewer } from '../../utils/github/readers';
import type { PageSite } from '../../runtime/page/loop';
import { softNavigation } from '../../runtime/page/watchers/soft-navigation';
import type { ToneContext } from '../tone-coach/controller';

/**
 * A GitHub page as the tone coach's own script reads it: only the PR's key, who is signed in and who wrote the PR
 * (the PR hint's script answers the popup for this tab).
 */
export const GITHUB_TONE_PAGE: PageSite<ToneContext> = {
  site: 'github',
  watcher: softNavigation,
  read(doc, url) {
    const key = prKeyFromPath(url);
    return key ? { key, viewer: readViewer(doc), author: readAuthor(doc) } : undefined;
  },
};
